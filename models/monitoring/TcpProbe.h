#pragma once

#include "models/monitoring/ProbeOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

// Connects to host:port and reports whether that worked and how long it took.
class TcpProbe final : public QObject
{
    Q_OBJECT

public:
    explicit TcpProbe(QObject *parent = nullptr);
    void start(const QString &host, quint16 port, int timeoutMs);

signals:
    void finished(const ProbeOutcome &outcome);

private:
    void finish(const QString &failure);

    QTcpSocket *m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_timeoutMs = 0;
    bool m_done = false;
};

// A socket error in words a person understands.
QString describeSocketError(int socketError, const QString &host, const QString &detail);
