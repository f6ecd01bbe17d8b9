#include "tests/FakeApis.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// As express (qs) and PHP decode a query: '+' is a space, then %XX.
QHash<QString, QString> decodeQuery(const QByteArray &query)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        auto decode = [](QByteArray s) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(s.replace('+', ' ')));
        };
        out.insert(decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse answer(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    return r;
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(iso(t)) : QJsonValue();
}

} // namespace

// One client connection: requests one after the other, keep-alive.
class FakeApiConnection final : public QObject
{
public:
    FakeApiConnection(FakeApiServer *server, QTcpSocket *socket) : QObject(socket), m_server(server), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, &FakeApiConnection::read);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void read()
    {
        m_buffer += m_socket->readAll();
        for (;;) {
            const int end = int(m_buffer.indexOf("\r\n\r\n"));
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            FakeRequest request;
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = int(lines.at(i).indexOf(':'));
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qint64 length = request.headers.value("content-length", "0").toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            request.method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            const int q = int(target.indexOf('?'));
            request.path = QString::fromUtf8(q < 0 ? target : target.left(q));
            request.query = decodeQuery(q < 0 ? QByteArray() : target.mid(q + 1));
            request.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + int(length));
            const FakeResponse r = m_server->respond(request);
            if (r.never)
                return; // and nothing more on this connection
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
            out += "Content-Type: " + r.contentType + "\r\nContent-Length: " + QByteArray::number(r.body.size())
                + "\r\nConnection: keep-alive\r\n\r\n" + r.body;
            m_socket->write(out);
        }
    }

    FakeApiServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
};

FakeApiServer::FakeApiServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new FakeApiConnection(this, socket);
    });
}

FakeApiServer::~FakeApiServer() = default;

quint16 FakeApiServer::port() const
{
    return m_server->serverPort();
}

QString FakeApiServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

FakeResponse FakeApiServer::respond(const FakeRequest &request)
{
    ++m_requests;
    m_last = request;
    queries.append(request.query);
    if (m_override)
        return *m_override;
    return handle(request);
}

// ---- n8n -----------------------------------------------------------------------------------

namespace {
const QByteArray kCursorMagic = "\xfb\xff"; // base64 of it starts "+/": an unencoded '+' breaks it

QString makeCursor(qint64 lastId, int limit)
{
    const QByteArray inner =
        "{\"lastId\":\"" + QByteArray::number(lastId) + "\",\"limit\":" + QByteArray::number(limit) + "}";
    return QString::fromLatin1(QByteArray(kCursorMagic + inner).toBase64());
}

qint64 readCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(kCursorMagic))
        return -1;
    const QJsonObject o = QJsonDocument::fromJson(decoded.decoded.mid(kCursorMagic.size())).object();
    bool ok = false;
    const qint64 id = o.value(QStringLiteral("lastId")).toString().toLongLong(&ok);
    return ok ? id : -1;
}
} // namespace

FakeN8n::FakeN8n(const QByteArray &apiKey, QObject *parent) : FakeApiServer(parent), m_key(apiKey) {}

void FakeN8n::setExecutions(QVector<Execution> executions)
{
    std::stable_sort(executions.begin(), executions.end(), [](const Execution &a, const Execution &b) {
        return a.startedAt.isValid() && b.startedAt.isValid() ? a.startedAt > b.startedAt : !a.startedAt.isValid();
    });
    m_executions = executions;
    m_rendered.clear();
}

FakeResponse FakeN8n::handle(const FakeRequest &request)
{
    if (request.headers.value("x-n8n-api-key") != m_key || m_key.isEmpty())
        return answer(401, R"({"message":"Unauthorized"})");
    if (m_forbidden)
        return answer(403, R"({"message":"Forbidden"})");
    if (request.method == "GET" && request.path == QLatin1String("/api/v1/executions"))
        return executions(request);
    if (request.method == "GET" && request.path == QLatin1String("/api/v1/workflows"))
        return workflows(request);
    return answer(404, R"({"message":"not found"})");
}

