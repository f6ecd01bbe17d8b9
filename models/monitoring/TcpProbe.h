#pragma once

#include "models/monitoring/ProbeBase.h"

class QTcpSocket;

// Connects to host:port and reports whether that worked and how long it took.
class TcpProbe final : public ProbeBase
{
    Q_OBJECT

public:
    explicit TcpProbe(QObject *parent = nullptr);
    void start(const QString &host, quint16 port, int timeoutMs);

private:
    void conclude(const QString &failure);
    void deadlinePassed() override;
    void releaseConnection() override;

    QTcpSocket *m_socket;
};

// A socket error in words a person understands.
QString describeSocketError(int socketError, const QString &host, const QString &detail);
