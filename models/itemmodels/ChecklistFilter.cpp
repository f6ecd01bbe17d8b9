#include "ChecklistFilter.h"

#include "ChecklistTreeModel.h"

ChecklistFilterProxy::ChecklistFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(false);
}

void ChecklistFilterProxy::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateFilter();
}

void ChecklistFilterProxy::setSearchText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    invalidateFilter();
}

bool ChecklistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_show == Show::All && m_search.isEmpty())
        return true;
    const bool tickable = index.flags() & Qt::ItemIsUserCheckable || index.data(Qt::CheckStateRole).isValid();
    if (m_show != Show::All) {
        if (!tickable)
            return false; // headings stay only as parents of matching items
        const bool done = index.data(ChecklistTreeModel::DoneRole).toBool();
        if ((m_show == Show::Open) == done)
            return false;
    }
    if (!m_search.isEmpty()) {
        const QString text = index.data(ChecklistTreeModel::SearchTextRole).toString();
        return text.contains(m_search, Qt::CaseInsensitive);
    }
    return true;
}
