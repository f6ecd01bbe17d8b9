// The collectors' readers of what n8n, FreeScout, bConnect and Milvus answer: the body as the
// server sent it, read as JSON (readJsonAnswer) and then as the page or answer of each API. Each
// reader either gives figures that make sense (counts not negative, no more failed than counted,
// finite numbers) or says why not; anything else is a finding.
#include "fuzz/FuzzSupport.h"
#include "fuzz/FuzzTargets.h"
#include "models/collectors/BConnectCollector.h"
#include "models/collectors/FreeScoutCollector.h"
#include "models/collectors/MilvusCollector.h"
#include "models/collectors/N8nCollectors.h"
#include "models/secrets/SecretMask.h"

#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace {

// The day of the real samples in the seeds (n8n 2.39's page of 2026-11-26).
CollectWindow fuzzWindow()
{
    return {QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC), QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC)};
}

Result<QJsonDocument> answerOf(const uint8_t *data, size_t size)
{
    return readJsonAnswer(bytesOf(data, size), SecretMask());
}

[[noreturn]] void finding(const char *what)
{
    fprintf(stderr, "%s\n", what);
    abort();
}

// n8n's paging over the same page: a cursor is passed back or the paging says why it stops.
void page(const QJsonDocument &answer)
{
    N8nPaging paging(3);
    for (int i = 0; i < 4; ++i) {
        const Result<QString> next = paging.next(answer.object());
        if (!next || next->isEmpty())
            return;
    }
    finding("n8n paging went on past its page limit over a repeated cursor");
}

void checkTally(const BConnectTally &t)
{
    if (t.submitted < 0 || t.succeeded < 0 || t.failed < 0 || t.succeeded + t.failed > t.submitted)
        finding("bConnect: counts that do not add up");
}

} // namespace

int fuzzN8nExecutions(const uint8_t *data, size_t size)
{
    const Result<QJsonDocument> answer = answerOf(data, size);
    if (!answer)
        return 0;
    QSet<QString> seenIds;
    const Result<N8nExecutionsPage> read = readN8nExecutionsPage(answer.value(), fuzzWindow(), &seenIds);
    if (read) {
        if (read->started < 0 || read->failed > read->started || qint64(read->durationsMs.size()) > read->started)
            finding("n8n executions: counts that do not add up");
        // The same page again: every execution with an id was seen, only those without one count
        // again. The difference is each id once, however often the page lists it.
        QSet<QString> seenAgain = seenIds;
        const Result<N8nExecutionsPage> again = readN8nExecutionsPage(answer.value(), fuzzWindow(), &seenAgain);
        if (!again || read->started - again->started != seenIds.size() || seenAgain != seenIds)
            finding("n8n executions: an execution counted twice, or not once");
        for (const qint64 ms : read->durationsMs) {
            if (ms < 0)
                finding("n8n executions: a negative duration");
        }
    }
    page(answer.value());
    return 0;
}

int fuzzN8nWorkflows(const uint8_t *data, size_t size)
{
    const Result<QJsonDocument> answer = answerOf(data, size);
    if (!answer)
        return 0;
    (void)readN8nActiveWorkflows(answer.value());
    page(answer.value());
    return 0;
}

int fuzzFreeScout(const uint8_t *data, size_t size)
{
    const Result<QJsonDocument> answer = answerOf(data, size);
    if (!answer)
        return 0;
    const Result<qint64> total = readFreeScoutTotal(answer.value());
    if (total && total.value() < 0)
        finding("FreeScout: a negative total");
    return 0;
}

int fuzzBConnectV1(const uint8_t *data, size_t size)
{
    const Result<QJsonDocument> answer = answerOf(data, size);
    if (!answer)
        return 0;
    const Result<BConnectTally> read = readBConnectV1Answer(answer.value(), fuzzWindow());
    if (read)
        checkTally(read.value());
    return 0;
}

int fuzzBConnectV2(const uint8_t *data, size_t size)
{
    const Result<QJsonDocument> answer = answerOf(data, size);
    if (!answer)
        return 0;
    for (const int pageNumber : {0, 1}) {
        const Result<BConnectPage> read = readBConnectV2Page(answer.value(), pageNumber, fuzzWindow());
        if (read)
            checkTally(read->tally);
    }
    return 0;
}

int fuzzMilvus(const uint8_t *data, size_t size)
{
    const Result<QJsonDocument> answer = answerOf(data, size);
    if (!answer)
        return 0;
    const Result<double> rows = readMilvusRowCount(answer.value());
    if (rows && !(std::isfinite(rows.value()) && rows.value() >= 0))
        finding("Milvus: an entity count that is not a number of entities");
    return 0;
}
