#include "models/monitoring/ServiceCatalogue.h"

#include "models/record/SqliteFile.h"
#include "models/secrets/Keychain.h"
#include "models/secrets/SecretMask.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const QString kMask = SecretMask::placeholder();

using Kind = ServiceDefinition::Kind;

// Text from the catalogue shown in a message: user info written in a URL is never repeated.
QString quoted(const QString &raw)
{
    static const QRegularExpression userInfo(QStringLiteral("://[^/@\\s]*@"));
    QString s = raw;
    s.replace(userInfo, QString(QStringLiteral("://") + kMask + QLatin1Char('@')));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// "30", 30, "500ms", "30s", "2m", "1h" to milliseconds; bare numbers are seconds.
bool parseDuration(const QJsonValue &v, int *ms)
{
    double value = 0;
    QString unit = QStringLiteral("s");
    if (v.isDouble()) {
        value = v.toDouble();
    } else if (v.isString()) {
        static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?\\s*$"));
        const auto m = re.match(v.toString());
        if (!m.hasMatch())
            return false;
        value = m.captured(1).toDouble();
        if (m.hasCaptured(2))
            unit = m.captured(2);
    } else {
        return false;
    }
    const double factor = unit == QLatin1String("ms") ? 1
        : unit == QLatin1String("s")                  ? 1000
        : unit == QLatin1String("m")                  ? 60000
                                                      : 3600000;
    const double total = value * factor;
    if (total < 0 || total > 7 * 24 * 3600000.0)
        return false;
    *ms = int(total);
    return true;
}

// Everything one catalogue entry yields; the first problem found wins.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, int position, const ServiceCatalogue::EnvLookup &lookup)
        : o(object), index(position), env(lookup)
    {}

    ServiceDefinition read();

private:
    friend class ::ServiceCatalogue; // substitute(): the same expansion for collector entries
    const QJsonObject &o;
    int index;
    const ServiceCatalogue::EnvLookup &env;
    ServiceDefinition d;
    QString error;     // a mistake in the entry itself
    QString lateError; // a mistake only visible once ${...} was filled in
    QStringList missing;
    QStringList unreadable;  // ${keychain:NAME} whose keychain did not answer: why, for configError
    QStringList substituted; // every value ${...} filled in: each one a secret, wherever it went

    void fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
    }
    QString string(const QString &key) const { return o.value(key).toString(); }
    bool expand(const QString &in, const QString &what, QString *out);
    void readKind();
    void readHttp();
    void readTarget();
    void readCommand();
    void readTiming();
    QVector<Condition> readConditions(const QString &key, const QString &what);
    QVector<Condition> defaults() const;
};

// ${NAME} from the process environment; ${keychain:NAME} from the OS keychain, where a keychain that
// does not answer adds why to *unreadable (nothing stored under NAME is simply missing).
QString secretFromDefaultSources(const QString &reference, QStringList *unreadable)
{
    static const QString keychain = QStringLiteral("keychain:");
    if (!reference.startsWith(keychain))
        return qEnvironmentVariable(qPrintable(reference));
    const Result<QString> read = Keychain::read(reference.mid(keychain.size()));
    if (read)
        return read.value();
    if (read.error().code != Error::Code::NotFound && !unreadable->contains(read.error().message))
        unreadable->append(read.error().message);
    return QString();
}

// Fills in ${NAME}; notes missing names and every value filled in (all of them are secrets: the
// environment is a secret source, whatever the place a value goes); a value ending in '/' followed by
// '/' loses one slash.
bool EntryReader::expand(const QString &in, const QString &what, QString *out)
{
    // NAME from the environment, keychain:NAME from the OS keychain (Keychain.h).
    static const QRegularExpression name(QStringLiteral("^(keychain:)?[A-Za-z_][A-Za-z0-9_]*$"));
    out->clear();
    int i = 0;
    while (i < in.size()) {
        const int open = in.indexOf(QLatin1String("${"), i);
        if (open < 0) {
            *out += in.mid(i);
            break;
        }
        *out += in.mid(i, open - i);
        const int close = in.indexOf(QLatin1Char('}'), open);
        const QString var = close < 0 ? QString() : in.mid(open + 2, close - open - 2);
        if (!name.match(var).hasMatch()) {
            fail(QCoreApplication::translate("ServiceCatalogue",
                                             "%1: ${ must be followed by a variable name and } at character %2")
                     .arg(what)
                     .arg(open + 1));
            return false;
        }
        QString value = env ? env(var) : secretFromDefaultSources(var, &unreadable);
        if (value.isEmpty()) {
            if (!missing.contains(var))
                missing.append(var);
        } else {
            if (value.endsWith(QLatin1Char('/')) && in.mid(close + 1).startsWith(QLatin1Char('/')))
                value.chop(1);
            substituted.append(value);
        }
        *out += value;
        i = close + 1;
    }
    return true;
}

