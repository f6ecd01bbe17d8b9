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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    QString m_search;
};
