#pragma once

#include "models/collectors/Collector.h"

// FreeScout conversations created in [since, until): page.totalElements of GET /api/conversations
// with createdSince=since and pageSize=1, less the same count from until when the window has
// already ended (conversations created after until). status is always sent (FreeScout otherwise
// leaves some out).
class FreeScoutCollector final : public Collector
{
    Q_OBJECT

public:
    FreeScoutCollector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock)
        : Collector(d, manager, clock)
    {}
    static QVector<QPair<QString, QString>> figureNames();

private:
    void run() override;
    void count(const QDateTime &since, const std::function<void(qint64)> &then);
};

// page.totalElements of an answer of GET /api/conversations: how many conversations match.
Result<qint64> readFreeScoutTotal(const QJsonDocument &answer);
