#include "models/itemmodels/ChecklistFilter.h"

#include "models/itemmodels/ChecklistTreeModel.h"

#include <functional>

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
    return accepts(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool ChecklistFilterProxy::isMatch(const QModelIndex &index) const
{
    return index.isValid() && accepts(mapToSource(index.siblingAtColumn(0)));
}

QModelIndex ChecklistFilterProxy::nextMatch(const QModelIndex &from, bool forward) const
{
    // The rows in reading order (depth first), as the tree shows them expanded.
    QVector<QModelIndex> rows;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex child = index(r, 0, parent);
            rows.append(child);
            collect(child);
        }
    };
    collect({});
    const qsizetype n = rows.size();
    if (n == 0)
        return {};
    const qsizetype start = rows.indexOf(from.isValid() ? from.siblingAtColumn(0) : QModelIndex());
    for (qsizetype step = 1; step <= n; ++step) {
        qsizetype i = 0;
        if (start < 0)
            i = forward ? step - 1 : n - step;
        else
            i = ((forward ? start + step : start - step) % n + n) % n;
        if (isMatch(rows.at(i)))
            return rows.at(i);
    }
    return {};
}

bool ChecklistFilterProxy::accepts(const QModelIndex &index) const
{
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
