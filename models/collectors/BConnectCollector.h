#pragma once

#include "Collector.h"

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
    enum class Outcome {
        Other,
        Succeeded,
        Failed
    };
    void run() override;
    void fetchPage(int page);
    Status take(const QJsonArray &instances);
    void report();

    bool m_v2 = false;
    int m_pages = 0;
    qint64 m_submitted = 0;
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
};
