#include "models/checklist/ChecklistExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

using Kind = ChecklistNode::Kind;

QStringList fieldValues(const ChecklistNode *node, const ItemStateView &state)
{
    QStringList values;
    for (const ChecklistField &f : node->fields()) {
        QString v = state.field(node->id(), f.key);
        values.append(v.isEmpty() ? f.templateValue : v);
    }
    return values;
}

const QRegularExpression &listItemLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\s*(?:[-*+]|\d{1,9}[.)])\s+)(\[[ xX]\]\s+)?)"));
    return re;
}

// A list item with no text ("- ", "- [ ]"): the reader makes no node of it.
const QRegularExpression &emptyListItemLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+\[[ xX]\])?\s*$)"));
    return re;
}

// "* * *", "- - -", "___": a rule, not a list item.
const QRegularExpression &thematicBreakLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)"));
    return re;
}

const QRegularExpression &headingLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}#{1,6}(?:\s|$))"));
    return re;
}

const QRegularExpression &fenceLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}(```|~~~))"));
    return re;
}

// Lines that end a paragraph without belonging to one.
bool endsParagraph(const QString &line)
{
    return line.trimmed().isEmpty() || fenceLine().match(line).hasMatch() || headingLine().match(line).hasMatch()
        || thematicBreakLine().match(line).hasMatch();
}

// Blanks and choices alike: fillFields() takes a line's fields in reading order.
int fieldCount(const QString &line)
{
    return int(detectFields(line).size());
}

} // namespace

QString exportMarkdown(const ChecklistDocument &document, const ItemStateView &state)
{
    // Qt's reader keeps no source positions, but list items and paragraphs with blanks appear
    // in the same order in the source lines as in the tree: pair them up in that order. A
    // paragraph can run over several lines; its blanks are filled line by line.
    QVector<const ChecklistNode *> items;
    QVector<const ChecklistNode *> entries;
    for (const ChecklistNode *n : document.nodesInOrder()) {
        if (n->isTickable())
            items.append(n);
        else if (n->kind() == Kind::Entry)
            entries.append(n);
    }
    QStringList lines = document.markdown().split(QLatin1Char('\n'));
    int itemIndex = 0;
    int entryIndex = 0;
    bool inFence = false;
    bool inList = false;                 // a list item came since the last heading, rule or top-level paragraph
    bool inParagraph = false;            // the previous line was text of a paragraph or list item
    const ChecklistNode *node = nullptr; // whose blanks the current paragraph holds
    QStringList values;
    int filled = 0;
    auto startParagraph = [&](const ChecklistNode *n) {
        node = n && !n->fields().isEmpty() ? n : nullptr;
        values = node ? fieldValues(node, state) : QStringList();
        filled = 0;
        inParagraph = true;
    };
    for (int i = 0; i < lines.size(); ++i) {
        QString &line = lines[i];
        if (fenceLine().match(line).hasMatch())
            inFence = !inFence;
        if (inFence || endsParagraph(line)) {
            inParagraph = false;
            if (!line.trimmed().isEmpty() && !fenceLine().match(line).hasMatch())
                inList = false; // a heading or a rule
            continue;
        }
        const auto m = listItemLine().match(line);
        if (m.hasMatch()) {
            inList = true;
            if (emptyListItemLine().match(line).hasMatch()) {
                startParagraph(nullptr);
                continue;
            }
            const ChecklistNode *item = itemIndex < items.size() ? items.at(itemIndex++) : nullptr;
            if (item && item->kind() == Kind::Task) {
                const QString marker = state.isDone(item->id()) ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
                line = m.captured(1) + marker + line.mid(m.capturedEnd());
            }
            startParagraph(item);
        } else if (!inParagraph) {
            // A paragraph indented below a list item is more text of that item; any other
            // paragraph with blanks somewhere in its lines is an entry.
            const bool itemText = inList && line.at(0).isSpace();
            inList = inList && itemText;
            bool hasBlanks = false;
            for (int j = i; !hasBlanks && j < lines.size() && !endsParagraph(lines.at(j))
                 && (j == i || !listItemLine().match(lines.at(j)).hasMatch());
                 ++j)
                hasBlanks = !detectFields(lines.at(j)).isEmpty();
            startParagraph(!itemText && hasBlanks && entryIndex < entries.size() ? entries.at(entryIndex++) : nullptr);
        }
        if (node) {
            const int blanks = fieldCount(line);
            line = fillFields(line, node->fields().mid(filled), values.mid(filled), FillStyle::Markdown);
            filled += blanks;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

QJsonObject nodeToJson(const ChecklistNode *node, const ItemStateView &state)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), node->id());
    o.insert(QStringLiteral("kind"), ChecklistNode::kindName(node->kind()));
    o.insert(QStringLiteral("title"), node->title());
    if (node->isTickable())
        o.insert(QStringLiteral("done"), state.isDone(node->id()));
    const QString note = state.note(node->id());
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (!node->fields().isEmpty()) {
        QJsonArray fields;
        const QStringList values = fieldValues(node, state);
        for (int i = 0; i < node->fields().size(); ++i) {
            const ChecklistField &f = node->fields().at(i);
            QJsonObject fo;
            fo.insert(QStringLiteral("key"), f.key);
            fo.insert(QStringLiteral("label"), f.label);
            fo.insert(QStringLiteral("type"), ChecklistField::typeName(f.type));
            if (!f.unit.isEmpty())
                fo.insert(QStringLiteral("unit"), f.unit);
            fo.insert(QStringLiteral("value"), values.at(i).isEmpty() ? QJsonValue() : QJsonValue(values.at(i)));
            fields.append(fo);
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    if (!node->paragraphs().isEmpty())
        o.insert(QStringLiteral("paragraphs"), QJsonArray::fromStringList(node->paragraphs()));
    if (!node->commands().isEmpty())
        o.insert(QStringLiteral("commands"), QJsonArray::fromStringList(node->commands()));
    QJsonArray children;
    for (int i = 0; i < node->childCount(); ++i)
        children.append(nodeToJson(node->child(i), state));
    o.insert(QStringLiteral("children"), children);
    return o;
}

} // namespace

QByteArray exportJson(const ChecklistDocument &document, const ItemStateView &state)
{
    QJsonObject root = nodeToJson(document.root(), state);
    root.insert(QStringLiteral("format"), QStringLiteral("golive-checklist/1"));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
