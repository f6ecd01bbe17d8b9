#include "ChecklistNode.h"

#include <QCryptographicHash>

const ChecklistField *ChecklistNode::field(const QString &key) const
{
    for (const auto &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
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
    : m_root(std::move(root)), m_markdown(std::move(markdown))
{
    m_root->forEach([this](const ChecklistNode *n) {
        m_byId.insert(n->id(), n);
        if (n->kind() == ChecklistNode::Kind::Task)
            ++m_taskCount;
        if (n->isTickable())
            ++m_tickableCount;
    });
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
