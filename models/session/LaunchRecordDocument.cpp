// The checklist document of the open record: read from the record's parsed form, an item alone
// while the whole tree is not needed.
#include "models/session/LaunchRecord.h"

#include "models/checklist/MarkdownChecklistReader.h"
#include "models/checklist/ParsedChecklist.h"

Status LaunchRecord::loadDocument(const QString &sha)
{
    if (sha == m_documentSha)
        return {};
    // The text is checked against its hash even when the tree beside it is used: an edited text
    // makes the record refuse to open, whatever is kept beside it.
    const auto text = m_store->loadTemplateText(sha);
    if (!text)
        return text.error();
    // The tree kept beside the text, when the import named it and it is still what it named;
    // otherwise the text is read again (and the reading not stored: a reader never writes).
    QByteArray parsed;
    if (const auto &named = m_state.parsedForm(); named.format == ParsedChecklist::kFormat) {
        const auto stored = m_store->loadParsedTemplate(sha, named.format);
        if (stored && !stored->isEmpty() && StoredTemplate::parsedDigestOf(*stored) == named.digest)
            parsed = stored.value();
    }
    std::unique_ptr<ChecklistDocument> document;
    if (parsed.isEmpty())
        document = MarkdownChecklistReader::read(QString::fromUtf8(text.value()));
    emit documentAboutToBeReplaced();
    m_document = std::move(document);
    m_parsed = parsed;
    m_markdownUtf8 = parsed.isEmpty() ? QByteArray() : text.value();
    m_itemsAlone.clear();
    m_documentSha = sha;
    return {};
}

const ChecklistDocument *LaunchRecord::document() const
{
    if (!m_document && !m_parsed.isEmpty()) {
        m_document = ParsedChecklist::decode(m_parsed, m_documentSha, m_markdownUtf8);
        // A form that verified and still cannot be read (its writer's fault): the text is read.
        if (!m_document)
            m_document = MarkdownChecklistReader::read(QString::fromUtf8(m_markdownUtf8));
        m_parsed.clear();
        m_markdownUtf8.clear();
    }
    return m_document.get();
}

const ChecklistNode *LaunchRecord::itemAlone(const QString &id) const
{
    // A few items are read alone; more than that, and the tree costs less than the reads.
    if (m_document || m_parsed.isEmpty() || m_itemsAlone.size() >= 8)
        return nullptr;
    if (const auto known = m_itemsAlone.constFind(id); known != m_itemsAlone.constEnd())
        return known->get();
    std::shared_ptr<const ChecklistNode> alone = ParsedChecklist::findNode(m_parsed, m_documentSha, m_markdownUtf8, id);
    return alone ? m_itemsAlone.insert(id, std::move(alone))->get() : nullptr;
}

const ChecklistNode *LaunchRecord::item(const QString &id) const
{
    if (const ChecklistNode *alone = itemAlone(id))
        return alone;
    return document() ? document()->find(id) : nullptr;
}

QVector<const ChecklistNode *> LaunchRecord::findItems(const QString &idOrText) const
{
    if (const ChecklistNode *alone = itemAlone(idOrText))
        return {alone};
    return document() ? document()->match(idOrText) : QVector<const ChecklistNode *>();
}
