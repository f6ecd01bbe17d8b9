#include "tests/FakeServers.h"

#include "TestPaths.h"

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <memory>
#include <utility>

#include <sys/socket.h>

namespace {

constexpr qint64 kHugeLength = 1073741824; // 1 GB announced, never all written
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 256 * 1024; // top up only while less than this waits in the socket

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray head(int status, const QByteArray &contentType, qint64 length, const QByteArray &extra = {})
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        h += "Content-Type: " + contentType + "\r\n";
    h += "Content-Length: " + QByteArray::number(length) + "\r\n";
    h += "Connection: keep-alive\r\n";
    h += extra;
    return h + "\r\n";
}

QTcpServer *makeServer(FakeHttpServer::Transport transport, QObject *parent)
{
    if (transport == FakeHttpServer::Transport::Plain)
        return new QTcpServer(parent);
    auto *server = new QSslServer(parent);
    QFile certFile(QStringLiteral(GOLIVE_TEST_DATA_DIR "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(GOLIVE_TEST_DATA_DIR "/selfsigned.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/selfsigned.crt or selfsigned.key");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    return server;
}

} // namespace

// One client connection of a FakeHttpServer; a child of its socket, so it goes when the socket goes.
class FakeHttpConnection final : public QObject
{
public:
    FakeHttpConnection(FakeHttpServer *server, QTcpSocket *socket) : QObject(socket), m_server(server), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::readRequests);
        connect(socket, &QTcpSocket::bytesWritten, this, &FakeHttpConnection::topUp);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        ++server->m_connections;
        readRequests(); // bytes that came with the TLS handshake
    }

    ~FakeHttpConnection() override
    {
        if (m_server)
            --m_server->m_connections;
    }

private:
    void send(const QByteArray &bytes)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const qint64 n = m_socket->write(bytes);
        if (n > 0 && m_server)
            m_server->m_bytesWritten += n;
    }

    void readRequests()
    {
        m_buffer += m_socket->readAll();
        while (!m_busy && m_server) {
            const int end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > 64 * 1024)
                    m_socket->abort();
                return;
            }
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QHash<QByteArray, QByteArray> headers;
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qint64 length = headers.value("content-length", "0").toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return; // the request body is not all here yet
            m_buffer.remove(0, int(end + 4 + length));
            const QByteArray target = requestLine.value(1);
            const int query = target.indexOf('?');
            handle(QString::fromLatin1(query < 0 ? target : target.left(query)), headers);
        }
    }

    void handle(const QString &path, const QHash<QByteArray, QByteArray> &headers)
    {
        m_server->m_requests[path] += 1;
        m_server->m_lastHeaders = headers;
        emit m_server->requestReceived(path);
        if (!m_server || !m_server->m_routes.contains(path)) {
            send(head(404, "application/json", 22) + R"({"message":"not found"})");
            return;
        }
        const FakeHttpServer::Route r = m_server->m_routes.value(path);
        using Kind = FakeHttpServer::Route::Kind;
        switch (r.kind) {
        case Kind::Answer:
            if (r.delayMs > 0) {
                m_busy = true;
                QTimer::singleShot(r.delayMs, this, [this, r] {
                    send(head(r.status, r.contentType, r.body.size()) + r.body);
                    m_busy = false;
                    readRequests();
                });
            } else {
                send(head(r.status, r.contentType, r.body.size()) + r.body);
            }
            break;
        case Kind::Echo: {
            const QByteArray body =
                R"({"note":")" + r.body + R"(","echo":")" + headers.value(r.header.toLower()) + "\"}";
            send(head(r.status, "application/json", body.size()) + body);
            break;
        }
        case Kind::Never: m_busy = true; break;
        case Kind::Dribble: {
            m_busy = true;
            send(head(200, "application/json", 1000));
            auto *timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [this] { send("x"); });
            timer->start(1000);
            break;
        }
        case Kind::Huge:
            m_busy = true;
            m_hugeLeft = kHugeLength;
            send(head(200, "application/json", kHugeLength));
            topUp();
            break;
        case Kind::Redirect: {
            const QByteArray location = r.body.isEmpty() ? m_server->url(path).toLatin1() : r.body;
            send(head(r.status, "text/plain", 0, "Location: " + location + "\r\n"));
            break;
        }
        case Kind::Reset:
            m_busy = true;
            send(head(200, "application/json", 1000) + QByteArray(100, 'x'));
            m_socket->flush();
            // Once the part has left, a little later so the client has read it: RST, not FIN.
            QTimer::singleShot(200, this, [this] {
                struct linger hard = {1, 0};
                ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                m_socket->abort();
            });
            break;
        }
    }

    // The 1 GB body: written only while little waits in the socket, so memory stays bounded and
    // the writing stops when the client goes away.
    void topUp()
    {
        while (m_hugeLeft > 0 && m_socket->state() == QAbstractSocket::ConnectedState
               && m_socket->bytesToWrite() < kHighWater) {
            const qint64 n = qMin(kChunk, m_hugeLeft);
            send(QByteArray(int(n), ' '));
            m_hugeLeft -= n;
        }
    }

    QPointer<FakeHttpServer> m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false; // a response is still being sent (or never will be): later requests wait
    qint64 m_hugeLeft = 0;
};

