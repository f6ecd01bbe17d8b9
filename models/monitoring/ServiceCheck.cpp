#include "models/monitoring/ServiceCheck.h"

#include "models/monitoring/CommandProbe.h"
#include "models/monitoring/HttpProbe.h"
#include "models/monitoring/PostgresProbe.h"
#include "models/monitoring/ProbeReason.h"
#include "models/monitoring/TcpProbe.h"

#include <QCoreApplication>
#include <algorithm>

namespace {

// The start of a body on one line, for a reason: {"status":"error"}
QString bodySnippet(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("...");
    return text;
}

// Its sentences live with their history codes (ProbeReason), which must make the same words again.
QString passedReasonOf(const ServiceDefinition &s, const Observation &o)
{
    switch (s.kind) {
    case ServiceDefinition::Kind::Http: return passedReason(ReasonCode::HttpStatus, o.status, o.responseTimeMs);
    case ServiceDefinition::Kind::Tcp: return passedReason(ReasonCode::Connected, 0, o.responseTimeMs);
    case ServiceDefinition::Kind::Postgres: return passedReason(ReasonCode::AcceptingConnections, 0, o.responseTimeMs);
    case ServiceDefinition::Kind::Command: return passedReason(ReasonCode::ExitCode, o.exitCode, o.responseTimeMs);
    }
    return {};
}

// What the probe saw with every secret the service sends replaced by ••••, before anything quotes
// it: a server that repeats the key in its error page must not show even the start of the key
// where a quote of the body is cut short.
Observation withSecretsMasked(const ServiceDefinition &s, const Observation &seen)
{
    Observation o = seen;
    if (s.secretValues.isEmpty())
        return o;
    for (QByteArray *bytes : {&o.body, &o.errorOutput}) {
        const QString text = QString::fromUtf8(*bytes);
        const QString masked = s.mask(text);
        if (masked != text)
            *bytes = masked.toUtf8();
    }
    return o;
}

CheckVerdict judgeSeen(const ServiceDefinition &s, const ProbeOutcome &outcome)
{
    CheckVerdict v;
    const Observation o = withSecretsMasked(s, outcome.observation);
    v.latencyMs = outcome.failure.isEmpty() ? o.responseTimeMs : -1;
    if (outcome.notSetUpHere) {
        // Nothing was asked of the service: it is not configured here, as when its variable is not
        // set here, and neither DOWN nor in the uptime.
        v.failed = false;
        v.state = ServiceState::Unknown;
        v.notSetUpHere = true;
        v.latencyMs = -1;
        v.reason = QCoreApplication::translate("ServiceCheck", "not configured here: %1").arg(s.mask(outcome.failure));
        return v;
    }
    if (!outcome.failure.isEmpty()) {
        v.reason = s.mask(outcome.failure);
        return v;
    }
    if (o.bodyTruncated) {
        // A health answer of more than 1 MiB is broken; we do not read on to judge it.
        v.reason = s.kind == ServiceDefinition::Kind::Command
            ? QCoreApplication::translate("ServiceCheck", "%1 wrote more than 1 MiB; output not read further")
                  .arg(s.mask(s.program))
            : QCoreApplication::translate("ServiceCheck", "HTTP %1 with a body larger than 1 MiB; not read further")
                  .arg(o.status);
        return v;
    }
    const Condition::Outcome must = evaluateAll(s.conditions, o);
    if (!must.passed) {
        // Whether a condition on the status code failed: asked of the conditions, not of the words.
        const bool statusFailed = std::any_of(s.conditions.begin(), s.conditions.end(), [&o](const Condition &c) {
            return c.placeholderName() == QLatin1String("[STATUS]") && !c.evaluate(o).passed;
        });
        if (s.kind == ServiceDefinition::Kind::Http && statusFailed) {
            if (o.status == 404)
                v.reason = QCoreApplication::translate(
                               "ServiceCheck", "HTTP 404 in %1 ms: nothing at %2 on this server (is the path right?)")
                               .arg(o.responseTimeMs)
                               .arg(s.mask(s.url.path()));
            else if (o.status == 401 || o.status == 403)
                v.reason =
                    QCoreApplication::translate("ServiceCheck", "HTTP %1 in %2 ms: the server refused the credentials")
                        .arg(o.status)
                        .arg(o.responseTimeMs);
            else
                v.reason = QCoreApplication::translate("ServiceCheck", "HTTP %1 in %2 ms: %3")
                               .arg(o.status)
                               .arg(o.responseTimeMs)
                               .arg(s.mask(bodySnippet(o.body)));
        } else {
            v.reason = s.mask(must.explanation);
            const QString stderrLine = bodySnippet(o.errorOutput.split('\n').constFirst());
            if (s.kind == ServiceDefinition::Kind::Command && !stderrLine.isEmpty())
                v.reason += QStringLiteral(": %1").arg(s.mask(stderrLine));
        }
        return v;
    }
    v.failed = false;
    const Condition::Outcome degraded = evaluateAll(s.degradedConditions, o);
    if (!degraded.passed) {
        v.state = ServiceState::Degraded;
        v.reason = QCoreApplication::translate("ServiceCheck", "degraded: %1").arg(s.mask(degraded.explanation));
        return v;
    }
    v.state = ServiceState::Up;
    v.reason = passedReasonOf(s, o);
    return v;
}

} // namespace

