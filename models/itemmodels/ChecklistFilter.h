#pragma once

#include <QSortFilterProxyModel>

// Which items the checklist view shows: all, open or done, and those matching a search.
// Parents of matching items stay visible so every match keeps its place in the tree.
class ChecklistFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show {
        All,
        Open,
        Done
    };

    explicit ChecklistFilterProxy(QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // Whether a row of this proxy is shown for itself, not only as the parent of a row that is
    // (the matches of a search, the open items under "Open items").
    bool isMatch(const QModelIndex &index) const;
    // The first match after from (before it, when backwards) in reading order, wrapping around;
    // with from invalid, the first (last) match. Invalid when nothing matches.
    QModelIndex nextMatch(const QModelIndex &from, bool forward = true) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool accepts(const QModelIndex &sourceIndex) const;

    Show m_show = Show::All;
    QString m_search;
};
