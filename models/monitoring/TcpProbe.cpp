#include "models/monitoring/TcpProbe.h"

#include <QCoreApplication>
#include <QTcpSocket>

QString describeSocketError(int socketError, const QString &host, const QString &detail)
{
    switch (QAbstractSocket::SocketError(socketError)) {
    case QAbstractSocket::ConnectionRefusedError: return QCoreApplication::translate("TcpProbe", "connection refused");
    case QAbstractSocket::HostNotFoundError:
        return QCoreApplication::translate("TcpProbe", "host not found: %1").arg(host);
    case QAbstractSocket::RemoteHostClosedError:
        return QCoreApplication::translate("TcpProbe", "connection closed by the server");
    case QAbstractSocket::NetworkError:
        return QCoreApplication::translate("TcpProbe", "network unreachable (%1)").arg(detail);
    case QAbstractSocket::SocketTimeoutError: return QCoreApplication::translate("TcpProbe", "connection timed out");
    default: return detail;
    }
}

TcpProbe::TcpProbe(QObject *parent) : QObject(parent), m_socket(new QTcpSocket(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(QCoreApplication::translate("TcpProbe", "no answer within %1 s").arg(m_timeoutMs / 1000.0));
    });
    connect(m_socket, &QTcpSocket::connected, this, [this] { finish(QString()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        finish(describeSocketError(error, m_socket->peerName(), m_socket->errorString()));
    });
}

void TcpProbe::start(const QString &host, quint16 port, int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_clock.start();
    m_deadline.start(timeoutMs);
    m_socket->connectToHost(host, port);
}

void TcpProbe::finish(const QString &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    ProbeOutcome outcome;
    outcome.failure = failure;
    outcome.observation.connected = failure.isEmpty();
    outcome.observation.responseTimeMs = int(m_clock.elapsed());
    m_socket->abort();
    emit finished(outcome);
}