FakeResponse FakeN8n::executions(const FakeRequest &request)
{
    bool ok = true;
    const int limit =
        request.query.contains(QStringLiteral("limit")) ? request.query.value(QStringLiteral("limit")).toInt(&ok) : 100;
    if (!ok || limit < 1 || limit > 250)
        return answer(400, R"({"message":"request/query/limit must be <= 250"})");
    const qint64 n = m_executions.size();
    qint64 from = 0; // index into m_executions; id of index i is n - i
    const QString cursor = request.query.value(QStringLiteral("cursor"));
    if (request.query.contains(QStringLiteral("cursor"))) {
        const qint64 lastId = readCursor(cursor);
        if (lastId < 0)
            return answer(400, R"({"message":"An invalid cursor was provided"})");
        from = std::max<qint64>(0, n - lastId + 1 - pageOverlap);
    }
    const QDateTime after =
        QDateTime::fromString(request.query.value(QStringLiteral("startedAfter")), Qt::ISODateWithMs);
    const QDateTime before =
        QDateTime::fromString(request.query.value(QStringLiteral("startedBefore")), Qt::ISODateWithMs);
    ++m_pages;
    // The same page again is served as written the first time (the benchmark's later runs time golive,
    // not this server); the filters and the repeated cursor change a page, so those are not kept.
    const bool keep = !honourStartedFilters && m_repeatAfter == 0 && pageOverlap == 0 && !eachListedTwice;
    const QString pageKey = QString::number(from) + QLatin1Char('/') + QString::number(limit);
    if (keep && m_rendered.contains(pageKey))
        return answer(200, m_rendered.value(pageKey));
    QByteArray body = "{\"data\":[";
    int taken = 0;
    qint64 i = from;
    for (; i < n && taken < limit; ++i) {
        const Execution &e = m_executions.at(i);
        if (honourStartedFilters && e.startedAt.isValid()
            && ((after.isValid() && e.startedAt < after) || (before.isValid() && e.startedAt > before)))
            continue;
        if (taken++)
            body += ',';
        const bool finished = e.status == QLatin1String("success");
        const QByteArray item = "{\"id\":\"" + QByteArray::number(n - i)
            + "\",\"finished\":" + (finished ? "true" : "false")
            + ",\"mode\":\"webhook\",\"retryOf\":null,\"retrySuccessId\":null,\"status\":\"" + e.status.toUtf8()
            + "\",\"startedAt\":" + (e.startedAt.isValid() ? '"' + iso(e.startedAt).toUtf8() + '"' : QByteArray("null"))
            + ",\"stoppedAt\":" + (e.stoppedAt.isValid() ? '"' + iso(e.stoppedAt).toUtf8() + '"' : QByteArray("null"))
            + ",\"workflowId\":\"" + e.workflowId.toUtf8() + "\",\"waitTill\":null}";
        body += item;
        if (eachListedTwice)
            body += ',' + item;
    }
    QByteArray next = "null";
    if (m_repeatAfter > 0 && m_pages >= m_repeatAfter && !cursor.isEmpty())
        next = '"' + cursor.toLatin1() + '"';
    else if (i < n)
        next = '"' + makeCursor(n - (i - 1), limit).toLatin1() + '"';
    body += "],\"nextCursor\":" + next + '}';
    if (keep)
        m_rendered.insert(pageKey, body);
    return answer(200, body);
}

