#include "models/monitoring/HttpProbe.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>

HttpProbe::HttpProbe(QNetworkAccessManager *manager, QObject *parent) : ProbeBase(parent), m_manager(manager) {}

HttpProbe::~HttpProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpProbe::start(const Request &request)
{
    m_request = request;
    m_first.method = request.method;
    m_first.url = request.url;
    m_first.body = request.body;
    m_first.headers = request.headers;
    m_redirectsLeft = request.maxRedirects;
    startClock(request.timeoutMs);
    send(m_first);
}

void HttpProbe::send(const RedirectHop &hop)
{
    m_hop = hop;
    QNetworkRequest r(hop.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setRawHeader("User-Agent", "golive-probe");
    for (const auto &header : hop.headers)
        r.setRawHeader(header.first, header.second);
    m_reply = hop.body.isEmpty() && hop.method == "GET" ? m_manager->get(r)
                                                        : m_manager->sendCustomRequest(r, hop.method, hop.body);
    // Keep Qt from buffering more than we will ever look at.
    m_reply->setReadBufferSize(kMaxBody + 1);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpProbe::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &HttpProbe::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_request.verifyTls) {
            m_reply->ignoreSslErrors();
            return;
        }
        const QSslError &first = errors.constFirst();
        switch (first.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            m_tlsProblem = QCoreApplication::translate("HttpProbe", "certificate not trusted: self-signed");
            break;
        case QSslError::CertificateExpired:
            m_tlsProblem = QCoreApplication::translate("HttpProbe", "certificate expired");
            break;
        case QSslError::HostNameMismatch:
            m_tlsProblem = QCoreApplication::translate("HttpProbe", "certificate is for another host name");
            break;
        default:
            m_tlsProblem =
                QCoreApplication::translate("HttpProbe", "certificate not trusted: %1").arg(first.errorString());
        }
    });
}

void HttpProbe::readBody()
{
    if (!m_reply || isDone())
        return;
    // Only what has arrived: read(room) would set aside a buffer of the whole cap (1 MiB) on
    // every call, for bodies that are mostly a few bytes.
    const qint64 room = kMaxBody - m_observation.body.size();
    const qint64 arrived = m_reply->bytesAvailable();
    if (room > 0 && arrived > 0)
        m_observation.body += m_reply->read(qMin(room, arrived));
    if (m_observation.body.size() >= kMaxBody && m_reply->bytesAvailable() > 0) {
        // More than 1 MiB: stop reading, judge what we have.
        m_observation.bodyTruncated = true;
        m_reply->disconnect(this);
        m_reply->abort();
        onFinished();
    }
}

// A redirect of the answer in hand: the next request sent (true), or the probe concluded for a
// redirect it does not follow (true), or no redirect at all (false).
bool HttpProbe::followRedirect(int status)
{
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (!RedirectHop::isRedirect(status) || location.isEmpty())
        return false;
    const RedirectHop next = m_hop.next(m_first, status, location);
    if (m_redirectsLeft <= 0) {
        conclude(describeError(QNetworkReply::TooManyRedirectsError));
        return true;
    }
    if (m_hop.url.scheme() == QLatin1String("https") && next.url.scheme() == QLatin1String("http")) {
        conclude(describeError(QNetworkReply::InsecureRedirectError));
        return true;
    }
    if (next.url.scheme() != QLatin1String("http") && next.url.scheme() != QLatin1String("https")) {
        conclude(QCoreApplication::translate("HttpProbe", "redirected to %1, which is not an http or https address")
                     .arg(next.url.toString(QUrl::RemoveUserInfo)));
        return true;
    }
    --m_redirectsLeft;
    if (next.withholdsCredentialsOf(m_first) && m_observation.credentialsWithheldAt.isEmpty())
        m_observation.credentialsWithheldAt = next.url;
    m_observation.body.clear(); // the redirect's own page is not the answer
    releaseConnection();
    send(next);
    return true;
}

