#include "models/checklist/MarkdownChecklistReader.h"

#include "models/checklist/MarkdownBlocks.h"

#include <QCryptographicHash>

namespace {

using Kind = ChecklistNode::Kind;

QString blockText(const MarkdownBlock &block)
{
    QString text = block.text;
    text.replace(QChar::LineSeparator, QLatin1Char(' '));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text.trimmed();
}

class Builder
{
public:
    Builder(const std::vector<MarkdownList> &lists, MarkdownReadStats *stats) : m_listsOfText(lists), m_stats(stats)
    {
        m_root = std::make_unique<ChecklistNode>(Kind::Document, QString());
    }

    void add(const MarkdownBlock &block)
    {
        if (block.code) {
            m_code.append(block.text);
            return;
        }
        flushCode();
        const QString text = blockText(block);
        if (text.isEmpty())
            return;
        if (block.headingLevel > 0)
            heading(block.headingLevel, text);
        else if (block.list >= 0)
            listItem(block, text);
        else
            paragraph(block, text);
    }

    std::unique_ptr<ChecklistNode> finish()
    {
        flushCode();
        return std::move(m_root);
    }

private:
    ChecklistNode *sectionLevel() const
    {
        if (m_section)
            return m_section;
        if (m_phase)
            return m_phase;
        return m_root.get();
    }
    ChecklistNode *container() const { return m_group ? m_group : sectionLevel(); }

    void resetLists()
    {
        m_lists.clear();
        m_lastTopTask = nullptr;
    }

    void heading(int level, const QString &text)
    {
        m_group = nullptr;
        resetLists();
        // The first # heading titles the document while only paragraphs and commands came before it.
        // After a section, task or entry it is a phase like ##: a new root would drop those nodes,
        // and m_section / m_lastItem would point into the freed old root (found by fuzz_markdown).
        if (level == 1 && m_root->title().isEmpty() && !m_phase && m_root->childCount() == 0) {
            auto root = std::make_unique<ChecklistNode>(Kind::Document, text);
            // Keep anything already read before the title (a rare preamble).
            m_root.swap(root);
            for (const QString &p : root->paragraphs())
                m_root->addParagraph(p);
            for (const QString &c : root->commands())
                m_root->addCommand(c);
            return;
        }
        if (level <= 2) {
            m_section = nullptr;
            m_phase = m_root->appendChild(std::make_unique<ChecklistNode>(Kind::Phase, text));
            m_phase->setBold(true);
        } else {
            ChecklistNode *parent = m_phase ? m_phase : m_root.get();
            m_section = parent->appendChild(std::make_unique<ChecklistNode>(Kind::Section, text));
        }
    }

    void paragraph(const MarkdownBlock &block, const QString &text)
    {
        // A paragraph indented under a list item continues that item.
        if (block.indent > 0 && m_lastItem) {
            m_lastItem->addParagraph(text);
            return;
        }
        const QVector<ChecklistField> fields = detectFields(text);
        if (block.whollyBold && fields.isEmpty()) {
            groupLabel(text);
            return;
        }
        if (!fields.isEmpty()) {
            auto entry = std::make_unique<ChecklistNode>(Kind::Entry, text);
            entry->setFields(fields);
            for (const QString &c : block.inlineCode)
                entry->addCommand(c);
            container()->appendChild(std::move(entry));
        } else {
            container()->addParagraph(text);
        }
        resetLists();
    }

    void groupLabel(const QString &text)
    {
        QString title = text;
        // A group label right after a task that has nothing below it yet (or only groups)
        // is that task's sub-heading in a file whose indentation was lost.
        ChecklistNode *owner = m_lastTopTask;
        if (!owner && m_group && m_group->parent()->kind() == Kind::Task)
            owner = m_group->parent();
        const bool ownedByTask = owner && (owner->childCount() == 0 || owner->lastChild()->kind() == Kind::Group);
        ChecklistNode *parent = ownedByTask ? owner : sectionLevel();
        auto group = std::make_unique<ChecklistNode>(Kind::Group, title);
        group->setBold(true);
        m_group = parent->appendChild(std::move(group));
        resetLists();
    }

