#pragma once

#include "models/record/RecordBackend.h"

#include <QSqlQuery>

// The launch record in a database on a team's PostgreSQL server that every desk appends to: an
// advisory lock taken in each write transaction before the head is read, so the chain never
// forks; a NOTIFY that the other desks hear on commit; reconnection after the server went away;
// the server's SQLSTATEs as the project's errors (PostgresRecord has the connection, the schema
// and that classification).
class PostgresRecordBackend final : public RecordBackend
{
public:
    // ReadWrite creates the tables in an empty database; ReadOnly never does.
    static Result<std::unique_ptr<RecordBackend>> open(const RecordLocation &location, Access access);

    QString address() const override { return m_location.text(); }
    bool isShared() const override { return true; }
    Status beginWrite() override;
    void beginSnapshot() const override;
    Error failure(const QString &what, const QSqlError &sqlError) const override;
    QString pageDamage(bool) const override { return {}; }
    QString utf8Of(const char *column) const override;
    QString blobType() const override { return QStringLiteral("BYTEA"); }
    Status announceHead(qint64 head) override;
    Status listen(std::function<void(qint64 head)> notified) override;
    Status reconnect() override;
    void markConnectionLost() override { m_lost = true; }

private:
    PostgresRecordBackend(RecordLocation location, QString connection, Access access);
    Status identify();
    Status create();

    RecordLocation m_location;
    std::function<void(qint64)> m_notified;
    // Prepared once per connection: each prepare is a round trip made while every desk waits
    // for the append lock.
    std::unique_ptr<QSqlQuery> m_notify;
};
