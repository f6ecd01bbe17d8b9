#include "models/collectors/CollectorDefinition.h"

#include "models/monitoring/ServiceCatalogue.h"
#include "models/record/SqliteFile.h"
#include "models/secrets/SecretMask.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

using Kind = CollectorDefinition::Kind;

struct KindInfo
{
    Kind kind;
    const char *name;
    bool http;
    QStringList fields; // besides name, kind, timeout and comment
};

const QVector<KindInfo> &kinds()
{
    static const QStringList http = {QStringLiteral("url"), QStringLiteral("headers"), QStringLiteral("tlsVerify")};
    static const QStringList paging = {QStringLiteral("pageSize"), QStringLiteral("maxPages")};
    static const QVector<KindInfo> all = {
        {Kind::N8nExecutions, "n8n-executions", true, http + paging},
        {Kind::N8nWorkflows, "n8n-workflows", true, http + paging},
        {Kind::FreeScoutConversations, "freescout-conversations", true,
         http + QStringList{QStringLiteral("status"), QStringLiteral("mailboxId")}},
        {Kind::BConnectJobs, "bconnect-jobs", true, http + paging + QStringList{QStringLiteral("version")}},
        {Kind::PostgresQuery,
         "postgres-query",
         false,
         {QStringLiteral("target"), QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("sql"),
          QStringLiteral("unit")}},
        {Kind::MilvusEntities, "milvus-entities", true, http + QStringList{QStringLiteral("collection")}},
    };
    return all;
}

// One "collectors" entry; the first mistake found wins, missing variables come after mistakes.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, int position, const CollectorCatalogue::EnvLookup &lookup)
        : o(object), index(position), env(lookup)
    {}
    CollectorDefinition read();

private:
    const QJsonObject &o;
    int index;
    const CollectorCatalogue::EnvLookup &env;
    CollectorDefinition d;
    QString error;
    QStringList missing;

    void fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
    }
    QString text(const QString &key, const QString &what, QStringList *used = nullptr)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isString() && !v.isDouble()) {
            fail(QCoreApplication::translate("CollectorDefinition", "%1 must be text").arg(key));
            return {};
        }
        const QString raw = v.isDouble() ? QString::number(v.toDouble()) : v.toString().trimmed();
        const auto out = ServiceCatalogue::substitute(raw, what, env, &missing, used);
        if (!out) {
            fail(out.error().message);
            return {};
        }
        return out.value();
    }
    int number(const QString &key, int fallback, int low, int high)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < low || v.toInt() > high) {
            fail(QCoreApplication::translate("CollectorDefinition", "%1 must be a whole number from %2 to %3")
                     .arg(key)
                     .arg(low)
                     .arg(high));
            return fallback;
        }
        return v.toInt();
    }
    void readTimeout();
    void readHttp();
    void readPostgres();
};

void EntryReader::readTimeout()
{
    const QJsonValue v = o.value(QStringLiteral("timeout"));
    if (v.isUndefined())
        return;
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?\\s*$"));
    const auto m = re.match(v.isDouble() ? QString::number(v.toDouble()) : v.toString());
    const double factor = m.captured(2) == QLatin1String("ms") ? 1 : m.captured(2) == QLatin1String("m") ? 60000 : 1000;
    const double ms = m.captured(1).toDouble() * factor;
    if ((!v.isDouble() && !v.isString()) || !m.hasMatch() || ms < 100 || ms > 600000)
        return fail(QCoreApplication::translate("CollectorDefinition",
                                                "timeout must be from 100ms to 10m, such as 10 or \"10s\""));
    d.timeoutMs = int(ms);
}

