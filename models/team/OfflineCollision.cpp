#include "models/team/OfflineCollision.h"

#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"

#include <QCoreApplication>
#include <QDateTime>

QString OfflineCollision::changeText(const AuditEvent &change, const LaunchRecord &session)
{
    switch (change.kind) {
    case EventKind::ItemTicked: return QCoreApplication::translate("OfflineCollision", "ticked");
    case EventKind::ItemUnticked: return QCoreApplication::translate("OfflineCollision", "unticked");
    case EventKind::NoteSet: {
        const QString note = change.payloadText("note");
        return note.isEmpty() ? QCoreApplication::translate("OfflineCollision", "note removed")
                              : QCoreApplication::translate("OfflineCollision", "note “%1”").arg(note);
    }
    case EventKind::FieldSet: {
        const QString key = change.payloadText("field");
        const ChecklistNode *node = session.document() ? session.document()->find(change.item()) : nullptr;
        const ChecklistField *field = node ? node->field(key) : nullptr;
        const QString label = field && !field->label.isEmpty() ? field->label : key;
        const QString value = change.payloadText("value");
        return value.isEmpty() ? QCoreApplication::translate("OfflineCollision", "%1 emptied").arg(label)
                               : QCoreApplication::translate("OfflineCollision", "%1: %2").arg(label, value);
    }
    default: return eventKindName(change.kind);
    }
}

QString OfflineCollision::timeText(const QString &timeUtc)
{
    const QDateTime at = QDateTime::fromString(timeUtc, Qt::ISODateWithMs).toLocalTime();
    if (!at.isValid())
        return timeUtc;
    if (at.date() == QDate::currentDate())
        return at.toString(QStringLiteral("HH:mm:ss"));
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString OfflineCollision::sharedAt() const
{
    return mine.payload.value(QLatin1String("offline")).toObject().value(QLatin1String("sharedAt")).toString();
}

Result<OfflineCollision> OfflineCollisions::find(const AuditEvent &offlineEvent) const
{
    const qint64 theirSeq = offlineEvent.payload.value(QLatin1String("collidesWith")).toInteger();
    if (theirSeq <= 0)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("OfflineCollisions", "Event #%1 met no other desk's change.")
                               .arg(offlineEvent.seq));
    OfflineCollision c;
    c.itemId = offlineEvent.item();
    c.mine = offlineEvent;
    const ChecklistNode *node = m_session->document() ? m_session->document()->find(c.itemId) : nullptr;
    if (!node)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("OfflineCollisions", "The item %1 of event #%2 is no longer in the checklist.")
                .arg(c.itemId)
                .arg(offlineEvent.seq));
    c.itemTitle = node->title();
    const auto history = m_session->history(c.itemId);
    if (!history)
        return history.error();
    for (const AuditEvent &e : history.value()) {
        if (e.seq == theirSeq) {
            c.theirs = e;
            c.theirsFound = true;
        }
    }
    if (!c.theirsFound)
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("OfflineCollisions",
                                                       "Event #%1, which event #%2 met, is not in the history of "
                                                       "item %3.")
                               .arg(theirSeq)
                               .arg(offlineEvent.seq)
                               .arg(c.itemId));
    return c;
}

QVector<OfflineCollision> OfflineCollisions::findAll(const QVector<AuditEvent> &offlineEvents) const
{
    QVector<OfflineCollision> found;
    for (const AuditEvent &e : offlineEvents) {
        if (auto c = find(e))
            found.append(c.value());
    }
    return found;
}

OfflineCollisions::OfflineCollisions(ChecklistDesk *desk) : m_desk(desk), m_session(&desk->record()) {}

Status OfflineCollisions::takeTheirs(const OfflineCollision &collision)
{
    const AuditEvent &theirs = collision.theirs;
    if (!collision.theirsFound)
        return Status::failure(
            Error::Code::NotFound,
            QCoreApplication::translate("OfflineCollisions", "The other desk's change to %1 is not known.")
                .arg(collision.itemId));
    switch (theirs.kind) {
    case EventKind::ItemTicked: return m_desk->setDone(collision.itemId, true);
    case EventKind::ItemUnticked: return m_desk->setDone(collision.itemId, false);
    case EventKind::NoteSet: return m_desk->setNote(collision.itemId, theirs.payloadText("note"));
    case EventKind::FieldSet:
        return m_desk->setField(collision.itemId, theirs.payloadText("field"), theirs.payloadText("value"));
    default:
        return Status::failure(
            Error::Code::Invalid,
            QCoreApplication::translate("OfflineCollisions", "Event #%1 is no change to a checklist item.")
                .arg(theirs.seq));
    }
}
