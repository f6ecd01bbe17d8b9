#pragma once

#include <QObject>
#include <QVector>

class QNetworkAccessManager;
class QUrl;
struct ServiceDefinition;

// Settings every probe's QNetworkAccessManager shares: no cookies, no cache, HSTS off, no proxy
// lookup per request (an environment proxy is looked up once per host), buffered sockets.
void prepareProbeNetwork(QNetworkAccessManager *manager);

// true when http_proxy, https_proxy or all_proxy (either case) is set.
bool proxyConfiguredInEnvironment();

// The managers the HTTP probes share. Each QNetworkAccessManager does all its HTTP on one thread of
// its own: with a thousand hosts on one manager, every request queues behind the others on that
// thread (while the other cores idle), and the thread polls every connection it keeps alive each
// time it wakes. So hosts are spread over one manager per kHostsPerManager hosts (at most
// kMaxManagers); a host always goes to the same manager, so its connection is reused.
class ProbeNetwork final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kHostsPerManager = 250;
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