void EntryReader::readHttp()
{
    QStringList used;
    const QString url = text(QStringLiteral("url"), QStringLiteral("url"), &used);
    if (!o.contains(QStringLiteral("url")))
        fail(QCoreApplication::translate("CollectorDefinition", "no url"));
    const QJsonValue headers = o.value(QStringLiteral("headers"));
    if (!headers.isUndefined() && !headers.isObject())
        fail(QCoreApplication::translate("CollectorDefinition", "headers must be an object of name: value"));
    static const QRegularExpression credentialHeader(QStringLiteral("authorization|cookie|key|token|secret|password"),
                                                     QRegularExpression::CaseInsensitiveOption);
    const QJsonObject h = headers.toObject();
    for (auto it = h.begin(); it != h.end(); ++it) {
        if (!it.value().isString()) {
            fail(QCoreApplication::translate("CollectorDefinition", "header \"%1\" needs a text value").arg(it.key()));
            continue;
        }
        const auto filled = ServiceCatalogue::substitute(
            it.value().toString(), QCoreApplication::translate("CollectorDefinition", "header %1").arg(it.key()), env,
            &missing, &d.secretValues);
        if (!filled) {
            fail(filled.error().message);
            continue;
        }
        const QString &value = filled.value();
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            fail(QCoreApplication::translate("CollectorDefinition", "the value of header %1 has a line break")
                     .arg(it.key()));
        if (credentialHeader.match(it.key()).hasMatch())
            d.secretValues.append(value);
        d.headers.append({it.key().toLatin1(), value.toUtf8()});
    }
    const QJsonValue tls = o.value(QStringLiteral("tlsVerify"));
    if (!tls.isUndefined() && !tls.isBool())
        fail(QCoreApplication::translate("CollectorDefinition", "tlsVerify must be true or false"));
    d.verifyTls = tls.toBool(true);
    d.pageSize = number(QStringLiteral("pageSize"), 250, 1, d.kind == Kind::BConnectJobs ? 1000 : 250);
    d.maxPages = number(QStringLiteral("maxPages"), 100, 1, 10000);

    if (d.kind == Kind::FreeScoutConversations) {
        if (o.contains(QStringLiteral("status")))
            d.freescoutStatus = text(QStringLiteral("status"), QStringLiteral("status"));
        d.freescoutMailboxId = text(QStringLiteral("mailboxId"), QStringLiteral("mailboxId"));
    } else if (d.kind == Kind::BConnectJobs) {
        if (o.contains(QStringLiteral("version")))
            d.bconnectVersion = text(QStringLiteral("version"), QStringLiteral("version"));
        if (d.bconnectVersion != QLatin1String("1.0") && d.bconnectVersion != QLatin1String("2.0"))
            fail(QCoreApplication::translate("CollectorDefinition", "version must be \"1.0\" or \"2.0\""));
    } else if (d.kind == Kind::MilvusEntities) {
        d.milvusCollection = text(QStringLiteral("collection"), QStringLiteral("collection"));
        if (!o.contains(QStringLiteral("collection")))
            fail(QCoreApplication::translate("CollectorDefinition", "no collection"));
    }

    if (!error.isEmpty() || !missing.isEmpty())
        return;
    d.url = QUrl(url, QUrl::TolerantMode);
    if (!d.url.isValid() || d.url.host().isEmpty()
        || (d.url.scheme() != QLatin1String("http") && d.url.scheme() != QLatin1String("https")))
        fail(QCoreApplication::translate("CollectorDefinition",
                                         "bad url: write the service's base address, such as http://localhost:5678"));
    for (const QString &part : {d.url.userName(), d.url.password()}) {
        if (!part.isEmpty())
            d.secretValues.append(part);
    }
    d.secretValues += used; // host, path or query: every ${NAME} is masked, as in a service's URL
}

void EntryReader::readPostgres()
{
    const QString target = text(QStringLiteral("target"), QStringLiteral("target"));
    d.database = text(QStringLiteral("database"), QStringLiteral("database"), &d.secretValues);
    d.user = text(QStringLiteral("user"), QStringLiteral("user"), &d.secretValues);
    d.sql = o.value(QStringLiteral("sql")).toString().trimmed(); // no ${...}: values never go into SQL text
    d.unit = o.value(QStringLiteral("unit")).toString().trimmed();
    if (d.sql.isEmpty())
        fail(QCoreApplication::translate("CollectorDefinition", "no sql (a query that returns one number)"));
    if (o.contains(QStringLiteral("password")))
        fail(QStringLiteral("\"password\" does not belong in the file: set PGPASSWORD (or use ~/.pgpass)"));
    d.password = env ? env(QStringLiteral("PGPASSWORD")) : qEnvironmentVariable("PGPASSWORD");
    if (!d.password.isEmpty())
        d.secretValues.append(d.password);
    if (!error.isEmpty() || !missing.isEmpty())
        return;
    static const QRegularExpression re(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\s/\\[\\]]+))(?::(\\d{1,5}))?$"));
    const auto m = re.match(target.isEmpty() ? QStringLiteral("localhost") : target);
    const int port = m.hasCaptured(3) ? m.captured(3).toInt() : 5432;
    if (!m.hasMatch() || port < 1 || port > 65535)
        return fail(
            QCoreApplication::translate("CollectorDefinition", "bad target: write host:port, such as localhost:5432"));
    d.host = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
    d.port = quint16(port);
}

