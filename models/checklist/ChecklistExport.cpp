#include "ChecklistExport.h"

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

const QRegularExpression &fenceLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}(```|~~~))"));
    return re;
}

} // namespace

QString exportMarkdown(const ChecklistDocument &document, const ItemStateView &state)
{
    // Qt's reader keeps no source positions, but list items and paragraphs with blanks appear
    // in the same order in the source lines as in the tree: pair them up in that order.
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
    for (QString &line : lines) {
        if (fenceLine().match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const auto m = listItemLine().match(line);
        const ChecklistNode *node = nullptr;
        if (m.hasMatch()) {
            node = itemIndex < items.size() ? items.at(itemIndex++) : nullptr;
            if (node && node->kind() == Kind::Task) {
                const QString marker = state.isDone(node->id()) ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
                line = m.captured(1) + marker + line.mid(m.capturedEnd());
            }
        } else if (!line.trimmed().startsWith(QLatin1Char('#')) && !detectFields(line).isEmpty()) {
            node = entryIndex < entries.size() ? entries.at(entryIndex++) : nullptr;
        }
        if (node && !node->fields().isEmpty())
            line = fillFields(line, node->fields(), fieldValues(node, state), FillStyle::Markdown);
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
