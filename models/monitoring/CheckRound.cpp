#include "models/monitoring/CheckRound.h"

#include "models/monitoring/ServiceCheck.h"
#include <QCoreApplication>

namespace {

QPair<QString, int> hostOf(const QUrl &url)
{
    return {url.host(), url.port(url.scheme() == QLatin1String("https") ? 443 : 80)};
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A plain-HTTP host that only one service of the round asks does not keep its connection: nothing
// would reuse it, and until the end every idle connection is polled each time Qt's network
// thread wakes, then closed one by one at exit (with 1,000 hosts, a fifth of the round's CPU).
void closeSingleUseConnections(QVector<ServiceDefinition> *services)
{
    QHash<QPair<QString, int>, int> uses;
    for (const ServiceDefinition &s : std::as_const(*services)) {
        if (s.kind == ServiceDefinition::Kind::Http && s.isConfigured())
            ++uses[hostOf(s.url)];
    }
    for (ServiceDefinition &s : *services) {
        if (s.kind == ServiceDefinition::Kind::Http && s.isConfigured() && s.url.scheme() == QLatin1String("http")
            && uses.value(hostOf(s.url)) == 1 && !hasHeader(s.headers, "connection"))
            s.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    }
}

} // namespace

CheckRound::CheckRound(QObject *parent) : QObject(parent), m_network(this), m_slowTimer(this)
{
    m_slowTimer.setInterval(kSlowMs / 4);
    connect(&m_slowTimer, &QTimer::timeout, this, &CheckRound::releaseSlow);
}

CheckRound::~CheckRound()
{
    // Before m_network goes: a running probe aborts its reply on the way out.
    for (ServiceCheck *check : std::as_const(m_running))
        delete check;
}

void CheckRound::start(const QVector<ServiceDefinition> &services)
{
    m_services = services;
    closeSingleUseConnections(&m_services);
    m_results = QVector<ProbeResult>(services.size());
    m_attempts = QVector<int>(services.size(), 0);
    m_running = QVector<ServiceCheck *>(services.size(), nullptr);
    m_holdsPlace = QVector<bool>(services.size(), false);
    m_waiting.clear();
    m_started.clear();
    m_inFlight = 0;
    m_pending = 0;
    m_clock.start();
    m_network.reserveForHosts(distinctHttpHosts(services));
    for (int i = 0; i < services.size(); ++i) {
        m_results[i].service = services.at(i).name;
        if (!services.at(i).isConfigured()) {
            m_results[i].time = QDateTime::currentDateTimeUtc();
            m_results[i].state = ServiceState::Unknown;
            m_results[i].reason = services.at(i).configError;
            continue;
        }
        ++m_pending;
        m_waiting.push_back(i);
    }
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &CheckRound::finished);
        return;
    }
    startMore();
}

void CheckRound::refillSoon()
{
    if (m_refillQueued || m_waiting.empty())
        return;
    m_refillQueued = true;
    QMetaObject::invokeMethod(this, &CheckRound::startMore, Qt::QueuedConnection);
}

void CheckRound::startMore()
{
    m_refillQueued = false;
    while (m_inFlight < m_maxInFlight && !m_waiting.empty()) {
        const int index = m_waiting.front();
        m_waiting.pop_front();
        attempt(index);
    }
    if (m_waiting.empty())
        m_slowTimer.stop();
    else if (!m_slowTimer.isActive())
        m_slowTimer.start();
}

void CheckRound::attempt(int index)
{
    auto *check = new ServiceCheck(m_services.at(index), m_network.managerFor(m_services.at(index).url), this);
    m_running[index] = check;
    if (!m_holdsPlace[index]) {
        m_holdsPlace[index] = true;
        ++m_inFlight;
    }
    m_started.push_back({m_clock.elapsed(), index, m_attempts[index]});
    connect(check, &ServiceCheck::finished, this, [this, index](const CheckVerdict &v) { onVerdict(index, v); });
    check->start();
}

void CheckRound::onVerdict(int index, const CheckVerdict &verdict)
{
    m_running[index]->deleteLater();
    m_running[index] = nullptr;
    const ServiceDefinition &s = m_services.at(index);
    ++m_attempts[index];
    if (verdict.failed && m_attempts[index] <= s.retries) {
        attempt(index); // at once, in the place it holds (if it still holds one)
        return;
    }
    if (m_holdsPlace[index]) {
        m_holdsPlace[index] = false;
        --m_inFlight;
    }
    ProbeResult &r = m_results[index];
    r.time = QDateTime::currentDateTimeUtc();
    r.state = verdict.failed ? ServiceState::Down : verdict.state;
    r.latencyMs = verdict.latencyMs;
    r.reason = s.mask(verdict.reason); // belt and braces: every reason is shown or printed
    if (const int attempts = m_attempts[index]; verdict.failed && attempts > 1)
        r.reason += QCoreApplication::translate("CheckRound", " (%n attempts)", nullptr, attempts); // n >= 2 here
    if (--m_pending == 0) {
        m_slowTimer.stop();
        emit finished();
        return;
    }
    refillSoon();
}

// Attempts running for kSlowMs or longer give their place to the services still waiting.
void CheckRound::releaseSlow()
{
    const qint64 now = m_clock.elapsed();
    while (!m_started.empty()) {
        const Started &oldest = m_started.front();
        const bool current = m_running[oldest.index] && m_attempts[oldest.index] == oldest.attempt;
        if (current && now - oldest.atMs < kSlowMs)
            break;
        if (current && m_holdsPlace[oldest.index]) {
            m_holdsPlace[oldest.index] = false;
            --m_inFlight;
        }
        m_started.pop_front();
    }
    startMore();
}