CollectorDefinition EntryReader::read()
{
    d.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (d.name.isEmpty()) {
        d.name = QStringLiteral("collector #%1").arg(index + 1);
        fail(QCoreApplication::translate("CollectorDefinition", "no name"));
    }
    const QString kind = o.value(QStringLiteral("kind")).toString();
    const KindInfo *info = nullptr;
    for (const KindInfo &k : kinds()) {
        if (kind == QLatin1String(k.name))
            info = &k;
    }
    if (!info) {
        fail(QCoreApplication::translate(
                 "CollectorDefinition",
                 "unknown kind \"%1\" (use n8n-executions, n8n-workflows, freescout-conversations, "
                 "bconnect-jobs, postgres-query or milvus-entities)")
                 .arg(kind));
    } else {
        d.kind = info->kind;
        static const QStringList common = {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("timeout"),
                                           QStringLiteral("comment")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.key().startsWith(QLatin1Char('_')) && !common.contains(it.key()) && !info->fields.contains(it.key())
                && it.key() != QLatin1String("password"))
                fail(QCoreApplication::translate("CollectorDefinition", "unknown field \"%1\" for a %2 collector")
                         .arg(it.key(), kind));
        }
        readTimeout();
        if (info->http)
            readHttp();
        else
            readPostgres();
    }
    d.secretValues.removeAll(QString());
    d.secretValues.removeDuplicates();
    if (!error.isEmpty())
        d.configError = Error::make(Error::Code::Invalid, d.mask(error));
    else if (!missing.isEmpty())
        d.configError = Error::make(Error::Code::NotConfigured,
                                    QCoreApplication::translate("CollectorDefinition", "not configured: set ")
                                        + missing.join(QStringLiteral(", ")));
    return d;
}

} // namespace

QString CollectorDefinition::mask(const QString &text) const
{
    return SecretMask(secretValues).apply(text); // one masking rule for the whole catalogue
}

QString CollectorDefinition::displaySource() const
{
    if (kind == Kind::PostgresQuery) {
        const QString h = host.contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + host + QLatin1Char(']')) : host;
        return mask(h + QLatin1Char(':') + QString::number(port)
                    + (database.isEmpty() ? QString() : QString(QLatin1Char('/') + database)));
    }
    return mask(url.toString(QUrl::RemoveUserInfo));
}

QString CollectorDefinition::kindName(Kind kind)
{
    for (const KindInfo &k : kinds()) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

Result<QVector<CollectorDefinition>> CollectorCatalogue::load(const QString &path, const EnvLookup &env)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("CollectorDefinition", "%1: no such file.").arg(path));
    if (info.isDir())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("CollectorDefinition", "%1 is a folder, not a service catalogue.").arg(path));
    if (Error database =
            SqliteFile::refuseDatabase(path, QCoreApplication::translate("CollectorDefinition", "service catalogue"));
        database.isError())
        return database;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            Error::Code::Io,
            QCoreApplication::translate("CollectorDefinition", "%1 cannot be read: %2").arg(path, file.errorString()));
    return fromJson(file.read(ServiceCatalogue::kMaxBytes + 1), path, env);
}

Result<QVector<CollectorDefinition>> CollectorCatalogue::fromJson(const QByteArray &json, const QString &sourceName,
                                                                  const EnvLookup &env)
{
    if (json.size() > ServiceCatalogue::kMaxBytes)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("CollectorDefinition",
                                        "%1 is larger than 1 MiB; a service catalogue may be at most 1 MiB.")
                .arg(sourceName));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("CollectorDefinition", "%1 is not a JSON object: %2 (offset %3).")
                .arg(sourceName,
                     pe.error != QJsonParseError::NoError
                         ? pe.errorString()
                         : QCoreApplication::translate("CollectorDefinition", "not an object"))
                .arg(pe.offset));
    const QJsonValue collectors = doc.object().value(QStringLiteral("collectors"));
    if (collectors.isUndefined())
        return QVector<CollectorDefinition>();
    if (!collectors.isArray())
        return Error::make(
            Error::Code::Invalid,
            QStringLiteral("%1: \"collectors\" must be a list: write \"collectors\": [ ... ].").arg(sourceName));
    QVector<CollectorDefinition> out;
    QHash<QString, int> firstWithName;
    const QJsonArray list = collectors.toArray();
    for (int i = 0; i < list.size(); ++i) {
        CollectorDefinition d;
        if (list.at(i).isObject()) {
            const QJsonObject o = list.at(i).toObject();
            d = EntryReader(o, i, env).read();
        } else {
            d.name = QStringLiteral("collector #%1").arg(i + 1);
            d.configError = Error::make(Error::Code::Invalid,
                                        QCoreApplication::translate("CollectorDefinition", "not a JSON object"));
        }
        const auto seen = firstWithName.constFind(d.name);
        if (seen != firstWithName.constEnd()) {
            d.configError = Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("CollectorDefinition", "the name \"%1\" is already used by collector #%2")
                    .arg(d.name)
                    .arg(*seen + 1));
            d.name = QStringLiteral("%1 (collector #%2)").arg(d.name).arg(i + 1);
        } else {
            firstWithName.insert(d.name, i);
        }
        out.append(d);
    }
    return out;
}