CheckVerdict judgeOutcome(const ServiceDefinition &s, const ProbeOutcome &outcome)
{
    CheckVerdict v = judgeSeen(s, outcome);
    // Whatever the verdict, it says where the credentials were not sent (and why the answer may be a 401).
    if (const QString withheld = HttpProbe::withheldNote(outcome.observation); !withheld.isEmpty())
        v.reason += QStringLiteral("; ") + s.mask(withheld);
    return v;
}

ServiceCheck::ServiceCheck(const ServiceDefinition &service, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), m_service(service), m_manager(manager)
{}

void ServiceCheck::start()
{
    delete m_probe;
    m_probe = nullptr;
    const ServiceDefinition &s = m_service;
    switch (s.kind) {
    case ServiceDefinition::Kind::Http: {
        auto *probe = new HttpProbe(m_manager, this);
        m_probe = probe;
        HttpProbe::Request r;
        r.method = s.method;
        r.url = s.url;
        r.headers = s.headers;
        r.body = s.body;
        r.verifyTls = s.verifyTls;
        r.maxRedirects = s.maxRedirects;
        r.timeoutMs = s.timeoutMs;
        connect(m_probe, &ProbeBase::finished, this, &ServiceCheck::deliver);
        probe->start(r);
        return;
    }
    case ServiceDefinition::Kind::Tcp: {
        auto *probe = new TcpProbe(this);
        m_probe = probe;
        connect(m_probe, &ProbeBase::finished, this, &ServiceCheck::deliver);
        probe->start(s.host, s.port, s.timeoutMs);
        return;
    }
    case ServiceDefinition::Kind::Postgres: {
        auto *probe = new PostgresProbe(this);
        m_probe = probe;
        connect(m_probe, &ProbeBase::finished, this, &ServiceCheck::deliver);
        probe->start(s.host, s.port, s.timeoutMs);
        return;
    }
    case ServiceDefinition::Kind::Command: {
        auto *probe = new CommandProbe(this);
        m_probe = probe;
        connect(m_probe, &ProbeBase::finished, this, &ServiceCheck::deliver);
        probe->start(s.program, s.arguments, s.timeoutMs);
        return;
    }
    }
}

void ServiceCheck::deliver(const ProbeOutcome &outcome)
{
    // The probe is done; free it once its signal has returned.
    if (m_probe) {
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    emit finished(judgeOutcome(m_service, outcome));
}
