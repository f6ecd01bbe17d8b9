#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

// One HTTP request of a chain of redirects, which HttpProbe follows itself: Qt would repeat every
// raw header to wherever the server points. The configured headers (X-N8N-API-KEY, Authorization,
// Cookie, any other) and the URL's user info go only to the origin (scheme, host and port) they
// were written for, as curl does; another origin gets the request without them.
struct RedirectHop
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static bool isRedirect(int status); // 301, 302, 303, 307, 308
    static bool sameOrigin(const QUrl &a, const QUrl &b);

    // The request for `location` (relative to this hop's URL) after `status`. first is the request
    // as configured. 303, and 301/302 after a POST, become a GET without a body, as browsers and Qt
    // do; 307 and 308 keep method and body.
    RedirectHop next(const RedirectHop &first, int status, const QUrl &location) const;
    // Whether next() left out the credentials: the hop is on another origin than first.
    bool withholdsCredentialsOf(const RedirectHop &first) const { return !sameOrigin(url, first.url); }
};
