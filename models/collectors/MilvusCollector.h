#pragma once

#include "models/collectors/Collector.h"

// A Milvus collection's entity count now (not windowed): POST /v2/vectordb/collections/get_stats
// {"collectionName": ...} → {"code": 0, "data": {"rowCount": N}}. Success is code 0 (200 up to
// Milvus 2.4.5); other codes come with HTTP 200 and are errors; rowCount may be text.
class MilvusCollector final : public Collector
{
    Q_OBJECT

public:
    MilvusCollector(const CollectorDefinition &d, QNetworkAccessManager *manager, const Clock &clock)
        : Collector(d, manager, clock)
    {}
    static QVector<QPair<QString, QString>> figureNames();

private:
    void run() override;
};

// data.rowCount of a get_stats answer (a number or a number as text), or why there is none: a code
// other than 0 or 200 is the service's own error (Remote), anything else not documented Malformed.
Result<double> readMilvusRowCount(const QJsonDocument &answer);
