#pragma once

#include "models/checklist/ChecklistExport.h"
#include "models/record/EventStore.h"
#include "models/session/ChecklistChanges.h"

#include <QHash>
#include <QString>

// Who put a field's value there and where it came from (item.field_set's optional `source`;
// a value a person typed has source "operator").
struct FieldOrigin
{
    static QString operatorSource() { return QStringLiteral("operator"); }

    QString source; // "operator", or a collector's call ("bConnect jobs: GET http://…/JobInstances.json")
    Actor actor;
    QString timeUtc;
    qint64 seq = 0;
};

// The state of one checklist item, as the launch record says it is now.
struct ItemState
{
    bool done = false;
    QString note;
    QHash<QString, QString> fields;      // field key -> value
    QHash<QString, FieldOrigin> origins; // field key -> who set the value, from where
    qint64 lastSeq = 0;                  // the last event that touched the item
};

// The checklist projection: which template is in use and the state of every item, from the
// checklist's events (imported, ticked, unticked, note set, field set). Other kinds pass by.
class ChecklistState
{
public:
    // Applies one event; returns the item it changed ("" for other events).
    QString apply(const AuditEvent &event);

    const ItemState *item(const QString &id) const;
    bool isDone(const QString &id) const;
    QString note(const QString &id) const;
    QString field(const QString &id, const QString &key) const;
    // Who set the field's current value and its source; empty when it was never set.
    FieldOrigin fieldOrigin(const QString &id, const QString &key) const;
    // True when any event ever touched the item: its state would be lost if it disappeared.
    bool hasState(const QString &id) const;

    const QString &templateSha() const { return m_templateSha; }
    // The parsed form the template's import named (format and digest; format 0: none).
    struct ParsedForm
    {
        int format = 0;
        QString digest;
    };
    const ParsedForm &parsedForm() const { return m_parsedForm; }
    int itemCount() const { return int(m_items.size()); }

    // The payload of an import event naming its template and that template's parsed form.
    static QJsonObject importPayload(const QString &sha256, const QString &name, const ParsedForm &parsed);

private:
    QHash<QString, ItemState> m_items;
    QString m_templateSha;
    ParsedForm m_parsedForm;
};

// The state seen through the interface export and reports read it by.
ItemStateView viewOf(const ChecklistState &state);
