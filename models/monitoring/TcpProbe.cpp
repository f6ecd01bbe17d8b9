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

TcpProbe::TcpProbe(QObject *parent) : ProbeBase(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] { conclude(QString()); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        conclude(describeSocketError(error, m_socket->peerName(), m_socket->errorString()));
    });
}

void TcpProbe::start(const QString &host, quint16 port, int timeoutMs)
{
    startClock(timeoutMs);
    m_socket->connectToHost(host, port);
}

void TcpProbe::deadlinePassed()
{
    conclude(QCoreApplication::translate("TcpProbe", "no answer within %1 s").arg(timeoutMs() / 1000.0));
}

void TcpProbe::conclude(const QString &failure)
{
    ProbeOutcome outcome;
    outcome.failure = failure;
    outcome.observation.connected = failure.isEmpty();
    finish(outcome);
}

void TcpProbe::releaseConnection()
{
    m_socket->abort();
}
