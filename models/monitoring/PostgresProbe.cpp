#include "models/monitoring/PostgresProbe.h"

#include "models/monitoring/TcpProbe.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QtEndian>

namespace {

constexpr qint32 kProtocol30 = 196608;

void appendInt32(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

QByteArray terminateMessage()
{
    QByteArray m("X");
    appendInt32(m, 4);
    return m;
}

} // namespace

QByteArray PostgresProbe::startupMessage(const QByteArray &user, const QByteArray &database)
{
    QByteArray body;
    appendInt32(body, kProtocol30);
    body += "user";
    body += '\0';
    body += user;
    body += '\0';
    body += "database";
    body += '\0';
    body += database;
    body += '\0';
    body += "application_name";
    body += '\0';
    body += "golive-readiness";
    body += '\0';
    body += '\0';
    QByteArray message;
    appendInt32(message, qint32(body.size() + 4));
    return message + body;
}

bool PostgresProbe::interpretReply(const QByteArray &reply, Readiness *readiness, QString *detail)
{
    if (reply.isEmpty())
        return false;
    const char type = reply.at(0);
    if (type == 'R') { // an authentication request: the server takes connections
        *readiness = Readiness::Accepting;
        *detail = QCoreApplication::translate("PostgresProbe", "accepting connections");
        return true;
    }
    if (type != 'E') {
        *readiness = Readiness::NoResponse;
        *detail = QCoreApplication::translate("PostgresProbe", "no response: not a PostgreSQL server (first byte 0x%1)")
                      .arg(quint8(type), 2, 16, QLatin1Char('0'));
        return true;
    }
    if (reply.size() < 5)
        return false;
    const qint32 length = qFromBigEndian<qint32>(reply.constData() + 1);
    if (length < 4 || length > 64 * 1024) {
        *readiness = Readiness::NoResponse;
        *detail = QCoreApplication::translate("PostgresProbe", "no response: a malformed error message");
        return true;
    }
    if (reply.size() < 1 + length)
        return false; // wait for the rest
    QString sqlState;
    QString message;
    int pos = 5;
    while (pos < 1 + length && reply.at(pos) != '\0') {
        const char code = reply.at(pos++);
        const int end = reply.indexOf('\0', pos);
        if (end < 0)
            break;
        const QString value = QString::fromUtf8(reply.mid(pos, end - pos));
        if (code == 'C')
            sqlState = value;
        else if (code == 'M')
            message = value;
        pos = end + 1;
    }
    if (sqlState == QLatin1String("57P03")) {
        *readiness = Readiness::Rejecting;
        QString why = QCoreApplication::translate("PostgresProbe", "starting up");
        if (message.contains(QLatin1String("shutting down")))
            why = QCoreApplication::translate("PostgresProbe", "shutting down");
        else if (message.contains(QLatin1String("recovery")))
            why = QCoreApplication::translate("PostgresProbe", "in recovery");
        *detail = QCoreApplication::translate("PostgresProbe", "rejecting connections (%1)").arg(why);
        return true;
    }
    // A wrong password, an unknown database or too many clients all prove a live server.
    *readiness = Readiness::Accepting;
    *detail = sqlState.isEmpty()
        ? QCoreApplication::translate("PostgresProbe", "accepting connections")
        : QCoreApplication::translate("PostgresProbe", "accepting connections (server said %1: %2)")
              .arg(sqlState, message);
    return true;
}

PostgresProbe::PostgresProbe(QObject *parent) : ProbeBase(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(startupMessage("golive", "postgres")); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_reply += m_socket->read(qint64{64} * 1024 - m_reply.size());
        Readiness readiness = Readiness::NoResponse;
        QString detail;
        if (interpretReply(m_reply, &readiness, &detail)) {
            if (m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->write(terminateMessage());
            conclude(readiness, readiness == Readiness::Accepting ? QString() : detail);
        } else if (m_reply.size() >= qint64{64} * 1024) {
            conclude(Readiness::NoResponse,
                     QCoreApplication::translate("PostgresProbe", "no response: an endless reply"));
        }
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        const QString what = error == QAbstractSocket::RemoteHostClosedError
            ? QCoreApplication::translate("PostgresProbe",
                                          "no response: the server closed the connection without answering")
            : QCoreApplication::translate("PostgresProbe", "no response: %1")
                  .arg(describeSocketError(error, m_socket->peerName(), m_socket->errorString()));
        conclude(Readiness::NoResponse, what);
    });
}

void PostgresProbe::start(const QString &host, quint16 port, int timeoutMs)
{
    startClock(timeoutMs);
    m_socket->connectToHost(host, port);
}

void PostgresProbe::deadlinePassed()
{
    conclude(Readiness::NoResponse,
             QCoreApplication::translate("PostgresProbe", "no response within %1 s").arg(timeoutMs() / 1000.0));
}

void PostgresProbe::conclude(Readiness readiness, const QString &failure)
{
    ProbeOutcome outcome;
    outcome.failure = failure;
    outcome.observation.connected = readiness != Readiness::NoResponse;
    finish(outcome);
}

void PostgresProbe::releaseConnection()
{
    m_socket->flush();
    m_socket->disconnectFromHost();
}