void EntryReader::readKind()
{
    static const QStringList common = {
        QStringLiteral("name"),       QStringLiteral("group"),    QStringLiteral("kind"),
        QStringLiteral("interval"),   QStringLiteral("timeout"),  QStringLiteral("retries"),
        QStringLiteral("conditions"), QStringLiteral("degraded"), QStringLiteral("comment")};
    static const QStringList http = {QStringLiteral("url"),       QStringLiteral("method"),
                                     QStringLiteral("headers"),   QStringLiteral("body"),
                                     QStringLiteral("tlsVerify"), QStringLiteral("maxRedirects")};
    static const QStringList target = {QStringLiteral("target")};
    static const QStringList command = {QStringLiteral("command")};

    QString kind = string(QStringLiteral("kind")).trimmed().toLower();
    if (!o.contains(QStringLiteral("kind"))) // inferred, like Gatus does from the URL
        kind = o.contains(QStringLiteral("url"))    ? QStringLiteral("http")
            : o.contains(QStringLiteral("command")) ? QStringLiteral("command")
            : o.contains(QStringLiteral("target"))  ? QStringLiteral("tcp")
                                                    : QString();
    const QStringList *own = nullptr;
    if (kind == QLatin1String("http") || kind == QLatin1String("https")) {
        d.kind = Kind::Http;
        own = &http;
    } else if (kind == QLatin1String("tcp")) {
        d.kind = Kind::Tcp;
        own = &target;
    } else if (kind == QLatin1String("postgres") || kind == QLatin1String("postgresql")) {
        d.kind = Kind::Postgres;
        own = &target;
    } else if (kind == QLatin1String("command")) {
        d.kind = Kind::Command;
        own = &command;
    } else if (o.contains(QStringLiteral("kind"))) {
        return fail(
            QCoreApplication::translate("ServiceCatalogue", "unknown kind %1 (use http, tcp, postgres or command)")
                .arg(quoted(o.value(QStringLiteral("kind")).toVariant().toString())));
    } else {
        return fail(QCoreApplication::translate("ServiceCatalogue", "no kind, url, target or command"));
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')) || common.contains(it.key()) || own->contains(it.key()))
            continue;
        const bool otherKind = http.contains(it.key()) || target.contains(it.key()) || command.contains(it.key());
        fail(otherKind ? QCoreApplication::translate("ServiceCatalogue", "\"%1\" does not apply to a %2 service")
                             .arg(it.key(), ServiceDefinition::kindName(d.kind))
                       : QCoreApplication::translate("ServiceCatalogue", "unknown field \"%1\"").arg(it.key()));
    }
}

