#pragma once

#include <QObject>

class LaunchRecord;
class MonitoringService;

// Joins the monitor to the launch record, the same way in the window and in `golive monitor`:
// confirmed changes of state go into the record (the session decides which, once per record),
// and the record's T0 and maintenance windows go to the history's uptime figures.
class MonitoringLink final : public QObject
{
    Q_OBJECT

public:
    MonitoringLink(LaunchRecord *session, MonitoringService *monitoring, QObject *parent = nullptr);

signals:
    // A confirmed change the record could not take (the message names the store).
    void recordFailed(const QString &message);

private:
    LaunchRecord *m_session;
    MonitoringService *m_monitoring;
};
