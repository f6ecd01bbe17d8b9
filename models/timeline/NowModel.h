#pragma once

#include "models/timeline/LaunchTimeline.h"

#include <QAbstractTableModel>

// The "Now" list for views: what is due within the next hour and what is late, one row per
// item or recurring round, overdue first. Each state is a word in its own column and a colour.
class NowModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        ItemColumn,
        WhenColumn,
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        RoundRole,    // int, 0 for a plain item
        DueStateRole, // DueState as int
    };

    explicit NowModel(LaunchTimeline *timeline, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const NowEntry &entry(int row) const { return m_entries.at(row); }

private:
    void reload();

    LaunchTimeline *m_timeline;
    QVector<NowEntry> m_entries;
};
