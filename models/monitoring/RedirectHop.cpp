#include "models/monitoring/RedirectHop.h"

#include <algorithm>
#include <iterator>

bool RedirectHop::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool RedirectHop::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) { return u.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

RedirectHop RedirectHop::next(const RedirectHop &first, int status, const QUrl &location) const
{
    RedirectHop hop;
    hop.url = url.resolved(location);
    hop.method = method;
    hop.body = body;
    if ((status == 303 && method != "HEAD") || ((status == 301 || status == 302) && method == "POST")) {
        hop.method = "GET";
        hop.body.clear();
    }
    const auto isContentType = [](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    };
    if (sameOrigin(hop.url, first.url)) {
        if (hop.url.userInfo().isEmpty())
            hop.url.setUserInfo(first.url.userInfo());
        hop.headers = first.headers;
    } else {
        // No configured header goes along (any may carry a secret), only the type of a body that does.
        hop.url.setUserInfo(QString());
        std::copy_if(first.headers.begin(), first.headers.end(), std::back_inserter(hop.headers), isContentType);
    }
    if (hop.body.isEmpty())
        hop.headers.erase(std::remove_if(hop.headers.begin(), hop.headers.end(), isContentType), hop.headers.end());
    return hop;
}
