#include "NetworkSetup.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxyFactory>

namespace {
// A jar that keeps nothing: a probe must not carry a session from one check to the next.
class NoCookies final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};
} // namespace

void prepareProbeNetwork(QNetworkAccessManager *manager)
{
    manager->setCookieJar(new NoCookies(manager));
    manager->setStrictTransportSecurityEnabled(false);
    manager->setAutoDeleteReplies(false);
}
