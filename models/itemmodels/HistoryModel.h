#pragma once

#include "models/record/AuditEvent.h"

#include <QAbstractTableModel>
#include <QVector>

class ChecklistNode;

// The audit trail of one item as a table: when, who (and role), what, old -> new.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        WhoColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // node gives field labels for "field:f0" slots; it may be null.
    void setEvents(const QVector<AuditEvent> &events, const ChecklistNode *node);
    const AuditEvent &eventAt(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ticked", "note: '' -> 'called vendor'", "Failed executions: 2 -> 3", "undo of #12: ..."
    static QString describe(const AuditEvent &event, const ChecklistNode *node);

private:
    QVector<AuditEvent> m_events;
    const ChecklistNode *m_node = nullptr;
};
