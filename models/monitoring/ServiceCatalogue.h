#pragma once

#include "models/core/Error.h"

#include "models/monitoring/Condition.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <functional>

// One service the dashboard watches, as the catalogue describes it (after ${ENV} substitution).
// Conditions when the catalogue gives none:
//   http     [STATUS] < 400   (redirects are followed; 4xx such as a wrong API key and 5xx fail)
//   tcp      [CONNECTED] == true
//   command  [EXIT_CODE] == 0
//   postgres none: the probe itself decides accepting / rejecting, like pg_isready
// No degraded conditions unless the catalogue gives them.
struct ServiceDefinition
{
    enum class Kind {
        Http,
        Tcp,
        Postgres,
        Command
    };

    QString name;  // unique in the catalogue; "service #3" when the entry has none
    QString group; // "Automation", "Data", ...; empty when not given
    Kind kind = Kind::Http;

    // http
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // in catalogue order
    QByteArray body;
    bool verifyTls = true; // "tlsVerify": false opts one service out
    int maxRedirects = 5;

    // tcp, postgres ("target": "host:port"; postgres defaults to port 5432)
    QString host;
    quint16 port = 0;

    // command ("command": ["docker", "compose", "ps", "--format", "json"]); run without a shell
    QString program;
    QStringList arguments;

    int intervalMs = 30000;                // "interval": 30, "30s", "2m", "500ms", "1h"
    int timeoutMs = 5000;                  // "timeout", same forms
    int retries = 2;                       // failures shown PENDING before DOWN is confirmed
    QVector<Condition> conditions;         // all must pass for UP
    QVector<Condition> degradedConditions; // "degraded": all must pass, else DEGRADED

    QString configError;      // non-empty: shown UNKNOWN with this reason, never probed
    QStringList secretValues; // values to mask wherever text is shown or logged

    // Why it is not probed, for programs: a variable or keychain entry missing here (not set up on
    // this machine) is not a mistake in the catalogue.
    bool notSetUpHere = false;

    bool isConfigured() const { return configError.isEmpty(); }
    QString displayTarget() const; // "GET https://host/api/...", "localhost:5432", "docker compose ps"; secrets as ••••
    QString mask(const QString &text) const; // every secret value, in any of its forms, as •••• (SecretMask)
    static QString kindName(Kind kind);      // "http", "tcp", "postgres", "command"
};

// The catalogue file: {"services": [ {...}, ... ]}. See resources/services.json for every field.
// ${NAME} in url, target, header values, body and command arguments is taken from the environment;
// a missing (or empty) variable leaves only that service "not configured: set NAME".
// Secrets: every value filled in from ${...}, wherever it went (URL host, path, query or user info,
// a header, the body, a target, a command word), the values of credential headers (Authorization,
// Cookie, *key*, *token*, ...) and any user info written in the URL. mask() hides them by value in
// any text; they never appear in configError or displayTarget().
class ServiceCatalogue
{
public:
    using EnvLookup = std::function<QString(const QString &)>;
    static constexpr qint64 kMaxBytes = qint64{1024} * 1024;

    // The services of the file, or an Error naming the file when the whole file is unusable:
    // missing (NotFound), larger than 1 MiB, not JSON (with line, column and offset), or without a
    // "services" array (Invalid). Problems of one service only set that service's configError.
    // env defaults to the process environment.
    static Result<QVector<ServiceDefinition>> load(const QString &path, const EnvLookup &env = {});
    static Result<QVector<ServiceDefinition>> fromJson(const QByteArray &json, const QString &sourceName,
                                                       const EnvLookup &env = {});

    static QString defaultCataloguePath(); // ":/golive/services.json", embedded

    // The catalogue's own ${NAME} substitution, for other entries of the same file (the collectors):
    // the text filled in; appends missing (or empty) variables to *missing and the values used to
    // *used (if given); an Error (Invalid, naming `what`) when a ${ is not followed by a name and }.
    static Result<QString> substitute(const QString &text, const QString &what, const EnvLookup &env,
                                      QStringList *missing, QStringList *used);

private:
    static bool loadFile(const QString &path, QVector<ServiceDefinition> *out, QString *fileError, const EnvLookup &env,
                         Error::Code *code);
    static bool parseJson(const QByteArray &json, const QString &sourceName, QVector<ServiceDefinition> *out,
                          QString *fileError, const EnvLookup &env);
};
