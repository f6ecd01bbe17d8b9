#pragma once

#include "checklist/ChecklistExport.h"
#include "store/AuditEvent.h"

#include <QHash>
#include <QString>

// The state of one checklist item, as the audit trail says it is now.
struct ItemState
{
    bool done = false;
    QString note;
    QHash<QString, QString> fields; // field key -> value
    qint64 lastSeq = 0;             // the last event that touched the item
};

// The current state of every item, derived by replaying the audit trail in order.
class ChecklistState
{
public:
    // Applies one event; returns the item it changed ("" for document-wide events).
    QString apply(const AuditEvent &event);

    const ItemState *item(const QString &id) const;
    bool isDone(const QString &id) const;
    QString note(const QString &id) const;
    QString field(const QString &id, const QString &key) const;
    // True when any event ever touched the item: its state would be lost if it disappeared.
    bool hasState(const QString &id) const;

    const QString &templateSha() const { return m_templateSha; }
    qint64 headSeq() const { return m_headSeq; }
    int itemCount() const { return int(m_items.size()); }

private:
    QHash<QString, ItemState> m_items;
    QString m_templateSha;
    qint64 m_headSeq = 0;
};

// The state seen through the interface export and reports read it by.
ItemStateView viewOf(const ChecklistState &state);