void EntryReader::readHttp()
{
    const QString rawUrl = string(QStringLiteral("url")).trimmed();
    if (rawUrl.isEmpty())
        return fail(QCoreApplication::translate("ServiceCatalogue", "no url"));
    QString expanded;
    const bool urlExpanded =
        expand(rawUrl, QStringLiteral("url"), &expanded); // first: names missing variables in order
    d.method = string(QStringLiteral("method")).trimmed().toUpper().toLatin1();
    if (!o.contains(QStringLiteral("method")))
        d.method = "GET";
    static const QRegularExpression token(QStringLiteral("^[A-Z]+$"));
    if (!token.match(QString::fromLatin1(d.method)).hasMatch())
        fail(QCoreApplication::translate("ServiceCatalogue", "method must be a word such as GET or POST"));

    const QJsonValue headers = o.value(QStringLiteral("headers"));
    QVector<QPair<QString, QJsonValue>> pairs;
    if (headers.isObject()) {
        const QJsonObject h = headers.toObject();
        for (auto it = h.begin(); it != h.end(); ++it)
            pairs.append({it.key(), it.value()});
    } else if (headers.isArray()) { // [{"name": ..., "value": ...}] keeps the order
        for (const QJsonValue v : headers.toArray())
            pairs.append(
                {v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("value"))});
    } else if (!headers.isUndefined()) {
        fail(QCoreApplication::translate("ServiceCatalogue", "headers must be an object of name: value"));
    }
    static const QRegularExpression credentialHeader(QStringLiteral("authorization|cookie|key|token|secret|password"),
                                                     QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    for (const auto &p : pairs) {
        if (!headerName.match(p.first).hasMatch() || !p.second.isString()) {
            fail(QCoreApplication::translate("ServiceCatalogue", "header %1 needs a name and a text value")
                     .arg(quoted(p.first)));
            continue;
        }
        QString value;
        if (!expand(p.second.toString(), QCoreApplication::translate("ServiceCatalogue", "header %1").arg(p.first),
                    &value))
            continue;
        if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
            fail(QCoreApplication::translate("ServiceCatalogue", "the value of header %1 has a line break")
                     .arg(p.first));
        if (credentialHeader.match(p.first).hasMatch()) // even when written into the catalogue
            d.secretValues.append(value);
        d.headers.append({p.first.toLatin1(), value.toUtf8()});
    }

    const QJsonValue body = o.value(QStringLiteral("body"));
    QString bodyText = body.toString();
    if (body.isObject() || body.isArray())
        bodyText = QString::fromUtf8(body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact));
    else if (!body.isUndefined() && !body.isString())
        fail(QCoreApplication::translate("ServiceCatalogue", "body must be text or JSON"));
    QString expandedBody;
    if (expand(bodyText, QStringLiteral("body"), &expandedBody))
        d.body = expandedBody.toUtf8();

    const QJsonValue tls = o.value(QStringLiteral("tlsVerify"));
    if (!tls.isUndefined() && !tls.isBool())
        fail(QCoreApplication::translate("ServiceCatalogue", "tlsVerify must be true or false"));
    d.verifyTls = tls.toBool(true);
    const QJsonValue redirects = o.value(QStringLiteral("maxRedirects"));
    d.maxRedirects = redirects.toInt(5);
    if (!redirects.isUndefined() && (!redirects.isDouble() || d.maxRedirects < 0 || d.maxRedirects > 20))
        fail(QCoreApplication::translate("ServiceCatalogue", "maxRedirects must be a number from 0 to 20"));

    if (!urlExpanded || !missing.isEmpty())
        return;
    const QUrl url(expanded, QUrl::TolerantMode);
    // Never QUrl::errorString(): it repeats the URL, secrets included.
    if (!url.isValid())
        lateError = QCoreApplication::translate("ServiceCatalogue", "bad url %1: not a valid URL").arg(quoted(rawUrl));
    else if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        lateError =
            QCoreApplication::translate("ServiceCatalogue", "bad url %1: it must start with http:// or https://")
                .arg(quoted(rawUrl));
    else if (url.host().isEmpty())
        lateError = QCoreApplication::translate("ServiceCatalogue", "bad url %1: no host").arg(quoted(rawUrl));
    d.url = url;
    for (const QString &part : {url.userName(), url.password()}) { // even when written into the catalogue
        if (!part.isEmpty())
            d.secretValues.append(part);
    }
}

void EntryReader::readTarget()
{
    const QString raw = string(QStringLiteral("target")).trimmed();
    if (raw.isEmpty())
        return fail(QCoreApplication::translate("ServiceCatalogue", "no target (host:port)"));
    QString target;
    if (!expand(raw, QStringLiteral("target"), &target) || !missing.isEmpty())
        return;
    static const QRegularExpression re(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\s/\\[\\]]+))(?::(\\d{1,5}))?$"));
    const auto m = re.match(target);
    const int port = m.hasCaptured(3) ? m.captured(3).toInt() : (d.kind == Kind::Postgres ? 5432 : 0);
    if (!m.hasMatch())
        lateError = QCoreApplication::translate("ServiceCatalogue", "bad target %1: write host:port").arg(quoted(raw));
    else if (port < 1 || port > 65535)
        lateError =
            QCoreApplication::translate("ServiceCatalogue", "bad target %1: the port must be a number from 1 to 65535")
                .arg(quoted(raw));
    d.host = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
    d.port = quint16(port);
}