FakeResponse FakeN8n::workflows(const FakeRequest &request)
{
    const bool onlyActive = request.query.value(QStringLiteral("active")) == QLatin1String("true");
    QJsonArray data;
    for (int i = 0; i < m_workflows.size(); ++i) {
        const Workflow &w = m_workflows.at(i);
        if (onlyActive && !w.active)
            continue;
        data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("wf%1xYz").arg(i)},
                                {QStringLiteral("name"), w.name},
                                {QStringLiteral("active"), w.active},
                                {QStringLiteral("isArchived"), false},
                                {QStringLiteral("createdAt"), QStringLiteral("2026-11-01T10:00:00.000Z")},
                                {QStringLiteral("updatedAt"), QStringLiteral("2026-11-20T10:00:00.000Z")},
                                {QStringLiteral("tags"), QJsonArray()},
                                {QStringLiteral("triggerCount"), 1}});
    }
    return answer(200, json({{QStringLiteral("data"), data}, {QStringLiteral("nextCursor"), QJsonValue()}}));
}

// ---- FreeScout ------------------------------------------------------------------------------

FakeFreeScout::FakeFreeScout(const QByteArray &apiKey, QObject *parent) : FakeApiServer(parent), m_key(apiKey) {}

FakeResponse FakeFreeScout::handle(const FakeRequest &request)
{
    if (request.headers.value("x-freescout-api-key") != m_key
        && request.query.value(QStringLiteral("api_key")).toUtf8() != m_key)
        return answer(401, R"({"message":"Not Authorized"})");
    if (request.path != QLatin1String("/api/conversations"))
        return answer(404, R"({"message":"Not Found"})");
    const QStringList statuses =
        request.query.value(QStringLiteral("status"), QStringLiteral("active")).split(QLatin1Char(','));
    const QDateTime since = QDateTime::fromString(request.query.value(QStringLiteral("createdSince")), Qt::ISODate);
    const int pageSize = qMax(1, request.query.value(QStringLiteral("pageSize"), QStringLiteral("50")).toInt());
    const int page = qMax(1, request.query.value(QStringLiteral("page"), QStringLiteral("1")).toInt());
    QJsonArray matching;
    for (int i = 0; i < conversations.size(); ++i) {
        const Conversation &c = conversations.at(i);
        if ((since.isValid() && c.createdAt < since) || !statuses.contains(c.status))
            continue;
        matching.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                    {QStringLiteral("number"), i + 1001},
                                    {QStringLiteral("type"), QStringLiteral("email")},
                                    {QStringLiteral("status"), c.status},
                                    {QStringLiteral("state"), QStringLiteral("published")},
                                    {QStringLiteral("subject"), QStringLiteral("Ticket %1").arg(i + 1)},
                                    {QStringLiteral("mailboxId"), 1},
                                    {QStringLiteral("createdAt"), c.createdAt.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("updatedAt"), c.createdAt.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("customFields"), QJsonArray()}});
    }
    const int total = int(matching.size());
    QJsonArray shown;
    for (int i = (page - 1) * pageSize; i < qMin(total, page * pageSize); ++i)
        shown.append(matching.at(i));
    return answer(200,
                  json({{QStringLiteral("_embedded"), QJsonObject{{QStringLiteral("conversations"), shown}}},
                        {QStringLiteral("page"),
                         QJsonObject{{QStringLiteral("size"), pageSize},
                                     {QStringLiteral("totalElements"), total},
                                     {QStringLiteral("totalPages"), (total + pageSize - 1) / pageSize},
                                     {QStringLiteral("number"), page}}}}));
}

// ---- bConnect -------------------------------------------------------------------------------

FakeBConnect::FakeBConnect(const QByteArray &basicAuth, QObject *parent) : FakeApiServer(parent), m_auth(basicAuth) {}

