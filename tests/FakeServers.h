#pragma once
// Servers on 127.0.0.1 that behave like the services the dashboard watches, hostile ones included,
// for the probe and `golive check` tests. Each listens on a port of its own (port 0 → port()).

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// Enough HTTP/1.1 to answer per path (the query is ignored): keep-alive, Content-Length, one request
// at a time per connection. A path without a behaviour answers 404 {"message":"not found"}.
class FakeHttpServer final : public QObject
{
    Q_OBJECT

public:
    enum class Transport {
        Plain,
        SelfSignedTls
    }; // TLS with tests/data/selfsigned.crt (CN and IP 127.0.0.1)

    explicit FakeHttpServer(Transport transport = Transport::Plain, QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    QString url(const QString &path) const; // "http://127.0.0.1:PORT/path" (https for TLS)

    // Behaviours, each for one path; a later call for the same path replaces the earlier one.
    void answer(const QString &path, int status, const QByteArray &body,
                const QByteArray &contentType = "application/json");
    void answerAfter(const QString &path, int delayMs, int status, const QByteArray &body);
    // {"note":"<padding>","echo":"<the request's header value>"} with the given status.
    void echoHeader(const QString &path, const QByteArray &header, int status, const QByteArray &padding = {});
    void neverAnswer(const QString &path);  // reads the request, keeps the connection open, says nothing
    void dribble(const QString &path);      // 200 and Content-Length 1000, then one body byte per second
    void hugeBody(const QString &path);     // 200 and Content-Length 1073741824, written only as the client reads
    void redirectLoop(const QString &path); // 302 to itself, for ever
    // status (301, 302, 303, 307, 308) with Location: location, which may name another server.
    void redirectTo(const QString &path, const QByteArray &location, int status = 302);
    void resetMidBody(const QString &path); // 200, Content-Length 1000, 100 bytes, then a TCP reset
    void invalidJson(const QString &path);  // 200 with a body that is not JSON
    // n8n: /healthz always 200 {"status":"ok"}; /healthz/readiness 200 {"status":"ok"} when ready,
    // else 503 {"status":"error"}; /api/v1/health does not exist (404).
    void actLikeN8n(bool ready);
    void actLikeMilvus(); // /healthz 200 text/plain OK

    int requests(const QString &path = QString()) const;  // every path when empty
    qint64 bytesWritten() const;                          // all bytes handed to client sockets
    int openConnections() const { return m_connections; } // client connections not yet closed
    QByteArray lastHeader(const QByteArray &name) const;  // from the latest request, case-insensitive

signals:
    void requestReceived(const QString &path);

private:
    friend class FakeHttpConnection;
    struct Route
    {
        enum class Kind {
            Answer,
            Echo,
            Never,
            Dribble,
            Huge,
            Redirect,
            Reset
        };
        Kind kind = Kind::Answer;
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray header;
        int delayMs = 0;
    };
    void route(const QString &path, const Route &r) { m_routes.insert(path, r); }
    void accept();

    QTcpServer *m_server;
    Transport m_transport;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_requests;
    QHash<QByteArray, QByteArray> m_lastHeaders;
    qint64 m_bytesWritten = 0;
    int m_connections = 0;
};

// PostgreSQL's side of the start of a connection: reads the StartupMessage (answering an
// SSLRequest with 'N'), then answers as the mode says.
class FakePostgresServer final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        AuthMd5,     // 'R' AuthenticationMD5Password: a live server asking for a password
        AuthSasl,    // 'R' AuthenticationSASL (SCRAM-SHA-256), as PostgreSQL 14+ does by default
        StartingUp,  // 'E' 57P03 "the database system is starting up", then close
        BadPassword, // 'E' 28P01 "password authentication failed ...", then close
        Garbage,     // an HTTP answer: the target is not a PostgreSQL server
        Close,       // close without a word
        Silent,      // keep the connection open and say nothing
    };
    Q_ENUM(Mode)

    explicit FakePostgresServer(Mode mode, QObject *parent = nullptr);
    ~FakePostgresServer() override;

    void setMode(Mode mode) { m_mode = mode; }
    quint16 port() const;
    int startupMessages() const { return m_startups; }
    QByteArray lastStartupParameter(const QByteArray &name) const { return m_parameters.value(name); }

private:
    void serve(QTcpSocket *socket);

    QTcpServer *m_server;
    Mode m_mode;
    int m_startups = 0;
    QHash<QByteArray, QByteArray> m_parameters;
};
