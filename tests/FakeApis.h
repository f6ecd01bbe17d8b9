#pragma once
// Fake n8n, FreeScout, bConnect and Milvus APIs on 127.0.0.1 for the collector tests and the collect
// benchmark: the real paths, parameters, field names and error answers (../shared/reference/
// integrations.md), paging included. Each serves one plain HTTP/1.1 port with keep-alive and
// decodes the query the way Node/PHP servers do ('+' is a space), so a cursor sent unencoded breaks.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

class QTcpServer;

struct FakeRequest
{
    QByteArray method;
    QString path;
    QHash<QString, QString> query;         // decoded
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    bool never = false; // read the request, never answer
};

class FakeApiServer : public QObject
{
    Q_OBJECT

public:
    explicit FakeApiServer(QObject *parent = nullptr);
    ~FakeApiServer() override;

    quint16 port() const;
    QString url() const; // "http://127.0.0.1:PORT"
    // Every request answered this way instead (a 404, 503, a body that is not JSON, silence).
    void setOverride(const std::optional<FakeResponse> &response) { m_override = response; }
    int requests() const { return m_requests; }
    const FakeRequest &lastRequest() const { return m_last; }
    QVector<QHash<QString, QString>> queries; // of every request, in order

protected:
    virtual FakeResponse handle(const FakeRequest &request) = 0;

private:
    friend class FakeApiConnection;
    FakeResponse respond(const FakeRequest &request);

    QTcpServer *m_server;
    std::optional<FakeResponse> m_override;
    int m_requests = 0;
    FakeRequest m_last;
};

// n8n's public API: GET /api/v1/executions and /api/v1/workflows with X-N8N-API-KEY, limit (max
// 250), an opaque base64 cursor ('+' and '/' in it), newest first. A missing or wrong key: 401
// {"message":"Unauthorized"} (n8n 2.x, both alike). Ignores startedAfter/startedBefore like older
// versions, unless honourStartedFilters.
class FakeN8n final : public FakeApiServer
{
    Q_OBJECT

public:
    struct Execution
    {
        QString status;      // success, error, crashed, running, waiting, ...
        QDateTime startedAt; // invalid: null
        QDateTime stoppedAt; // invalid: null
        QString workflowId = QStringLiteral("V4ZY8huyC6HhvWxB");
    };
    struct Workflow
    {
        QString name;
        bool active = true;
    };

    explicit FakeN8n(const QByteArray &apiKey, QObject *parent = nullptr);
    // Executions in any order; they get ids by start time (oldest lowest) and are listed newest first.
    void setExecutions(QVector<Execution> executions);
    void setWorkflows(const QVector<Workflow> &workflows) { m_workflows = workflows; }
    void setScopeMissing(bool missing) { m_forbidden = missing; } // 403 {"message":"Forbidden"}
    void setRepeatCursorAfter(int page) { m_repeatAfter = page; } // from that page on, the same cursor
    bool honourStartedFilters = false;
    // A list that moved while it was read: each page after the first begins with the last
    // pageOverlap executions of the page before (fewer than the page size).
    int pageOverlap = 0;
    bool eachListedTwice = false; // every execution twice in a row on its page
    int pagesServed() const { return m_pages; }

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    FakeResponse executions(const FakeRequest &request);
    FakeResponse workflows(const FakeRequest &request);

    QByteArray m_key;
    QVector<Execution> m_executions; // newest first
    QVector<Workflow> m_workflows;
    bool m_forbidden = false;
    int m_repeatAfter = 0;
    int m_pages = 0;
    QHash<QString, QByteArray> m_rendered; // pages already written, by first index and limit
};

// FreeScout's API & Webhooks module: GET /api/conversations with X-FreeScout-API-Key (or api_key),
// createdSince, status (comma list), pageSize, page; 401 {"message":"Not Authorized"}.
class FakeFreeScout final : public FakeApiServer
{
    Q_OBJECT

public:
    struct Conversation
    {
        QDateTime createdAt;
        QString status = QStringLiteral("active");
    };
    explicit FakeFreeScout(const QByteArray &apiKey, QObject *parent = nullptr);
    QVector<Conversation> conversations;

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    QByteArray m_key;
};

// bConnect with Basic auth: v1.0 /bConnect/v1.0/JobInstances.json (a bare PascalCase array) and
// v2.0 /bConnect/jobs/v2.0/JobInstances?Page=&PageSize= ({currentPage, pageSize, totalPages,
// totalItems, hasPreviousPage, hasNextPage, data}); 401 with a ProblemDetails body.
class FakeBConnect final : public FakeApiServer
{
    Q_OBJECT

public:
    struct Instance
    {
        QDateTime timeStart;                                    // invalid: null (not started)
        int bmsNetState = 2;                                    // v1.0
        QString state = QStringLiteral("FinishedSuccessfully"); // v2.0
    };
    explicit FakeBConnect(const QByteArray &basicAuth, QObject *parent = nullptr);
    QVector<Instance> instances;
    bool stuckOnFirstPage = false; // v2.0: every request answers page 0 with hasNextPage true

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    QByteArray m_auth;
};

// Milvus REST v2: POST /v2/vectordb/collections/get_stats {"collectionName"} with a Bearer token;
// {"code":0,"data":{"rowCount":N}}, unknown collection HTTP 200 {"code":100,...}, bad token HTTP
// 401 {"code":1800,...}.
class FakeMilvus final : public FakeApiServer
{
    Q_OBJECT

public:
    explicit FakeMilvus(const QByteArray &token, QObject *parent = nullptr);
    QHash<QString, qint64> collections;
    int successCode = 0;         // 200 up to Milvus 2.4.5
    bool rowCountAsText = false; // "rowCount": "42"

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    QByteArray m_token;
};
