#pragma once

#include "models/record/RecordBackend.h"

// The launch record in an SQLite file: WAL with synchronous=FULL, BEGIN IMMEDIATE as the write
// lock, the schema migrated step by step from older files, and SQLite's result codes as the
// project's errors (busy, read-only, damaged, disk full).
class SqliteRecordBackend final : public RecordBackend
{
public:
    // ReadWrite creates a missing file and upgrades an older one; ReadOnly never creates,
    // migrates or changes anything.
    static Result<std::unique_ptr<RecordBackend>> open(const QString &path, Access access, Integrity integrity);

    QString address() const override { return m_path; }
    bool isShared() const override { return false; }
    Status beginWrite() override;
    void beginSnapshot() const override;
    Error failure(const QString &what, const QSqlError &sqlError) const override;
    QString pageDamage(bool everything) const override;
    QString utf8Of(const char *column) const override;
    QString blobType() const override { return QStringLiteral("BLOB"); }

private:
    SqliteRecordBackend(const QString &absolutePath, QString connection, Access access, Integrity integrity);
    Status identifyAndMigrate();
    Status migrate(int fromVersion);
    Status ensureParsedTable(const QStringList &tables);
    // PRAGMA quick_check's answer ("ok"), or "" with sqlError set.
    QString quickCheck(QString *sqlError) const;

    Integrity m_integrity;
    bool m_pagesChecked = false; // open() read every page (Integrity::CheckOnOpen)
};
