#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>

// One collector of the catalogue's "collectors" list, after ${ENV} substitution.
struct CollectorDefinition
{
    enum class Kind {
        N8nExecutions,          // "n8n-executions"
        N8nWorkflows,           // "n8n-workflows"
        FreeScoutConversations, // "freescout-conversations"
        BConnectJobs,           // "bconnect-jobs"
        PostgresQuery,          // "postgres-query"
        MilvusEntities,         // "milvus-entities"
    };

    QString name; // unique among the collectors; "collector #3" when the entry has none
    Kind kind = Kind::N8nExecutions;

    // HTTP kinds: the service's base URL ("http://localhost:5678") and the headers sent with every call.
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool verifyTls = true;
    int timeoutMs = 10000; // per request
    int pageSize = 250;    // n8n "limit" (at most 250), bConnect v2.0 "PageSize"
    int maxPages = 100;    // more pages than this: no number ("the paging did not end")

    QString freescoutStatus = QStringLiteral("active,pending,closed"); // always sent explicitly
    QString freescoutMailboxId;                                        // "" for every mailbox
    QString bconnectVersion = QStringLiteral("1.0");                   // "1.0" or "2.0"
    QString milvusCollection;

    // postgres-query: "target" host:port, "database", "user" (may be ${PGUSER}); the password only
    // from the environment (PGPASSWORD, or libpq's ~/.pgpass), never from the file.
    QString host;
    quint16 port = 5432;
    QString database;
    QString user;
    QString password;
    QString sql;
    QString unit; // postgres-query: what the number counts ("articles", "bytes", "ms")

    Error configError;        // NotConfigured ("not configured: set NAME") or Invalid (a mistake in the entry)
    QStringList secretValues; // masked wherever text is shown

    bool isConfigured() const { return !configError.isError(); }
    QString mask(const QString &text) const; // secrets as ••••, like ServiceDefinition::mask
    QString displaySource() const;           // "http://localhost:5678", "localhost:5432/n8n"; masked
    static QString kindName(Kind kind);
};

// The "collectors" list of the service catalogue file (the same file as "services"):
//   {"services": [...], "collectors": [{"name": ..., "kind": "n8n-executions", "url": ..., ...}]}
// A file without "collectors" has none. ${NAME} works as for the services (ServiceCatalogue::substitute).
class CollectorCatalogue
{
public:
    using EnvLookup = std::function<QString(const QString &)>;

    // An Error naming the file when the whole file is unusable (missing, > 1 MiB, not JSON, or a
    // "collectors" that is not a list); a problem of one entry only sets that entry's configError.
    static Result<QVector<CollectorDefinition>> load(const QString &path, const EnvLookup &env = {});
    static Result<QVector<CollectorDefinition>> fromJson(const QByteArray &json, const QString &sourceName,
                                                         const EnvLookup &env = {});
};
