// The parsed forms of the checklist templates, kept beside them (ParsedChecklist): a cache that
// saves every command the parsing of the Markdown. The import event names each form's format and
// BLAKE2b-256 digest, so the chain vouches for it; readers check it against that digest and read
// the Markdown instead when it is missing, of another format, or does not match.
#include "models/record/EventStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QLatin1String kTable("parsed_checklists");

QString createTable(bool postgres)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS parsed_checklists (template_sha256 TEXT NOT NULL,"
                          " format INTEGER NOT NULL, parsed %1 NOT NULL, PRIMARY KEY (template_sha256, format))")
        .arg(postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
}

} // namespace

QString StoredTemplate::parsedDigestOf(const QByteArray &parsed)
{
    return QString::fromLatin1(QCryptographicHash::hash(parsed, QCryptographicHash::Blake2b_256).toHex());
}

QString EventStore::utf8Of(const char *column) const
{
    return isShared() ? QStringLiteral("convert_to(%1, 'UTF8')").arg(QLatin1String(column))
                      : QStringLiteral("CAST(%1 AS BLOB)").arg(QLatin1String(column));
}

Status EventStore::ensureParsedTable(const QStringList &tables)
{
    m_hasParsedTable = tables.contains(kTable);
    if (m_hasParsedTable || m_access == Access::ReadOnly)
        return {};
    QSqlQuery q(db());
    if (isShared()) {
        // The table is new to records made before it: a desk whose role may not create tables
        // works on without parsed forms (commands read the Markdown, as before).
        m_hasParsedTable = q.exec(createTable(true));
        return {};
    }
    if (Status s = beginWrite(); !s)
        return s;
    if (!q.exec(createTable(false)) || !q.exec(QStringLiteral("COMMIT"))) {
        const Error e = failure(QCoreApplication::translate("EventStore", "setting it up"), q.lastError());
        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    m_hasParsedTable = true;
    return {};
}

Status EventStore::createParsedTable(QSqlQuery *inTransaction)
{
    m_hasParsedTable = inTransaction->exec(createTable(isShared()));
    return m_hasParsedTable ? Status()
                            : Status(failure(QCoreApplication::translate("EventStore", "creating the record's tables"),
                                             inTransaction->lastError()));
}

Status EventStore::storeParsed(const StoredTemplate &storedTemplate)
{
    if (storedTemplate.parsed.isEmpty() || !m_hasParsedTable)
        return {};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO parsed_checklists (template_sha256, format, parsed) VALUES (?, ?, ?) "
                             "ON CONFLICT (template_sha256, format) DO UPDATE SET parsed = excluded.parsed"));
    q.addBindValue(storedTemplate.sha256);
    q.addBindValue(storedTemplate.parsedFormat);
    q.addBindValue(storedTemplate.parsed);
    if (!q.exec())
        return failure(QCoreApplication::translate("EventStore", "saving the template"), q.lastError());
    return {};
}

Result<QByteArray> EventStore::loadParsedTemplate(const QString &templateSha, int format) const
{
    if (!m_hasParsedTable)
        return QByteArray();
    if (Status s = reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT parsed FROM parsed_checklists WHERE template_sha256 = ? AND format = ?"));
    q.addBindValue(templateSha);
    q.addBindValue(format);
    if (!q.exec())
        return failure(QCoreApplication::translate("EventStore", "reading the checklist template"), q.lastError());
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QString EventStore::parsedFormChanged(const QHash<QPair<QString, int>, QPair<QString, qint64>> &named,
                                      qint64 *seq) const
{
    if (!m_hasParsedTable)
        return {};
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT template_sha256, format, parsed FROM parsed_checklists")))
        return QCoreApplication::translate("EventStore", "the checklist templates of %1 cannot be read: %2")
            .arg(m_path, q.lastError().text());
    while (q.next()) {
        // A form no import names is never read; the one an import names must be what it named.
        const auto it = named.constFind({q.value(0).toString(), q.value(1).toInt()});
        if (it == named.constEnd() || StoredTemplate::parsedDigestOf(q.value(2).toByteArray()) == it->first)
            continue;
        *seq = it->second;
        return QCoreApplication::translate("EventStore",
                                           "the parsed form of checklist template %1 was changed after it was imported")
            .arg(q.value(0).toString().left(12));
    }
    return {};
}
