#pragma once

#include "models/collectors/Collector.h"

#include <QSet>

#include <vector>

// n8n's public API pages with an opaque cursor: each page's nextCursor goes back unchanged until it
// is null. A cursor seen before, or more pages than the definition allows, ends the run without a
// number: a count of the pages read so far would look complete and is not.
class N8nPaging
{
public:
    explicit N8nPaging(int maxPages) : m_maxPages(maxPages) {}
    // After a page: the cursor to ask for next ("" when the list ended), or why paging must stop.
    Result<QString> next(const QJsonObject &page);
    int pages() const { return m_pages; }

private:
    int m_maxPages;
    int m_pages = 0;
    QSet<QString> m_seen;
};

// What one page of GET /api/v1/executions says about a window: the executions started in it, the
// failed ones among them (status error or crashed), how long the finished ones took, and whether
// the page reached back before the window's start (newest first: the later pages are older still).
// Items not started yet are skipped, and so is an execution whose id is in seenIds: a list that
// moved while it was read, or a server that repeats itself, lists one execution twice, and it is
// counted once (its id is added to seenIds). A page that is not what the API documents is
// Malformed.
struct N8nExecutionsPage
{
    qint64 started = 0;
    qint64 failed = 0;
    std::vector<qint64> durationsMs; // stoppedAt − startedAt of the finished ones, never negative
    bool pastStart = false;
};
Result<N8nExecutionsPage> readN8nExecutionsPage(const QJsonDocument &page, const CollectWindow &window,
                                                QSet<QString> *seenIds);

// The names of the active, not archived workflows on one page of GET /api/v1/workflows (the filter
// is checked here too: a server that ignores active=true lists every workflow).
Result<QStringList> readN8nActiveWorkflows(const QJsonDocument &page);

// GET /api/v1/executions, newest first: executions started in [since, until), failed ones (status
// error or crashed), and how long the finished ones took (stoppedAt − startedAt): average and p95
// (nearest rank). Paging stops after the first page that reaches back before since; startedAt of
// every item is checked, as older versions ignore startedAfter/startedBefore.
class N8nExecutionsCollector final : public Collector
{
    Q_OBJECT

public:
    N8nExecutionsCollector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock)
        : Collector(d, manager, clock), m_paging(d.maxPages)
    {}
    static QVector<QPair<QString, QString>> figureNames();

private:
    void run() override;
    void fetch(const QString &cursor);
    void report();

    N8nPaging m_paging;
    qint64 m_count = 0;
    qint64 m_failed = 0;
    std::vector<qint64> m_durationsMs;
    QSet<QString> m_seenIds;
};

// GET /api/v1/workflows?active=true: how many workflows are active, and their names (detail).
class N8nWorkflowsCollector final : public Collector
{
    Q_OBJECT

public:
    N8nWorkflowsCollector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock)
        : Collector(d, manager, clock), m_paging(d.maxPages)
    {}
    static QVector<QPair<QString, QString>> figureNames();

private:
    void run() override;
    void fetch(const QString &cursor);

    N8nPaging m_paging;
    QStringList m_active;
};

// An ISO 8601 time as the services write it ("2026-11-26T18:23:18.656Z"); without an offset, UTC.
QDateTime parseApiTime(const QString &text);
