#include "models/record/EventRows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char *kLegacyColumns = "seq, ts, actor, role, action, item, slot, old_value, new_value, reverts, prev_hash, hash";

} // namespace

namespace EventRows {

QString columns(int schemaVersion)
{
    if (schemaVersion < 3)
        return QLatin1String(kLegacyColumns) + QStringLiteral(", 1, 'person', ''");
    return QLatin1String(kLegacyColumns) + QStringLiteral(", format, actor_kind, payload");
}

AuditEvent fromQuery(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.timeUtc = q.value(1).toString();
    e.actor.name = q.value(2).toString();
    e.actor.role = q.value(3).toString();
    e.prevHash = q.value(10).toString();
    e.hash = q.value(11).toString();
    e.format = q.value(12).toInt();
    e.actor.kind = actorKindFromName(q.value(13).toString()).value_or(Actor::Kind::Person);
    e.legacy.action = q.value(4).toString();
    if (e.format == 1) {
        e.legacy.item = q.value(5).toString();
        e.legacy.slot = q.value(6).toString();
        e.legacy.oldValue = q.value(7).toString();
        e.legacy.newValue = q.value(8).toString();
        e.legacy.reverts = q.value(9).toLongLong();
        legacyUpcast(e);
    } else {
        e.kind = eventKindFromName(e.legacy.action).value_or(EventKind::ItemTicked);
        e.payload = QJsonDocument::fromJson(q.value(14).toByteArray()).object();
        e.legacy.oldValue = q.value(7).toString(); // the slot's value before, for history
    }
    return e;
}

QString insertStatement()
{
    return QStringLiteral("INSERT INTO events (%1, format, actor_kind, payload) VALUES "
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .arg(QLatin1String(kLegacyColumns));
}

QVariantList valuesOf(const AuditEvent &e, const EventIndex &index)
{
    const bool legacy = e.format == 1;
    return {e.seq,
            e.timeUtc,
            text(e.actor.name),
            text(e.actor.role),
            legacy ? e.legacy.action : eventKindName(e.kind),
            legacy ? text(e.legacy.item) : text(index.subject),
            legacy ? text(e.legacy.slot) : index.slot,
            text(e.legacy.oldValue),
            legacy ? text(e.legacy.newValue) : text(index.value),
            legacy ? e.legacy.reverts : e.reverts(),
            text(e.prevHash),
            e.hash,
            e.format,
            legacy ? QStringLiteral("person") : actorKindName(e.actor.kind),
            legacy ? QString(QLatin1String("")) : QString::fromUtf8(canonicalPayload(e.payload))};
}

QString actionList(const QVector<EventKind> &kinds)
{
    QStringList names;
    for (EventKind k : kinds) {
        names.append(QLatin1Char('\'') + eventKindName(k) + QLatin1Char('\''));
        for (const char *legacy : legacyActionsOf(k))
            names.append(QStringLiteral("'%1'").arg(QLatin1String(legacy)));
    }
    return names.join(QLatin1Char(','));
}

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace EventRows