FakeHttpServer::FakeHttpServer(Transport transport, QObject *parent)
    : QObject(parent), m_server(makeServer(transport, this)), m_transport(transport)
{
    // A plain server announces a connection at once, a TLS one after its handshake.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qWarning("FakeHttpServer cannot listen: %s", qPrintable(m_server->errorString()));
}

FakeHttpServer::~FakeHttpServer()
{
    m_server->close();
    delete m_server; // with it every client socket
}

void FakeHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new FakeHttpConnection(this, socket);
}

bool FakeHttpServer::isListening() const
{
    return m_server->isListening();
}
quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QString FakeHttpServer::url(const QString &path) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3")
        .arg(m_transport == Transport::Plain ? QStringLiteral("http") : QStringLiteral("https"))
        .arg(port())
        .arg(path);
}

void FakeHttpServer::answer(const QString &path, int status, const QByteArray &body, const QByteArray &contentType)
{
    Route r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    route(path, r);
}

void FakeHttpServer::answerAfter(const QString &path, int delayMs, int status, const QByteArray &body)
{
    Route r;
    r.status = status;
    r.body = body;
    r.delayMs = delayMs;
    route(path, r);
}

void FakeHttpServer::echoHeader(const QString &path, const QByteArray &header, int status, const QByteArray &padding)
{
    Route r;
    r.kind = Route::Kind::Echo;
    r.header = header;
    r.status = status;
    r.body = padding;
    route(path, r);
}

void FakeHttpServer::neverAnswer(const QString &path)
{
    Route r;
    r.kind = Route::Kind::Never;
    route(path, r);
}
void FakeHttpServer::dribble(const QString &path)
{
    Route r;
    r.kind = Route::Kind::Dribble;
    route(path, r);
}
void FakeHttpServer::hugeBody(const QString &path)
{
    Route r;
    r.kind = Route::Kind::Huge;
    route(path, r);
}
void FakeHttpServer::redirectLoop(const QString &path)
{
    Route r;
    r.kind = Route::Kind::Redirect;
    r.status = 302;
    route(path, r);
}
void FakeHttpServer::redirectTo(const QString &path, const QByteArray &location, int status)
{
    Route r;
    r.kind = Route::Kind::Redirect;
    r.status = status;
    r.body = location;
    route(path, r);
}
void FakeHttpServer::resetMidBody(const QString &path)
{
    Route r;
    r.kind = Route::Kind::Reset;
    route(path, r);
}

void FakeHttpServer::invalidJson(const QString &path)
{
    answer(path, 200, R"({"status": ok, "db": )");
}

void FakeHttpServer::actLikeN8n(bool ready)
{
    answer(QStringLiteral("/healthz"), 200, R"({"status":"ok"})");
    answer(QStringLiteral("/healthz/readiness"), ready ? 200 : 503,
           ready ? R"({"status":"ok"})" : R"({"status":"error"})");
    m_routes.remove(QStringLiteral("/api/v1/health")); // no such route in n8n: the 404 of every unknown path
}