    void listItem(const MarkdownBlock &block, const QString &text)
    {
        const MarkdownList &list = m_listsOfText[size_t(block.list)];
        const int depth = qMax(1, list.indent);
        const bool task = block.marker != MarkdownBlock::Marker::None;
        const bool numbered = list.numbered;
        const bool bold = block.whollyBold;
        if (m_stats) {
            ++m_stats->listItems;
            ++(numbered ? m_stats->numbered : m_stats->bulleted);
            if (task)
                ++m_stats->taskMarkers;
        }

        auto node = std::make_unique<ChecklistNode>(task ? Kind::Task : Kind::Step, text);
        node->setTemplateDone(block.marker == MarkdownBlock::Marker::Checked);
        node->setNumbered(numbered);
        node->setBold(bold);
        node->setFields(detectFields(text));
        for (const QString &c : block.inlineCode)
            node->addCommand(c);

        ChecklistNode *parent = nullptr;
        if (depth == 1) {
            // A bold task item closes a group that was recovered inside the previous task.
            if (task && bold && m_group && m_group->parent()->kind() == Kind::Task) {
                m_group = nullptr;
                m_lastTopTask = nullptr;
            }
            const bool belongsToTask = m_lastTopTask && (!task || (m_lastTopTask->isBold() && !bold));
            parent = belongsToTask ? m_lastTopTask : container();
        } else {
            for (int d = depth - 1; d >= 1 && !parent; --d)
                parent = m_lists.value(d, nullptr);
            if (!parent)
                parent = container();
        }
        ChecklistNode *added = parent->appendChild(std::move(node));
        if (depth == 1 && parent == container() && task)
            m_lastTopTask = added;
        m_lists.resize(depth + 1);
        m_lists[depth] = added;
        m_lastItem = added;
    }

    void flushCode()
    {
        if (m_code.isEmpty())
            return;
        // A fenced block often holds several commands, each under its own comment and
        // separated by blank lines: offer each one to copy on its own.
        QStringList current;
        auto flushOne = [&] {
            while (!current.isEmpty() && current.last().trimmed().isEmpty())
                current.removeLast();
            if (!current.isEmpty())
                container()->addCommand(current.join(QLatin1Char('\n')));
            current.clear();
        };
        for (const QString &line : std::as_const(m_code)) {
            if (line.trimmed().isEmpty())
                flushOne();
            else
                current.append(line);
        }
        flushOne();
        if (m_stats)
            ++m_stats->codeBlocks;
        m_code.clear();
    }

    const std::vector<MarkdownList> &m_listsOfText;
    MarkdownReadStats *m_stats;
    std::unique_ptr<ChecklistNode> m_root;
    ChecklistNode *m_phase = nullptr;
    ChecklistNode *m_section = nullptr;
    ChecklistNode *m_group = nullptr;
    ChecklistNode *m_lastTopTask = nullptr;
    ChecklistNode *m_lastItem = nullptr;
    QVector<ChecklistNode *> m_lists; // by list depth
    QStringList m_code;
};

void assignIds(ChecklistNode *node, const QByteArray &parentPath)
{
    QHash<QString, int> seen;
    for (int i = 0; i < node->childCount(); ++i) {
        ChecklistNode *child = node->child(i);
        const QString key = canonicalFieldText(child->title());
        const int occurrence = seen[key]++;
        const QByteArray path = parentPath + '\n' + key.toUtf8() + '#' + QByteArray::number(occurrence);
        child->setId(QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(10)));
        assignIds(child, path);
    }
}

// Signatures depend on where a line sits (under "Sign-Off By:"), which detectFields() cannot see.
void markSignatures(ChecklistNode *node, bool inSignOff)
{
    if (!node->fields().isEmpty()) {
        QVector<ChecklistField> fields = node->fields();
        markSignatureFields(&fields, inSignOff);
        node->setFields(fields);
    }
    for (int i = 0; i < node->childCount(); ++i)
        markSignatures(node->child(i), inSignOff || isSignOffTitle(node->title()));
}

} // namespace

void assignStableIds(ChecklistNode *root)
{
    root->setId(QStringLiteral("document"));
    assignIds(root, QByteArray());
}

std::unique_ptr<ChecklistDocument> MarkdownChecklistReader::read(const QString &markdown, MarkdownReadStats *stats)
{
    if (stats)
        *stats = MarkdownReadStats();
    const MarkdownLayout layout = layOutMarkdown(markdown);
    Builder builder(layout.lists, stats);
    for (const MarkdownBlock &block : layout.blocks)
        builder.add(block);
    std::unique_ptr<ChecklistNode> root = builder.finish();
    markSignatures(root.get(), false);
    assignStableIds(root.get());
    return std::make_unique<ChecklistDocument>(std::move(root), markdown);
}
