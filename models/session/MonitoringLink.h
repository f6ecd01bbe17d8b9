#pragma once

#include <QObject>

class ChecklistSession;
class RecordLocation;
class MonitoringService;

// Joins the monitor to the launch record, the same way in the window and in `golive monitor`:
// confirmed changes of state go into the record (the session decides which, once per record),
// and the record's T0 and maintenance windows go to the history's uptime figures.
class MonitoringLink final : public QObject
{
    Q_OBJECT

public:
    MonitoringLink(ChecklistSession *session, MonitoringService *monitoring, QObject *parent = nullptr);

    // The probe history lives beside the record: golive.sqlite -> golive.history.sqlite. It is
    // each desk's own measurement; the record holds what was confirmed. A shared record's
    // history is in the desk's data folder (localFileFor).
    static QString historyPathFor(const QString &storePath);
    // <app data>/team-records/<host>-<port>-<database><suffix>: what a desk keeps of a shared record.
    static QString localFileFor(const RecordLocation &location, const QString &suffix);

signals:
    // A confirmed change the record could not take (the message names the store).
    void recordFailed(const QString &message);

private:
    ChecklistSession *m_session;
    MonitoringService *m_monitoring;
};
