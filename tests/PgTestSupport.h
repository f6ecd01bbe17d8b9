#pragma once
// A real PostgreSQL for the team-record tests: a fresh database per test on the server that
// scripts/test.sh starts (GOLIVE_TEST_PG_PORT), a cluster of a test's own to stop and restart
// (scripts/lib/pg-cluster.sh), and a TCP relay that cuts one desk off the server while the others
// stay connected.

#include "TestPaths.h"
#include "tests/TestSupport.h"

#include <QAtomicInt>
#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <memory>
#include <optional>
#include <utility>

namespace PgTestSupport {

inline QString serverPort()
{
    return qEnvironmentVariable("GOLIVE_TEST_PG_PORT");
}

// Runs SQL as the server's superuser on one database of the server at port; "" on success,
// else the error.
inline QString superuserExec(const QString &port, const QString &database, const QStringList &statements)
{
    const QString name = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port.toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s)) {
                    error = s + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A database of its own on the test server, dropped afterwards.
class Database
{
public:
    explicit Database(QString port = serverPort())
        : m_port(std::move(port)),
          m_name(QStringLiteral("golive_") + QUuid::createUuid().toString(QUuid::Id128).left(12))
    {
        m_error = superuserExec(m_port, QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE ") + m_name});
    }
    ~Database()
    {
        superuserExec(m_port, QStringLiteral("postgres"),
                      {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
    }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const QString &name() const { return m_name; }
    QString url(const QString &user = QStringLiteral("postgres"), const QString &port = QString()) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=prefer")
            .arg(user, port.isEmpty() ? m_port : port, m_name);
    }
    QString exec(const QStringList &statements) const { return superuserExec(m_port, m_name, statements); }

private:
    QString m_port;
    QString m_name;
    QString m_error;
};

// A cluster of the test's own (initdb'd once), to stop and start while desks work on it.
class Cluster
{
public:
    // options: --password-auth, --tls (see scripts/lib/pg-cluster.sh)
    explicit Cluster(const QStringList &options = {})
    {
        m_port = QString::number(freePort());
        m_ok = run(QStringList{QStringLiteral("init"), m_dir.path()} + options) && start();
    }
    ~Cluster() { run({QStringLiteral("remove"), m_dir.path()}); }
    Cluster(const Cluster &) = delete;
    Cluster &operator=(const Cluster &) = delete;

    bool ok() const { return m_ok; }
    const QString &port() const { return m_port; }
    const QString &log() const { return m_log; }
    // The certificate a client trusts for a --tls cluster.
    QString rootCertificate() const { return m_dir.path() + QStringLiteral("/root.crt"); }
    bool start() { return run({QStringLiteral("start"), m_dir.path(), m_port}); }
    bool stop() { return run({QStringLiteral("stop"), m_dir.path()}); }

    static bool available()
    {
        return !QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
    }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }
    bool run(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(GOLIVE_SOURCE_DIR "/scripts/lib/pg-cluster.sh"), args);
        const bool done = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        m_log = QString::fromLocal8Bit(p.readAll());
        return done;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/golive-cluster-XXXXXX")};
    QString m_port;
    QString m_log;
    bool m_ok = false;
};

// Forwards 127.0.0.1:port() to the server, on a thread of its own (a desk's connection may block
// the test's thread); cut() drops every connection and refuses new ones (the desk's network is
// gone), restore() lets them through again. dropAtNextCommit() drops only the connection that
// carries the next append's COMMIT (new connections still go through): before the COMMIT reaches
// the server, after it did but before its answer reaches the desk (which cannot know whether it
// committed), or right after the answer; thenRefuse also refuses new connections from then on,
// until restore().
class Relay
{
public:
    explicit Relay(quint16 serverPort)
    {
        m_thread.start();
        m_core = new Core(serverPort);
        m_core->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_core, [this] { m_core->listen(0); }, Qt::BlockingQueuedConnection);
        m_port = m_core->port;
    }
    ~Relay()
    {
        QMetaObject::invokeMethod(
            m_core, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Relay(const Relay &) = delete;
    Relay &operator=(const Relay &) = delete;

    QString port() const { return QString::number(m_port); }
    void cut()
    {
        QMetaObject::invokeMethod(
            m_core, [this] { m_core->cut(); }, Qt::BlockingQueuedConnection);
    }
    bool restore()
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_core, [this, &ok] { ok = m_core->listen(m_port); }, Qt::BlockingQueuedConnection);
        return ok;
    }
    enum class Drop {
        BeforeCommit,
        BeforeAnswer,
        AfterAnswer
    };
    void dropAtNextCommit(Drop when, bool thenRefuse = false)
    {
        QMetaObject::invokeMethod(
            m_core,
            [this, when, thenRefuse] {
                m_core->dropAt = when;
                m_core->refuseAfterDrop = thenRefuse;
            },
            Qt::BlockingQueuedConnection);
    }
    // How many connections were dropped at a COMMIT.
    int commitsDropped() const { return m_core->commitsDropped.loadRelaxed(); }

private:
    struct Core : QObject
    {
        explicit Core(quint16 server) : serverPort(server) {}
        bool listen(quint16 at)
        {
            if (!listener) {
                listener = new QTcpServer(this);
                QObject::connect(listener, &QTcpServer::newConnection, this, [this] { accept(); });
            }
            const bool ok = listener->listen(QHostAddress::LocalHost, at);
            port = listener->serverPort();
            return ok;
        }
        void accept()
        {
            while (QTcpSocket *client = listener->nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                server->connectToHost(QHostAddress::LocalHost, serverPort);
                // The COMMIT of an append (the first after it took the append lock) may be the last
                // thing this connection carries.
                auto locked = std::make_shared<bool>(false);
                auto closeAfterAnswer = std::make_shared<bool>(false);
                QObject::connect(client, &QTcpSocket::readyRead, server,
                                 [this, client, server, locked, closeAfterAnswer] {
                                     const QByteArray bytes = client->readAll();
                                     *locked = *locked || (dropAt && bytes.contains("pg_advisory_xact_lock"));
                                     const bool commit = *locked && dropAt && bytes.contains("COMMIT");
                                     if (!commit || *dropAt != Drop::BeforeCommit)
                                         server->write(bytes);
                                     if (!commit)
                                         return;
                                     const Drop when = *std::exchange(dropAt, std::nullopt);
                                     commitsDropped.ref();
                                     if (std::exchange(refuseAfterDrop, false))
                                         listener->close();
                                     if (when == Drop::AfterAnswer) {
                                         *closeAfterAnswer = true;
                                         return;
                                     }
                                     server->setParent(this); // outlives the client to deliver the COMMIT
                                     QObject::connect(server, &QTcpSocket::disconnected, server, &QObject::deleteLater);
                                     server->flush();
                                     server->disconnectFromHost();
                                     client->abort(); // no answer reaches the desk
                                 });
                QObject::connect(server, &QTcpSocket::readyRead, client, [client, server, closeAfterAnswer] {
                    const QByteArray bytes = server->readAll();
                    client->write(bytes);
                    // ReadyForQuery: the COMMIT's answer is complete.
                    if (*closeAfterAnswer && bytes.contains(QByteArray("Z\0\0\0\x05", 5))) {
                        server->abort();
                        client->disconnectFromHost(); // after the answer is written
                    }
                });
                QObject::connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                clients.append(client);
            }
        }
        void cut()
        {
            listener->close();
            for (const QPointer<QTcpSocket> &c : std::as_const(clients)) {
                if (c)
                    c->abort();
            }
            clients.clear();
        }
        QTcpServer *listener = nullptr;
        std::optional<Drop> dropAt;
        bool refuseAfterDrop = false;
        QAtomicInt commitsDropped;
        quint16 serverPort;
        quint16 port = 0;
        QVector<QPointer<QTcpSocket>> clients;
    };

    QThread m_thread;
    Core *m_core = nullptr;
    quint16 m_port = 0;
};

// Two desks on one team record: Ada's (a window's session: writer thread, outbox) reaches the server
// through a relay the test can cut; Grace's (a command's session) directly.
struct CutOffDesks
{
    explicit CutOffDesks(const Database &db) : relay(quint16(serverPort().toUInt()))
    {
        ada = TestSupport::openOr(db.url(QStringLiteral("postgres"), relay.port()), TestSupport::ada(), &error,
                                  TestSupport::desk());
        if (ada)
            grace = TestSupport::openOr(db.url(), TestSupport::grace(), &error);
    }
    bool ok() const { return ada && grace; }

    Relay relay;
    QString error;
    std::unique_ptr<LaunchRecord> ada;
    std::unique_ptr<LaunchRecord> grace;
};

} // namespace PgTestSupport

#define REQUIRE_TEST_SERVER()                                                                                          \
    do {                                                                                                               \
        if (PgTestSupport::serverPort().isEmpty())                                                                     \
            QSKIP("GOLIVE_TEST_PG_PORT is not set: scripts/test.sh starts a PostgreSQL server for this test");         \
    } while (false)

// A database of the test's own on the test server, or a skip (no server) or failure.
#define NEW_TEAM_DATABASE(db)                                                                                          \
    REQUIRE_TEST_SERVER();                                                                                             \
    PgTestSupport::Database db;                                                                                        \
    QVERIFY2(db.ok(), qPrintable(db.error()))
