#pragma once

#include "models/monitoring/ProbeBase.h"

class QTcpSocket;

// PostgreSQL readiness with pg_isready's semantics, spoken on a socket so no credentials are
// needed: send a StartupMessage and read the first reply. An authentication request or any
// error other than 57P03 means the server accepts connections; 57P03 means it is starting up,
// shutting down or recovering (rejecting); a refused, silent or garbled peer is no response.
class PostgresProbe final : public ProbeBase
{
    Q_OBJECT

public:
    enum class Readiness {
        Accepting,
        Rejecting,
        NoResponse
    };

    explicit PostgresProbe(QObject *parent = nullptr);
    void start(const QString &host, quint16 port, int timeoutMs);

    // The StartupMessage for protocol 3.0 (public for tests of the wire format).
    static QByteArray startupMessage(const QByteArray &user, const QByteArray &database);
    // Reads a server reply; Rejecting/Accepting when it is decided, with the server's words.
    static bool interpretReply(const QByteArray &reply, Readiness *readiness, QString *detail);

private:
    void conclude(Readiness readiness, const QString &failure);
    void deadlinePassed() override;
    void releaseConnection() override;

    QTcpSocket *m_socket;
    QByteArray m_reply;
};