void EntryReader::readCommand()
{
    const QJsonValue command = o.value(QStringLiteral("command"));
    const QJsonArray parts = command.toArray();
    const bool allText = std::all_of(parts.begin(), parts.end(), [](const QJsonValue &v) { return v.isString(); });
    if (!command.isArray() || parts.isEmpty() || !allText || parts.first().toString().trimmed().isEmpty())
        return fail(QCoreApplication::translate(
            "ServiceCatalogue", "command must be a list of words such as [\"docker\", \"compose\", \"ps\"]"));
    QStringList words;
    for (const QJsonValue v : parts) {
        QString word;
        if (!expand(v.toString(), QStringLiteral("command"), &word))
            return;
        words.append(word);
    }
    d.program = words.takeFirst();
    d.arguments = words;
}

void EntryReader::readTiming()
{
    const QJsonValue interval = o.value(QStringLiteral("interval"));
    if (!interval.isUndefined()
        && (!parseDuration(interval, &d.intervalMs) || d.intervalMs < 1000 || d.intervalMs > 86400000))
        fail(QCoreApplication::translate("ServiceCatalogue",
                                         "interval must be from 1s to 24h, such as 30 or \"30s\" or \"2m\""));
    const QJsonValue timeout = o.value(QStringLiteral("timeout"));
    if (!timeout.isUndefined() && (!parseDuration(timeout, &d.timeoutMs) || d.timeoutMs < 100 || d.timeoutMs > 600000))
        fail(QCoreApplication::translate("ServiceCatalogue", "timeout must be from 100ms to 10m, such as 5 or \"5s\""));
    const QJsonValue retries = o.value(QStringLiteral("retries"));
    d.retries = retries.toInt(2);
    if (!retries.isUndefined()
        && (!retries.isDouble() || retries.toDouble() != d.retries || d.retries < 0 || d.retries > 100))
        fail(QCoreApplication::translate("ServiceCatalogue", "retries must be a whole number from 0 to 100"));
}

QVector<Condition> EntryReader::readConditions(const QString &key, const QString &what)
{
    QVector<Condition> out;
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        fail(QCoreApplication::translate("ServiceCatalogue", "%1 must be a list of texts such as [\"[STATUS] == 200\"]")
                 .arg(key));
        return out;
    }
    QStringList allowed = {QStringLiteral("[CONNECTED]"), QStringLiteral("[RESPONSE_TIME]")};
    if (d.kind == Kind::Http)
        allowed << QStringLiteral("[STATUS]") << QStringLiteral("[BODY]");
    if (d.kind == Kind::Command)
        allowed << QStringLiteral("[EXIT_CODE]") << QStringLiteral("[BODY]");
    for (const QJsonValue item : v.toArray()) {
        const auto parsed = Condition::parse(item.toString());
        if (!item.isString())
            fail(QCoreApplication::translate("ServiceCatalogue",
                                             "%1 must be a list of texts such as [\"[STATUS] == 200\"]")
                     .arg(key));
        else if (!parsed)
            fail(QCoreApplication::translate("ServiceCatalogue", "bad %1: %2").arg(what, parsed.error().message));
        else if (!allowed.contains(parsed->placeholderName()))
            fail(QCoreApplication::translate("ServiceCatalogue", "%1 \"%2\" uses %3, which a %4 service does not have")
                     .arg(what, parsed->text(), parsed->placeholderName(), ServiceDefinition::kindName(d.kind)));
        if (parsed)
            out.append(parsed.value());
    }
    return out;
}

QVector<Condition> EntryReader::defaults() const
{
    QString text;
    switch (d.kind) {
    case Kind::Http: text = QStringLiteral("[STATUS] < 400"); break;
    case Kind::Tcp: text = QStringLiteral("[CONNECTED] == true"); break;
    case Kind::Command: text = QStringLiteral("[EXIT_CODE] == 0"); break;
    case Kind::Postgres: return {};
    }
    return {Condition::parse(text).value()}; // the defaults above are valid conditions
}