void FakeHttpServer::actLikeMilvus()
{
    answer(QStringLiteral("/healthz"), 200, "OK", "text/plain; charset=utf-8");
}

int FakeHttpServer::requests(const QString &path) const
{
    if (!path.isEmpty())
        return m_requests.value(path);
    int total = 0;
    for (int n : m_requests)
        total += n;
    return total;
}

qint64 FakeHttpServer::bytesWritten() const
{
    return m_bytesWritten;
}

QByteArray FakeHttpServer::lastHeader(const QByteArray &name) const
{
    return m_lastHeaders.value(name.toLower());
}

// ---------------------------------------------------------------------------------------------

namespace {

constexpr qint32 kSslRequestCode = 80877103;
constexpr qint32 kProtocol30 = 196608;

QByteArray int32(qint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    return QByteArray(bytes, 4);
}

// An ErrorResponse as PostgreSQL sends it before authentication.
QByteArray errorResponse(const QByteArray &sqlState, const QByteArray &message)
{
    QByteArray fields;
    for (const auto &[code, value] : {std::pair<char, QByteArray>{'S', "FATAL"},
                                      {'V', "FATAL"},
                                      {'C', sqlState},
                                      {'M', message},
                                      {'F', "postmaster.c"},
                                      {'R', "ProcessStartupPacket"}}) {
        fields += code;
        fields += value;
        fields += '\0';
    }
    fields += '\0';
    return 'E' + int32(qint32(fields.size() + 4)) + fields;
}

} // namespace

FakePostgresServer::FakePostgresServer(Mode mode, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_mode(mode)
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qWarning("FakePostgresServer cannot listen: %s", qPrintable(m_server->errorString()));
}

FakePostgresServer::~FakePostgresServer()
{
    m_server->close();
    delete m_server;
}

quint16 FakePostgresServer::port() const
{
    return m_server->serverPort();
}

void FakePostgresServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        *buffer += socket->readAll();
        while (buffer->size() >= 8) {
            const qint32 length = qFromBigEndian<qint32>(buffer->constData());
            if (length < 8 || length > 10000) {
                socket->abort();
                return;
            }
            if (buffer->size() < length)
                return;
            const QByteArray message = buffer->left(length);
            buffer->remove(0, length);
            const qint32 code = qFromBigEndian<qint32>(message.constData() + 4);
            if (code == kSslRequestCode) {
                socket->write("N"); // no TLS here; the client goes on in plain text
                continue;
            }
            if (code != kProtocol30) {
                socket->abort();
                return;
            }
            ++m_startups;
            m_parameters.clear();
            const QList<QByteArray> parts = message.mid(8).split('\0');
            for (int i = 0; i + 1 < parts.size() && !parts.at(i).isEmpty(); i += 2)
                m_parameters.insert(parts.at(i), parts.at(i + 1));
            switch (m_mode) {
            case Mode::AuthMd5: socket->write('R' + int32(12) + int32(5) + QByteArray("\x01\x02\x03\x04", 4)); break;
            case Mode::AuthSasl: {
                const QByteArray mechanisms = QByteArray("SCRAM-SHA-256") + '\0' + '\0';
                socket->write('R' + int32(qint32(8 + mechanisms.size())) + int32(10) + mechanisms);
                break;
            }
            case Mode::StartingUp:
                socket->write(errorResponse("57P03", "the database system is starting up"));
                socket->disconnectFromHost();
                break;
            case Mode::BadPassword:
                // Names the user it was sent, as PostgreSQL does.
                socket->write(errorResponse("28P01",
                                            "password authentication failed for user \""
                                                + m_parameters.value("user", "golive") + '"'));
                socket->disconnectFromHost();
                break;
            case Mode::Garbage: socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"); break;
            case Mode::Close: socket->disconnectFromHost(); break;
            case Mode::Silent: break;
            }
            return;
        }
    });
}
