#pragma once

#include "models/collectors/Collector.h"

struct BConnectTally
{
    qint64 submitted = 0; // started in the window
    qint64 succeeded = 0;
    qint64 failed = 0;
};

// The job instances of one answer, counted for a window. v1.0: the whole answer, a bare array.
// v2.0: one page, which must be the page asked for; hasNextPage says whether another follows.
// An answer that is not what the API documents is Malformed; the wrong page is Incomplete.
Result<BConnectTally> readBConnectV1Answer(const QJsonDocument &answer, const CollectWindow &window);
struct BConnectPage
{
    BConnectTally tally;
    bool hasNextPage = false;
};
Result<BConnectPage> readBConnectV2Page(const QJsonDocument &answer, int page, const CollectWindow &window);

// baramundi bConnect job instances started in [since, until): submitted (all of them), succeeded,
// failed. Instances not started yet (no start time) are not counted.
//   v1.0: GET /bConnect/v1.0/JobInstances.json, a bare array; TimeStart, BmsNetState
//         (2 FinishedSuccess; failed: 3 FinishedError, 6 ReScheduledError).
//   v2.0: GET /bConnect/jobs/v2.0/JobInstances?Page=0&PageSize=N, pages {currentPage, hasNextPage,
//         data}; state (FinishedSuccessfully; failed: FinishedWithError, RescheduledWithError),
//         start time in timeStart (or TimeStart). Cancelled and "not executed" states count as neither.
class BConnectCollector final : public Collector
{
    Q_OBJECT

public:
    BConnectCollector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock)
        : Collector(d, manager, clock)
    {}
    static QVector<QPair<QString, QString>> figureNames();

private:
    void run() override;
    void fetchPage(int page);
    void add(const BConnectTally &tally);
    void report();

    bool m_v2 = false;
    int m_pages = 0;
    qint64 m_submitted = 0;
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
};