ServiceDefinition EntryReader::read()
{
    d.name = string(QStringLiteral("name")).trimmed();
    if (d.name.isEmpty()) {
        d.name = QStringLiteral("service #%1").arg(index + 1);
        fail(QCoreApplication::translate("ServiceCatalogue", "no name"));
    }
    const QJsonValue group = o.value(QStringLiteral("group"));
    d.group = group.toString().trimmed();
    if (!group.isUndefined() && !group.isString())
        fail(QCoreApplication::translate("ServiceCatalogue", "group must be text"));
    readKind();
    if (error.isEmpty()) {
        switch (d.kind) {
        case Kind::Http: readHttp(); break;
        case Kind::Tcp:
        case Kind::Postgres: readTarget(); break;
        case Kind::Command: readCommand(); break;
        }
        readTiming();
        d.conditions =
            readConditions(QStringLiteral("conditions"), QCoreApplication::translate("ServiceCatalogue", "condition"));
        d.degradedConditions = readConditions(QStringLiteral("degraded"),
                                              QCoreApplication::translate("ServiceCatalogue", "degraded condition"));
        if (d.conditions.isEmpty())
            d.conditions = defaults();
    }
    d.secretValues += substituted;
    d.secretValues.removeAll(QString());
    d.secretValues.removeDuplicates();
    if (!error.isEmpty())
        d.configError = error;
    else if (!unreadable.isEmpty())
        d.configError =
            QCoreApplication::translate("ServiceCatalogue", "not configured: ") + unreadable.join(QStringLiteral("; "));
    else if (!missing.isEmpty())
        d.configError = QCoreApplication::translate("ServiceCatalogue", "not configured: set ")
            + missing.join(QStringLiteral(", "));
    else
        d.configError = lateError;
    d.notSetUpHere = error.isEmpty() && (!unreadable.isEmpty() || !missing.isEmpty());
    d.configError = d.mask(d.configError); // belt and braces: messages never carry a secret
    return d;
}

int lineOf(const QByteArray &bytes, int offset, int *column)
{
    const QByteArray before = bytes.left(offset);
    *column = offset - int(before.lastIndexOf('\n'));
    return int(before.count('\n')) + 1;
}

} // namespace

QString ServiceDefinition::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Http: return QStringLiteral("http");
    case Kind::Tcp: return QStringLiteral("tcp");
    case Kind::Postgres: return QStringLiteral("postgres");
    case Kind::Command: return QStringLiteral("command");
    }
    return {};
}

QString ServiceDefinition::mask(const QString &text) const
{
    return SecretMask(secretValues).apply(text);
}

QString ServiceDefinition::displayTarget() const
{
    QString s;
    switch (kind) {
    case Kind::Http:
        if (!url.isEmpty())
            s = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::RemoveUserInfo);
        break;
    case Kind::Tcp:
    case Kind::Postgres:
        if (!host.isEmpty())
            s = (host.contains(QLatin1Char(':')) ? QString(QLatin1Char('[') + host + QLatin1Char(']')) : host)
                + QLatin1Char(':') + QString::number(port);
        break;
    case Kind::Command:
        s = program;
        for (const QString &a : arguments)
            s += QLatin1Char(' ')
                + (a.contains(QLatin1Char(' ')) ? QString(QLatin1Char('"') + a + QLatin1Char('"')) : a);
        break;
    }
    return mask(s);
}

bool ServiceCatalogue::loadFile(const QString &path, QVector<ServiceDefinition> *out, QString *fileError,
                                const EnvLookup &env, Error::Code *code)
{
    out->clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        *fileError = QCoreApplication::translate("ServiceCatalogue", "%1: no such file.").arg(path);
        *code = Error::Code::NotFound;
        return false;
    }
    if (info.isDir()) {
        *fileError =
            QCoreApplication::translate("ServiceCatalogue", "%1 is a folder, not a service catalogue.").arg(path);
        return false;
    }
    if (info.size() > kMaxBytes) {
        *fileError = QCoreApplication::translate("ServiceCatalogue",
                                                 "%1 is larger than 1 MiB; a service catalogue may be at most 1 MiB.")
                         .arg(path);
        return false;
    }
    if (const Error database =
            SqliteFile::refuseDatabase(path, QCoreApplication::translate("ServiceCatalogue", "service catalogue"));
        database.isError()) {
        *fileError = database.message;
        *code = database.code;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *fileError =
            QCoreApplication::translate("ServiceCatalogue", "%1 cannot be read: %2").arg(path, file.errorString());
        *code = Error::Code::Io;
        return false;
    }
    return parseJson(file.read(kMaxBytes + 1), path, out, fileError, env);
}

