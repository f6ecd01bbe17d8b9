#pragma once

#include "models/monitoring/ProbeBase.h"
#include "models/monitoring/RedirectHop.h"

#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

// One HTTP request through QNetworkAccessManager, bounded in time and size: the whole exchange
// must finish within the timeout (a server that dribbles its body is cut off), and the body is
// read up to 1 MiB and no further. Redirects are followed here, not by Qt, so that the headers and
// user info go to their own origin only (RedirectHop); the observation names the first other origin.
class HttpProbe final : public ProbeBase
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBody = qint64{1024} * 1024;

    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool verifyTls = true;
        int maxRedirects = 5;
        int timeoutMs = 5000;
    };

    HttpProbe(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~HttpProbe() override;
    void start(const Request &request);

    // "redirected to http://host:port/path: credentials not sent to another origin", for a reason or
    // an error; empty when no redirect left the origin. The caller masks it like any other words.
    static QString withheldNote(const Observation &seen);

private:
    void send(const RedirectHop &hop);
    bool followRedirect(int status);
    void readBody();
    void onFinished();
    void conclude(const QString &failure);
    void deadlinePassed() override;
    void releaseConnection() override;
    QString describeError(QNetworkReply::NetworkError error) const;
    QString noAnswerInTime() const;

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    Request m_request;
    RedirectHop m_first; // as configured: its headers and user info are for its origin only
    RedirectHop m_hop;   // the request in flight
    int m_redirectsLeft = 0;
    Observation m_observation;
    QString m_tlsProblem;
    bool m_timedOut = false;
};
