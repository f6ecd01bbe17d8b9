#include "models/monitoring/NetworkSetup.h"

#include "models/monitoring/ServiceCatalogue.h"

#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QSet>
#include <QUrl>

namespace {
// A jar that keeps nothing: a probe must not carry a session from one check to the next.
class NoCookies final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

bool isLoopback(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

// Straight to the host, said as "the application's default" rather than "no proxy". For a
// connection it knows to be direct, Qt 6 reads the status line and headers from an unbuffered
// socket, one byte per system call (80 calls for a small answer); with the default, the socket is
// buffered and looks up the application's proxy itself, once per connection, and finds none
// (golive never sets one). 1,000 hosts: a fifth less CPU.
QNetworkProxy direct()
{
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

// No proxy in the environment: every request goes direct, without a proxy query of its own.
class DirectOnly final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override { return {direct()}; }
};

// With a proxy in the environment: Qt's system proxy lookup (http_proxy, https_proxy, no_proxy, ...),
// asked once per scheme, host and port instead of once per request. This machine's own loopback
// is always reached directly.
class EnvironmentProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (isLoopback(host))
            return {direct()};
        const QString key =
            query.protocolTag() + QLatin1Char(' ') + host + QLatin1Char(' ') + QString::number(query.peerPort());
        QMutexLocker lock(&m_mutex);
        const auto known = m_known.constFind(key);
        if (known != m_known.cend())
            return *known;
        lock.unlock();
        QList<QNetworkProxy> proxies = systemProxyForQuery(query);
        for (QNetworkProxy &proxy : proxies) {
            if (proxy.type() == QNetworkProxy::NoProxy)
                proxy = direct();
        }
        lock.relock();
        m_known.insert(key, proxies);
        return proxies;
    }

private:
    QMutex m_mutex;
    QHash<QString, QList<QNetworkProxy>> m_known;
};
} // namespace

bool proxyConfiguredInEnvironment()
{
    static const char *const names[] = {"http_proxy", "https_proxy", "all_proxy",
                                        "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"};
    for (const char *name : names) {
        if (!qEnvironmentVariableIsEmpty(name))
            return true;
    }
    return false;
}

void prepareProbeNetwork(QNetworkAccessManager *manager)
{
    manager->setCookieJar(new NoCookies(manager));
    manager->setStrictTransportSecurityEnabled(false);
    manager->setAutoDeleteReplies(false);
    // Without a proxy in the environment, go direct: no proxy query for each request. A proxy
    // the user set (http_proxy, https_proxy, all_proxy with no_proxy) is honoured, looked up once
    // per host.
    if (proxyConfiguredInEnvironment())
        manager->setProxyFactory(new EnvironmentProxyFactory);
    else
        manager->setProxyFactory(new DirectOnly);
}

ProbeNetwork::ProbeNetwork(QObject *parent) : QObject(parent)
{
    reserveForHosts(1);
}

void ProbeNetwork::reserveForHosts(int hosts)
{
    const int wanted = qBound(1, (hosts + kHostsPerManager - 1) / kHostsPerManager, kMaxManagers);
    while (m_managers.size() < wanted) {
        auto *manager = new QNetworkAccessManager(this);
        prepareProbeNetwork(manager);
        m_managers.append(manager);
    }
}

QNetworkAccessManager *ProbeNetwork::managerFor(const QUrl &url)
{
    if (m_managers.size() == 1)
        return m_managers.constFirst();
    const size_t h = qHash(url.host(), size_t(url.port()));
    return m_managers.at(int(h % size_t(m_managers.size())));
}

int distinctHttpHosts(const QVector<ServiceDefinition> &services)
{
    QSet<QPair<QString, int>> hosts;
    for (const ServiceDefinition &s : services) {
        if (s.kind == ServiceDefinition::Kind::Http && s.isConfigured())
            hosts.insert({s.url.host(), s.url.port(s.url.scheme() == QLatin1String("https") ? 443 : 80)});
    }
    return int(hosts.size());
}
