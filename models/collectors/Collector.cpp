#include "models/collectors/Collector.h"

#include "models/collectors/BConnectCollector.h"
#include "models/collectors/FreeScoutCollector.h"
#include "models/collectors/MilvusCollector.h"
#include "models/collectors/N8nCollectors.h"
#include "models/collectors/PostgresQueryCollector.h"
#include "models/monitoring/HttpProbe.h"
#include "models/secrets/SecretMask.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QTimer>

namespace {

// The start of a body for a message: one line, at most 160 characters, masked before it is cut (cut
// first, the start of a secret would show).
QString shortBody(const QByteArray &body, const SecretMask &mask)
{
    QString s = mask.apply(QString::fromUtf8(body)).simplified();
    if (s.size() > 160)
        s = s.left(157) + QStringLiteral("...");
    return s.isEmpty() ? QCoreApplication::translate("Collector", "(empty body)") : s;
}

} // namespace

Result<QJsonDocument> readJsonAnswer(const QByteArray &body, const SecretMask &mask)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(Error::Code::Malformed,
                           QCoreApplication::translate("Collector", "the answer is not JSON (%1 at offset %2): %3")
                               .arg(pe.errorString())
                               .arg(pe.offset)
                               .arg(shortBody(body, mask)));
    return doc;
}

std::unique_ptr<Collector> Collector::create(const CollectorDefinition &d, QNetworkAccessManager *manager,
                                             const Clock &clock)
{
    using Kind = CollectorDefinition::Kind;
    switch (d.kind) {
    case Kind::N8nExecutions: return std::make_unique<N8nExecutionsCollector>(d, manager, clock);
    case Kind::N8nWorkflows: return std::make_unique<N8nWorkflowsCollector>(d, manager, clock);
    case Kind::FreeScoutConversations: return std::make_unique<FreeScoutCollector>(d, manager, clock);
    case Kind::BConnectJobs: return std::make_unique<BConnectCollector>(d, manager, clock);
    case Kind::PostgresQuery: return std::make_unique<PostgresQueryCollector>(d, manager, clock);
    case Kind::MilvusEntities: return std::make_unique<MilvusCollector>(d, manager, clock);
    }
    return nullptr;
}

QVector<Figure> Collector::blankFigures(const CollectorDefinition &d)
{
    using Kind = CollectorDefinition::Kind;
    QVector<QPair<QString, QString>> names; // name, unit
    switch (d.kind) {
    case Kind::N8nExecutions: names = N8nExecutionsCollector::figureNames(); break;
    case Kind::N8nWorkflows: names = N8nWorkflowsCollector::figureNames(); break;
    case Kind::FreeScoutConversations: names = FreeScoutCollector::figureNames(); break;
    case Kind::BConnectJobs: names = BConnectCollector::figureNames(); break;
    case Kind::PostgresQuery: names = {{d.name, d.unit}}; break;
    case Kind::MilvusEntities: names = MilvusCollector::figureNames(); break;
    }
    QVector<Figure> figures;
    for (const auto &n : std::as_const(names)) {
        Figure f;
        f.collector = d.name;
        f.name = n.first;
        f.unit = n.second;
        f.source = d.isConfigured() ? d.displaySource() : QString();
        figures.append(f);
    }
    return figures;
}

Collector::Collector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock)
    : m_definition(d), m_manager(manager), m_clock(clock), m_figures(blankFigures(d))
{}

Collector::~Collector() = default;

void Collector::start(const CollectWindow &window)
{
    if (m_started)
        return;
    m_started = true;
    m_window = window;
    if (!m_definition.isConfigured()) {
        const Error e = m_definition.configError;
        QTimer::singleShot(0, this, [this, e] { fail(e); });
        return;
    }
    if (!window.isValid()) {
        QTimer::singleShot(0, this, [this] {
            fail(Error::make(
                Error::Code::Invalid,
                QCoreApplication::translate("Collector", "the window is empty: since must be before until")));
        });
        return;
    }
    run();
}

QDateTime Collector::now() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
}

