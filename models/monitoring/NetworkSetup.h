#pragma once

#include <QObject>
#include <QVector>

class QNetworkAccessManager;
class QUrl;
struct ServiceDefinition;

// Settings every probe's QNetworkAccessManager shares: no cookies, no cache, HSTS off, and no
// proxy lookup per request when the environment names no proxy.
void prepareProbeNetwork(QNetworkAccessManager *manager);

// true when http_proxy, https_proxy or all_proxy (either case) is set.
bool proxyConfiguredInEnvironment();

// The managers the HTTP probes share. Each QNetworkAccessManager runs its HTTP on one thread of its
// own, which polls every connection it keeps alive each time it wakes: with a thousand services on
// one manager that poll costs more than the request. So hosts are spread over one manager per
// kHostsPerManager hosts (at most kMaxManagers); a host always goes to the same manager, so its
// connection is reused.
class ProbeNetwork final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kHostsPerManager = 100;
    static constexpr int kMaxManagers = 8;

    explicit ProbeNetwork(QObject *parent = nullptr);
    // Enough managers for this many distinct hosts (never fewer than before).
    void reserveForHosts(int hosts);
    QNetworkAccessManager *managerFor(const QUrl &url);
    int managerCount() const { return int(m_managers.size()); }

private:
    QVector<QNetworkAccessManager *> m_managers;
};

// How many different host:port pairs the HTTP services of a catalogue name.
int distinctHttpHosts(const QVector<ServiceDefinition> &services);
