#include "ui/team/TeamStatusLabel.h"

#include "models/record/RecordLocation.h"
#include "models/session/LaunchRecord.h"

TeamStatusLabel::TeamStatusLabel(LaunchRecord *session, QWidget *parent) : QLabel(parent), m_session(session)
{
    setTextFormat(Qt::RichText);
    const auto location = RecordLocation::parse(session->store().address());
    m_record = location && location->isPostgres()
        ? QStringLiteral("%1:%2/%3").arg(location->host()).arg(location->port()).arg(location->database())
        : session->store().path();
    connect(session, &LaunchRecord::connectivityChanged, this, &TeamStatusLabel::setOnline);
    connect(session, &LaunchRecord::notYetSharedChanged, this, &TeamStatusLabel::render);
    setOnline(session->isOnline(), session->offlineReason());
}

void TeamStatusLabel::setOnline(bool online, const QString &reason)
{
    if (!online && (m_online || !m_offlineSince.isValid()))
        m_offlineSince = QDateTime::currentDateTime();
    m_online = online;
    m_reason = reason;
    render();
}

void TeamStatusLabel::render()
{
    const int waiting = int(m_session->notYetShared().size());
    if (m_online) {
        QString text = tr("Team record %1 — shared live").arg(m_record.toHtmlEscaped());
        if (waiting > 0)
            text += tr(" — sharing %n change(s)…", nullptr, waiting);
        setText(text);
        setToolTip(tr("Every change is written to the team's PostgreSQL server at once and shows on every "
                      "desk within a second."));
        return;
    }
    const QString since = m_offlineSince.toString(QStringLiteral("HH:mm"));
    const QString changes =
        waiting > 0 ? tr("%n change(s) not yet shared", nullptr, waiting) : tr("nothing waiting to be shared");
    setText(tr("<b style='color:#8a4b00'>OFFLINE since %1 — %2</b>").arg(since, changes));
    setToolTip(tr("The team record %1 cannot be reached: %2\n\nChanges made now are kept on this desk and shared "
                  "when the server answers.")
                   .arg(m_record, m_reason));
}