void Collector::setSource(const QString &source)
{
    const QString masked = m_definition.mask(source);
    for (Figure &f : m_figures)
        f.source = masked;
}

void Collector::getJson(const QString &path, const Params &query, const JsonHandler &done)
{
    call("GET", path, query, {}, done);
}

void Collector::postJson(const QString &path, const QByteArray &body, const JsonHandler &done)
{
    call("POST", path, {}, body, done);
}

void Collector::call(const QByteArray &method, const QString &path, const Params &query, const QByteArray &body,
                     const JsonHandler &done)
{
    QUrl url = m_definition.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QString q;
    for (const auto &p : query) {
        if (!q.isEmpty())
            q += QLatin1Char('&');
        q += QString::fromLatin1(QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second));
    }
    url.setQuery(q.isEmpty() ? QString() : q, QUrl::StrictMode);
    setSource(QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));

    HttpProbe::Request request;
    request.method = method;
    request.url = url;
    request.headers = m_definition.headers;
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.body = body;
    request.verifyTls = m_definition.verifyTls;
    request.maxRedirects = 5;
    request.timeoutMs = m_definition.timeoutMs;
    auto *probe = new HttpProbe(m_manager, this);
    connect(probe, &HttpProbe::finished, this, [this, probe, done](const ProbeOutcome &outcome) {
        probe->deleteLater();
        const Observation &o = outcome.observation;
        const SecretMask mask(m_definition.secretValues);
        // What the server said, masked, only when an error quotes it: a good page is not masked.
        const auto said = [&o, &mask] { return shortBody(o.body, mask); };
        const QString withheld = HttpProbe::withheldNote(o);
        auto failWith = [&](Error::Code code, const QString &message) {
            done(Error::make(code,
                             mask.apply(withheld.isEmpty() ? message : message + QStringLiteral("; ") + withheld)));
        };
        if (!outcome.failure.isEmpty()) // the probe's words: for people; the code is decided here
            return failWith(outcome.timedOut ? Error::Code::Timeout : Error::Code::Unreachable, outcome.failure);
        if (o.status == 401)
            return failWith(Error::Code::Unauthorized,
                            QCoreApplication::translate("Collector",
                                                        "HTTP 401: the credentials were refused (missing or wrong): %1")
                                .arg(said()));
        if (o.status == 403)
            return failWith(Error::Code::Forbidden,
                            QCoreApplication::translate("Collector", "HTTP 403: the credentials may not read this: %1")
                                .arg(said()));
        if (o.status == 404)
            return failWith(Error::Code::NotFound,
                            QCoreApplication::translate(
                                "Collector", "HTTP 404: no such address here (API disabled or another version?): %1")
                                .arg(said()));
        if (o.status < 200 || o.status >= 300)
            return failWith(Error::Code::Remote,
                            QCoreApplication::translate("Collector", "HTTP %1: %2").arg(o.status).arg(said()));
        if (o.bodyTruncated)
            return failWith(
                Error::Code::Malformed,
                QCoreApplication::translate("Collector", "the answer is larger than %1 MiB; it was not read")
                    .arg(HttpProbe::kMaxBody / (1024 * 1024)));
        const Result<QJsonDocument> doc = readJsonAnswer(o.body, mask);
        if (!doc)
            return failWith(doc.error().code, doc.error().message);
        done(doc);
    });
    probe->start(request);
}

void Collector::succeed()
{
    finish(true);
}

void Collector::fail(const Error &error)
{
    const Error masked = Error::make(error.code, m_definition.mask(error.message));
    for (Figure &f : m_figures) {
        f.value.reset();
        f.detail.clear();
        f.note.clear();
        f.error = masked;
    }
    finish(error.code != Error::Code::NotConfigured); // a collector not set up asked nothing
}

void Collector::finish(bool stamp)
{
    if (m_finished)
        return;
    m_finished = true;
    const QDateTime at = now();
    for (Figure &f : m_figures)
        f.collectedAt = stamp ? at : QDateTime();
    emit finished();
}