bool ServiceCatalogue::parseJson(const QByteArray &json, const QString &sourceName, QVector<ServiceDefinition> *out,
                                 QString *fileError, const EnvLookup &env)
{
    out->clear();
    if (json.size() > kMaxBytes) {
        *fileError = QCoreApplication::translate("ServiceCatalogue",
                                                 "%1 is larger than 1 MiB; a service catalogue may be at most 1 MiB.")
                         .arg(sourceName);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        int column = 0;
        const int line = lineOf(json, pe.offset, &column);
        *fileError = QCoreApplication::translate("ServiceCatalogue",
                                                 "%1 is not valid JSON: %2 at line %3, column %4 (offset %5).")
                         .arg(sourceName, pe.errorString())
                         .arg(line)
                         .arg(column)
                         .arg(pe.offset);
        return false;
    }
    const QJsonValue services = doc.object().value(QStringLiteral("services"));
    if (!doc.isObject() || !services.isArray()) {
        *fileError = QCoreApplication::translate("ServiceCatalogue",
                                                 "%1 has no \"services\" list: write {\"services\": [ ... ]}.")
                         .arg(sourceName);
        return false;
    }

    QHash<QString, int> firstWithName;
    const QJsonArray list = services.toArray();
    for (int i = 0; i < list.size(); ++i) {
        ServiceDefinition d;
        if (list.at(i).isObject()) {
            const QJsonObject o = list.at(i).toObject();
            d = EntryReader(o, i, env).read();
        } else {
            d.name = QStringLiteral("service #%1").arg(i + 1);
            d.configError = QCoreApplication::translate("ServiceCatalogue", "not a JSON object");
        }
        const auto seen = firstWithName.constFind(d.name);
        if (seen != firstWithName.constEnd()) {
            // Masked like every other message of the entry (fuzz_catalogue found this one was not).
            d.configError =
                d.mask(QCoreApplication::translate("ServiceCatalogue", "the name \"%1\" is already used by service #%2")
                           .arg(d.name)
                           .arg(*seen + 1));
            d.name = QStringLiteral("%1 (service #%2)").arg(d.name).arg(i + 1);
        } else {
            firstWithName.insert(d.name, i);
        }
        out->append(d);
    }
    return true;
}

QString ServiceCatalogue::defaultCataloguePath()
{
    return QStringLiteral(":/golive/services.json");
}

Result<QString> ServiceCatalogue::substitute(const QString &text, const QString &what, const EnvLookup &env,
                                             QStringList *missing, QStringList *used)
{
    const QJsonObject none;
    EntryReader reader(none, 0, env);
    QString out;
    const bool ok = reader.expand(text, what, &out);
    if (used)
        *used += reader.substituted;
    if (missing) {
        for (const QString &name : std::as_const(reader.missing)) {
            if (!missing->contains(name))
                missing->append(name);
        }
    }
    if (!ok)
        return Error::make(Error::Code::Invalid, reader.error);
    return out;
}

Result<QVector<ServiceDefinition>> ServiceCatalogue::load(const QString &path, const EnvLookup &env)
{
    QVector<ServiceDefinition> services;
    QString error;
    Error::Code code = Error::Code::Invalid;
    if (!loadFile(path, &services, &error, env, &code))
        return Error::make(code, error);
    return services;
}

Result<QVector<ServiceDefinition>> ServiceCatalogue::fromJson(const QByteArray &json, const QString &sourceName,
                                                              const EnvLookup &env)
{
    QVector<ServiceDefinition> services;
    QString error;
    if (!parseJson(json, sourceName, &services, &error, env))
        return Error::make(Error::Code::Invalid, error);
    return services;
}