QString HttpProbe::withheldNote(const Observation &seen)
{
    if (seen.credentialsWithheldAt.isEmpty())
        return {};
    return QCoreApplication::translate("HttpProbe", "redirected to %1: credentials not sent to another origin")
        .arg(seen.credentialsWithheldAt.toString(QUrl::RemoveUserInfo));
}

void HttpProbe::onFinished()
{
    if (isDone() || !m_reply)
        return;
    m_observation.responseTimeMs = elapsedMs();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_observation.bodyTruncated && !m_timedOut && status.isValid() && followRedirect(status.toInt()))
        return;
    if (!m_observation.bodyTruncated && m_reply->isOpen()) // an aborted reply is closed
        readBody();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_observation.bodyTruncated) {
        m_observation.connected = true;
        m_observation.status = status.isValid() ? status.toInt() : -1;
        conclude(QString());
        return;
    }
    if (m_timedOut) {
        conclude(status.isValid()
                     ? QCoreApplication::translate("HttpProbe", "HTTP %1 but the body did not arrive within %2 s")
                           .arg(status.toInt())
                           .arg(m_request.timeoutMs / 1000.0)
                     : noAnswerInTime());
        return;
    }
    // Qt reports 4xx/5xx as errors too; the status code is what conditions judge.
    if (status.isValid()
        && (error == QNetworkReply::NoError
            || (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownServerError))) {
        m_observation.connected = true;
        m_observation.status = status.toInt();
        conclude(QString());
        return;
    }
    conclude(describeError(error));
}

QString HttpProbe::describeError(QNetworkReply::NetworkError error) const
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError: return QCoreApplication::translate("HttpProbe", "connection refused");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("HttpProbe", "host not found: %1").arg(m_request.url.host());
    case QNetworkReply::TimeoutError: return noAnswerInTime();
    case QNetworkReply::RemoteHostClosedError:
        return m_observation.body.isEmpty()
            ? QCoreApplication::translate("HttpProbe", "connection closed by the server before it answered")
            : QCoreApplication::translate("HttpProbe", "connection closed by the server in mid-body");
    case QNetworkReply::TooManyRedirectsError:
        return QCoreApplication::translate("HttpProbe", "more than %n redirect(s) (a redirect loop?)", nullptr,
                                           m_request.maxRedirects);
    case QNetworkReply::InsecureRedirectError:
        return QCoreApplication::translate("HttpProbe", "redirected from https to plain http");
    case QNetworkReply::SslHandshakeFailedError:
        return m_tlsProblem.isEmpty()
            ? QCoreApplication::translate("HttpProbe", "TLS handshake failed: %1").arg(m_reply->errorString())
            : m_tlsProblem;
    case QNetworkReply::ProtocolFailure:
        return QCoreApplication::translate("HttpProbe", "not a valid HTTP answer (%1)").arg(m_reply->errorString());
    default:
        if (!m_tlsProblem.isEmpty())
            return m_tlsProblem;
        if (m_reply->errorString().contains(QLatin1String("reset"), Qt::CaseInsensitive))
            return m_observation.body.isEmpty()
                ? QCoreApplication::translate("HttpProbe", "connection reset by the server")
                : QCoreApplication::translate("HttpProbe", "connection reset in mid-body");
        return m_reply->errorString();
    }
}

void HttpProbe::deadlinePassed()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows with OperationCanceledError
    else
        conclude(noAnswerInTime());
}

QString HttpProbe::noAnswerInTime() const
{
    return QCoreApplication::translate("HttpProbe", "no answer within %1 s").arg(m_request.timeoutMs / 1000.0);
}

void HttpProbe::conclude(const QString &failure)
{
    ProbeOutcome outcome;
    outcome.observation = m_observation;
    outcome.failure = failure;
    outcome.timedOut = m_timedOut && !failure.isEmpty();
    finish(outcome);
}

void HttpProbe::releaseConnection()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}
