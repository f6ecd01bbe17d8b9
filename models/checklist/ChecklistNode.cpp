#include "models/checklist/ChecklistNode.h"

#include <QCryptographicHash>

#include <utility>

const ChecklistField *ChecklistNode::field(const QString &key) const
{
    for (const auto &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QVector<const ChecklistField *> ChecklistNode::matchFields(const QString &keyOrLabel) const
{
    if (const ChecklistField *byKey = field(keyOrLabel))
        return {byKey};
    const QString needle = keyOrLabel.simplified();
    QVector<const ChecklistField *> exact;
    QVector<const ChecklistField *> partial;
    for (const auto &f : m_fields) {
        if (needle.isEmpty())
            break;
        if (f.label.compare(needle, Qt::CaseInsensitive) == 0)
            exact.append(&f);
        else if (f.label.contains(needle, Qt::CaseInsensitive))
            partial.append(&f);
    }
    return exact.isEmpty() ? partial : exact;
}

namespace {

// The date that goes with the signature at fields[index]: the next Date field of the node,
// before any other signature, else a next sibling that holds nothing but a date.
void findDate(const ChecklistNode *node, qsizetype index, SignatureSlot *slot)
{
    const auto &fields = node->fields();
    for (qsizetype i = index + 1; i < fields.size() && fields.at(i).type != ChecklistField::Type::Signature; ++i) {
        if (fields.at(i).type == ChecklistField::Type::Date) {
            slot->dateNodeId = node->id();
            slot->dateFieldKey = fields.at(i).key;
            return;
        }
    }
    const ChecklistNode *parent = node->parent();
    const int next = node->row() + 1;
    if (!parent || next >= parent->childCount())
        return;
    const ChecklistNode *sibling = parent->child(next);
    if (sibling->fields().size() == 1 && sibling->fields().first().type == ChecklistField::Type::Date) {
        slot->dateNodeId = sibling->id();
        slot->dateFieldKey = sibling->fields().first().key;
    }
}

QString roleOf(const ChecklistNode *node, const ChecklistField &field)
{
    if (!isGenericSignatureLabel(field.label) && field.label.compare(QLatin1String("Name"), Qt::CaseInsensitive) != 0)
        return field.label;
    for (const ChecklistNode *n = node->parent(); n && n->kind() != ChecklistNode::Kind::Document; n = n->parent()) {
        QString title = n->title().trimmed();
        while (title.endsWith(QLatin1Char(':')))
            title.chop(1);
        if (!title.isEmpty())
            return title.trimmed();
    }
    return field.label;
}

} // namespace

QVector<SignatureSlot> ChecklistNode::signatureSlots() const
{
    QVector<SignatureSlot> out;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const ChecklistField &f = m_fields.at(i);
        if (f.type != ChecklistField::Type::Signature)
            continue;
        SignatureSlot slot{roleOf(this, f), m_id, f.key, QString(), QString()};
        findDate(this, i, &slot);
        out.append(slot);
    }
    return out;
}

int ChecklistNode::row() const
{
    if (!m_parent)
        return 0;
    for (size_t i = 0; i < m_parent->m_children.size(); ++i) {
        if (m_parent->m_children[i].get() == this)
            return int(i);
    }
    return 0;
}

ChecklistNode *ChecklistNode::appendChild(std::unique_ptr<ChecklistNode> child)
{
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

QString ChecklistNode::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Document: return QStringLiteral("document");
    case Kind::Phase: return QStringLiteral("phase");
    case Kind::Section: return QStringLiteral("section");
    case Kind::Group: return QStringLiteral("group");
    case Kind::Task: return QStringLiteral("task");
    case Kind::Step: return QStringLiteral("step");
    case Kind::Entry: return QStringLiteral("entry");
    }
    return {};
}

ChecklistDocument::ChecklistDocument(std::unique_ptr<ChecklistNode> root, QString markdown)
    : ChecklistDocument(std::move(root), std::function<QString()>())
{
    m_markdown = std::move(markdown);
}

ChecklistDocument::ChecklistDocument(std::unique_ptr<ChecklistNode> root, std::function<QString()> markdown)
    : m_root(std::move(root)), m_markdownSource(std::move(markdown))
{
    qsizetype nodes = 0;
    m_root->forEach([&nodes](const ChecklistNode *) { ++nodes; });
    m_byId.reserve(nodes);
    m_root->forEach([this](const ChecklistNode *n) {
        m_byId.insert(n->id(), n);
        if (n->kind() == ChecklistNode::Kind::Task)
            ++m_taskCount;
        if (n->isTickable())
            ++m_tickableCount;
    });
}

const QString &ChecklistDocument::markdown() const
{
    if (m_markdownSource)
        m_markdown = std::exchange(m_markdownSource, nullptr)();
    return m_markdown;
}

QVector<const ChecklistNode *> ChecklistDocument::nodesInOrder() const
{
    QVector<const ChecklistNode *> out;
    m_root->forEach([&out](const ChecklistNode *n) { out.append(n); });
    return out;
}

QVector<const ChecklistNode *> ChecklistDocument::match(const QString &idOrText) const
{
    if (const ChecklistNode *byId = find(idOrText); byId && byId != m_root.get())
        return {byId};
    const QString needle = idOrText.simplified();
    QVector<const ChecklistNode *> exact;
    QVector<const ChecklistNode *> partial;
    if (needle.isEmpty())
        return {};
    m_root->forEach([&](const ChecklistNode *n) {
        if (n == m_root.get())
            return;
        if (n->title().compare(needle, Qt::CaseInsensitive) == 0)
            exact.append(n);
        else if (n->title().contains(needle, Qt::CaseInsensitive))
            partial.append(n);
    });
    return exact.isEmpty() ? partial : exact;
}

QVector<SignatureSlot> ChecklistDocument::signatureSlots() const
{
    QVector<SignatureSlot> out;
    m_root->forEach([&out](const ChecklistNode *n) { out += n->signatureSlots(); });
    return out;
}

QStringList ChecklistDocument::signatureRoles() const
{
    QStringList out;
    for (const SignatureSlot &s : signatureSlots()) {
        if (!s.role.isEmpty() && !out.contains(s.role))
            out.append(s.role);
    }
    return out;
}