FakeResponse FakeBConnect::handle(const FakeRequest &request)
{
    if (request.headers.value("authorization") != "Basic " + m_auth)
        return answer(
            401, R"({"type":"https://tools.ietf.org/html/rfc7235#section-3.1","title":"Unauthorized","status":401})");
    if (request.path == QLatin1String("/bConnect/v1.0/JobInstances.json")) {
        QJsonArray list;
        for (int i = 0; i < instances.size(); ++i) {
            const Instance &j = instances.at(i);
            list.append(
                QJsonObject{{QStringLiteral("Id"),
                             QStringLiteral("0b5c%1-2f0e-4c43-9d0e-5e6f7a8b9c0d").arg(i, 4, 10, QLatin1Char('0'))},
                            {QStringLiteral("EndpointId"), QStringLiteral("e-%1").arg(i)},
                            {QStringLiteral("EndpointName"), QStringLiteral("PC%1").arg(i)},
                            {QStringLiteral("JobDefinitionId"), QStringLiteral("j-1")},
                            {QStringLiteral("JobDefinitionName"), QStringLiteral("Deploy agent")},
                            {QStringLiteral("TimeStart"), isoOrNull(j.timeStart)},
                            {QStringLiteral("TimeNext"), QJsonValue()},
                            {QStringLiteral("TimeLastAction"), isoOrNull(j.timeStart)},
                            {QStringLiteral("StateText"), QStringLiteral("Fertig")},
                            {QStringLiteral("BmsNetState"), j.bmsNetState},
                            {QStringLiteral("Initiator"), QStringLiteral("admin")},
                            {QStringLiteral("ExecutionCountError"), j.bmsNetState == 3 ? 1 : 0},
                            {QStringLiteral("ExecutionCountSuccess"), j.bmsNetState == 2 ? 1 : 0}});
        }
        return answer(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
    }
    if (request.path == QLatin1String("/bConnect/jobs/v2.0/JobInstances")) {
        const int page =
            stuckOnFirstPage ? 0 : request.query.value(QStringLiteral("Page"), QStringLiteral("0")).toInt();
        const int size = qMax(1, request.query.value(QStringLiteral("PageSize"), QStringLiteral("50")).toInt());
        const int total = int(instances.size());
        const int pages = (total + size - 1) / size;
        QJsonArray data;
        for (int i = page * size; i < qMin(total, (page + 1) * size); ++i) {
            const Instance &j = instances.at(i);
            data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("inst-%1").arg(i)},
                                    {QStringLiteral("endpointName"), QStringLiteral("PC%1").arg(i)},
                                    {QStringLiteral("jobDefinitionName"), QStringLiteral("Deploy agent")},
                                    {QStringLiteral("timeStart"), isoOrNull(j.timeStart)},
                                    {QStringLiteral("state"), j.state}});
        }
        return answer(200,
                      json({{QStringLiteral("currentPage"), page},
                            {QStringLiteral("pageSize"), size},
                            {QStringLiteral("totalPages"), pages},
                            {QStringLiteral("totalItems"), total},
                            {QStringLiteral("hasPreviousPage"), page > 0},
                            {QStringLiteral("hasNextPage"), stuckOnFirstPage || page + 1 < pages},
                            {QStringLiteral("data"), data}}));
    }
    return answer(404, R"({"title":"Not Found","status":404})");
}

// ---- Milvus ---------------------------------------------------------------------------------

FakeMilvus::FakeMilvus(const QByteArray &token, QObject *parent) : FakeApiServer(parent), m_token(token) {}

FakeResponse FakeMilvus::handle(const FakeRequest &request)
{
    if (!m_token.isEmpty() && request.headers.value("authorization") != "Bearer " + m_token)
        return answer(401, R"({"code":1800,"message":"user hasn't authenticated"})");
    if (request.method != "POST" || request.path != QLatin1String("/v2/vectordb/collections/get_stats"))
        return answer(404, R"({"code":404,"message":"404 page not found"})");
    const QString name =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("collectionName")).toString();
    if (!collections.contains(name))
        return answer(
            200,
            json({{QStringLiteral("code"), 100},
                  {QStringLiteral("message"), QStringLiteral("collection not found[collection=%1]").arg(name)}}));
    const qint64 rows = collections.value(name);
    return answer(200,
                  json({{QStringLiteral("code"), successCode},
                        {QStringLiteral("data"),
                         QJsonObject{{QStringLiteral("rowCount"),
                                      rowCountAsText ? QJsonValue(QString::number(rows)) : QJsonValue(rows)}}}}));
}
