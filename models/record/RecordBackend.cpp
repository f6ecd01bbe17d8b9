#include "models/record/RecordBackend.h"

#include "models/record/PostgresRecordBackend.h"
#include "models/record/SqliteFile.h"
#include "models/record/SqliteRecordBackend.h"

#include <QSqlQuery>

Result<std::unique_ptr<RecordBackend>> RecordBackend::open(const QString &path, Access access, Integrity integrity)
{
    auto location = RecordLocation::parse(path);
    if (!location)
        return location.error();
    if (location->isPostgres())
        return PostgresRecordBackend::open(location.value(), access);
    return SqliteRecordBackend::open(path, access, integrity);
}

RecordBackend::RecordBackend(QString path, QString connection, Access access)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_access(access)
{}

RecordBackend::~RecordBackend()
{
    SqliteFile::closeConnection(m_connection);
}

QSqlDatabase RecordBackend::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void RecordBackend::rollback() const
{
    QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
}

Status RecordBackend::announceHead(qint64)
{
    return {};
}

Status RecordBackend::listen(std::function<void(qint64)>)
{
    return {};
}

Status RecordBackend::reconnect()
{
    return {};
}

Status RecordBackend::reconnectIfLost() const
{
    if (!m_lost)
        return {};
    return const_cast<RecordBackend *>(this)->reconnect();
}
