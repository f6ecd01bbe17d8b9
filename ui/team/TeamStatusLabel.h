#pragma once

#include <QDateTime>
#include <QLabel>

class LaunchRecord;

// The status bar's word on a team record: shared live, or OFFLINE since when with the changes
// that wait in the desk's outbox (the reason as tooltip). Only for a shared record.
class TeamStatusLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit TeamStatusLabel(LaunchRecord *session, QWidget *parent = nullptr);
    bool isOffline() const { return !m_online; }

private:
    void setOnline(bool online, const QString &reason);
    void render();

    LaunchRecord *m_session;
    QString m_record;
    bool m_online = true;
    QString m_reason;
    QDateTime m_offlineSince;
};
