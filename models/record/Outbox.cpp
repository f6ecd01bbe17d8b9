#include "models/record/Outbox.h"

#include "models/record/SqliteFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

QJsonObject draftToJson(const EventDraft &d)
{
    QJsonObject o{{QStringLiteral("kind"), eventKindName(d.kind)}, {QStringLiteral("payload"), d.payload}};
    if (d.condition != EventDraft::Condition::Always) {
        o.insert(QStringLiteral("condition"),
                 d.condition == EventDraft::Condition::IfChanged ? QStringLiteral("ifChanged")
                                                                 : QStringLiteral("ifCurrentIs"));
        o.insert(QStringLiteral("currentIs"), QJsonArray::fromStringList(d.currentIs));
    }
    return o;
}

std::optional<EventDraft> draftFromJson(const QJsonObject &o)
{
    const auto kind = eventKindFromName(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return std::nullopt;
    EventDraft d = EventDraft::of(*kind, o.value(QLatin1String("payload")).toObject());
    const QString condition = o.value(QLatin1String("condition")).toString();
    if (condition == QLatin1String("ifChanged"))
        d.condition = EventDraft::Condition::IfChanged;
    else if (condition == QLatin1String("ifCurrentIs"))
        d.condition = EventDraft::Condition::IfCurrentIs;
    const QJsonArray currentIs = o.value(QLatin1String("currentIs")).toArray();
    for (const QJsonValue v : currentIs)
        d.currentIs.append(v.toString());
    return d;
}

Error failure(const QString &path, const QString &what, const QSqlError &e)
{
    return Error::make(
        Error::Code::Io,
        QCoreApplication::translate("Outbox", "The outbox %1 failed while %2: %3").arg(path, what, e.text()));
}

} // namespace

Outbox::Outbox(QString path, QString connection) : m_path(std::move(path)), m_connection(std::move(connection)) {}

Outbox::~Outbox()
{
    SqliteFile::closeConnection(m_connection);
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    if (Error e = SqliteFile::checkLocation(path, QCoreApplication::translate("Outbox", "outbox"), true); e.isError())
        return e;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString connection = SqliteFile::newConnectionName(QStringLiteral("golive-outbox"));
    std::unique_ptr<Outbox> outbox(new Outbox(QFileInfo(path).absoluteFilePath(), connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(outbox->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failure(path, QCoreApplication::translate("Outbox", "opening it"), db.lastError());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                  " uid TEXT NOT NULL, made_at TEXT NOT NULL, actor_kind TEXT NOT NULL,"
                                  " actor TEXT NOT NULL, role TEXT NOT NULL, known_head BIGINT NOT NULL,"
                                  " drafts TEXT NOT NULL)")))
        return failure(path, QCoreApplication::translate("Outbox", "setting it up"), q.lastError());
    return outbox;
}

Result<OutboxEntry> Outbox::add(const Actor &actor, const QVector<EventDraft> &drafts, qint64 knownHead,
                                const QString &madeAt)
{
    OutboxEntry entry;
    entry.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.madeAt = madeAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : madeAt;
    entry.actor = actor;
    entry.drafts = drafts;
    entry.knownHead = knownHead;
    QJsonArray list;
    for (const EventDraft &d : drafts)
        list.append(draftToJson(d));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO outbox (uid, made_at, actor_kind, actor, role, known_head, drafts)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{entry.uid, entry.madeAt, actorKindName(actor.kind), actor.name,
                                          actor.role.isNull() ? QStringLiteral("") : actor.role, knownHead,
                                          QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    if (!q.exec())
        return failure(m_path, QCoreApplication::translate("Outbox", "keeping a change"), q.lastError());
    entry.id = q.lastInsertId().toLongLong();
    return entry;
}

Result<QVector<OutboxEntry>> Outbox::entries() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT id, uid, made_at, actor_kind, actor, role, known_head, drafts FROM outbox ORDER BY id")))
        return failure(m_path, QCoreApplication::translate("Outbox", "reading it"), q.lastError());
    QVector<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.uid = q.value(1).toString();
        e.madeAt = q.value(2).toString();
        e.actor = {actorKindFromName(q.value(3).toString()).value_or(Actor::Kind::Person), q.value(4).toString(),
                   q.value(5).toString()};
        e.knownHead = q.value(6).toLongLong();
        const QJsonArray drafts = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
        for (const QJsonValue v : drafts) {
            const auto draft = draftFromJson(v.toObject());
            if (!draft)
                return Error::make(Error::Code::Corrupt,
                                   QCoreApplication::translate("Outbox",
                                                               "The outbox %1 holds change #%2 of a kind this "
                                                               "version does not know; it was left as it is.")
                                       .arg(m_path)
                                       .arg(e.id));
            e.drafts.append(*draft);
        }
        out.append(e);
    }
    return out;
}

Result<int> Outbox::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !q.next())
        return failure(m_path, QCoreApplication::translate("Outbox", "reading it"), q.lastError());
    return q.value(0).toInt();
}

Status Outbox::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure(m_path, QCoreApplication::translate("Outbox", "removing a shared change"), q.lastError());
    return {};
}

OutboxPush Outbox::push(EventStore &record)
{
    OutboxPush result;
    auto list = entries();
    if (!list) {
        result.stoppedBy = list.error();
        return result;
    }
    // The desk's own earlier offline change of a slot is no collision for its later one.
    QHash<QPair<QString, QString>, qint64> ours;
    for (const OutboxEntry &entry : list.value()) {
        // Appended once: a change already in the record (a push that ended between its
        // commit and removing the entry, or another pusher) gives no events here.
        QVector<EventDraft> drafts = entry.drafts;
        for (EventDraft &d : drafts) {
            const EventIndex index = indexOf(d.kind, d.payload);
            d.madeAt = entry.madeAt;
            d.knownHead = qMax(entry.knownHead, ours.value({index.subject, index.slot}));
            d.offlineEntry = entry.uid;
        }
        auto appended = record.append(entry.actor, drafts);
        if (!appended) {
            result.stoppedBy = appended.error();
            return result;
        }
        for (const AuditEvent &e : appended.value()) {
            result.appended.append(e);
            ours.insert({e.index().subject, e.index().slot}, e.seq);
            if (e.payload.contains(QLatin1String("collidesWith")))
                result.collisions.append(e);
        }
        if (Status s = remove(entry.id); !s) {
            result.stoppedBy = s.error();
            return result;
        }
        ++result.shared;
    }
    return result;
}
