#pragma once

#include "Collector.h"

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
