#include "models/record/ParsedTemplates.h"

#include "models/record/EventStore.h"
#include "models/record/RecordBackend.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString StoredTemplate::hashOf(const QString &markdown)
{
    return sha256Of(markdown.toUtf8());
}

bool StoredTemplate::matches(const QString &sha256, const QString &markdown)
{
    return matchesUtf8(sha256, markdown.toUtf8());
}

bool StoredTemplate::matchesUtf8(const QString &sha256, const QByteArray &utf8)
{
    return sha256Of(utf8) == sha256 || sha256Of(QByteArray("\xEF\xBB\xBF") + utf8) == sha256;
}

QString StoredTemplate::parsedDigestOf(const QByteArray &parsed)
{
    return QString::fromLatin1(QCryptographicHash::hash(parsed, QCryptographicHash::Blake2b_256).toHex());
}

namespace ParsedTemplates {

QString createTable(const QString &blobType)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS parsed_checklists (template_sha256 TEXT NOT NULL,"
                          " format INTEGER NOT NULL, parsed %1 NOT NULL, PRIMARY KEY (template_sha256, format))")
        .arg(blobType);
}

Status store(const RecordBackend &backend, const StoredTemplate &storedTemplate)
{
    if (storedTemplate.parsed.isEmpty() || !backend.hasParsedTable())
        return {};
    QSqlQuery q(backend.db());
    q.prepare(QStringLiteral("INSERT INTO parsed_checklists (template_sha256, format, parsed) VALUES (?, ?, ?) "
                             "ON CONFLICT (template_sha256, format) DO UPDATE SET parsed = excluded.parsed"));
    q.addBindValue(storedTemplate.sha256);
    q.addBindValue(storedTemplate.parsedFormat);
    q.addBindValue(storedTemplate.parsed);
    if (!q.exec())
        return backend.failure(QCoreApplication::translate("EventStore", "saving the template"), q.lastError());
    return {};
}

Result<QByteArray> load(const RecordBackend &backend, const QString &templateSha, int format)
{
    if (!backend.hasParsedTable())
        return QByteArray();
    if (Status s = backend.reconnectIfLost(); !s)
        return s.error();
    QSqlQuery q(backend.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT parsed FROM parsed_checklists WHERE template_sha256 = ? AND format = ?"));
    q.addBindValue(templateSha);
    q.addBindValue(format);
    if (!q.exec())
        return backend.failure(QCoreApplication::translate("EventStore", "reading the checklist template"),
                               q.lastError());
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QString changedSince(const RecordBackend &backend, const Named &named, qint64 *seq)
{
    if (!backend.hasParsedTable())
        return {};
    QSqlQuery q(backend.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT template_sha256, format, parsed FROM parsed_checklists")))
        return QCoreApplication::translate("EventStore", "the checklist templates of %1 cannot be read: %2")
            .arg(backend.path(), q.lastError().text());
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

} // namespace ParsedTemplates
