#include "models/collectors/BConnectCollector.h"

#include "models/collectors/N8nCollectors.h" // parseApiTime

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

Error malformed(const QString &what)
{
    return Error::make(Error::Code::Malformed, what);
}

enum class Outcome {
    Other,
    Succeeded,
    Failed
};

// The job instances of a v1.0 answer or a v2.0 page.
Result<BConnectTally> readInstances(const QJsonArray &instances, bool v2, const CollectWindow &window)
{
    BConnectTally tally;
    const QDateTime since = window.since.toUTC();
    const QDateTime until = window.until.toUTC();
    for (const QJsonValue v : instances) {
        if (!v.isObject())
            return malformed(QCoreApplication::translate("BConnectCollector", "a job instance is not an object"));
        const QJsonObject j = v.toObject();
        const QString id = j.value(v2 ? QStringLiteral("id") : QStringLiteral("Id")).toVariant().toString();
        const QString timeKey =
            v2 && !j.contains(QStringLiteral("TimeStart")) ? QStringLiteral("timeStart") : QStringLiteral("TimeStart");
        if (!j.contains(timeKey))
            return malformed(
                QCoreApplication::translate("BConnectCollector", "job instance %1 has no %2").arg(id, timeKey));
        const QJsonValue start = j.value(timeKey);
        if (start.isNull())
            continue; // not started
        const QDateTime at = parseApiTime(start.toString());
        if (!at.isValid())
            return malformed(
                QCoreApplication::translate("BConnectCollector", "job instance %1: %2 is not a time").arg(id, timeKey));
        if (at < since || at >= until)
            continue;
        Outcome outcome = Outcome::Other;
        if (v2) {
            const QJsonValue state = j.value(QStringLiteral("state"));
            if (!state.isString())
                return malformed(
                    QCoreApplication::translate("BConnectCollector", "job instance %1 has no state").arg(id));
            const QString s = state.toString();
            if (s == QLatin1String("FinishedSuccessfully"))
                outcome = Outcome::Succeeded;
            else if (s == QLatin1String("FinishedWithError") || s == QLatin1String("RescheduledWithError"))
                outcome = Outcome::Failed;
        } else {
            const QJsonValue state = j.value(QStringLiteral("BmsNetState"));
            if (!state.isDouble())
                return malformed(
                    QCoreApplication::translate("BConnectCollector", "job instance %1 has no BmsNetState").arg(id));
            const int s = state.toInt();
            outcome = s == 2 ? Outcome::Succeeded : (s == 3 || s == 6) ? Outcome::Failed : Outcome::Other;
        }
        ++tally.submitted;
        tally.succeeded += outcome == Outcome::Succeeded;
        tally.failed += outcome == Outcome::Failed;
    }
    return tally;
}

} // namespace

Result<BConnectTally> readBConnectV1Answer(const QJsonDocument &answer, const CollectWindow &window)
{
    if (!answer.isArray())
        return malformed(QCoreApplication::translate("BConnectCollector",
                                                     "the answer is not a list of job instances (bConnect v1.0)"));
    return readInstances(answer.array(), false, window);
}

Result<BConnectPage> readBConnectV2Page(const QJsonDocument &answer, int page, const CollectWindow &window)
{
    const QJsonObject o = answer.object();
    const QJsonValue data = o.value(QStringLiteral("data"));
    const QJsonValue more = o.value(QStringLiteral("hasNextPage"));
    if (!answer.isObject() || !data.isArray() || !more.isBool())
        return malformed(QCoreApplication::translate(
            "BConnectCollector", "no \"data\" list and \"hasNextPage\" in the answer (bConnect v2.0)"));
    const QJsonValue current = o.value(QStringLiteral("currentPage"));
    if (current.isDouble() && current.toInt() != page)
        return Error::make(
            Error::Code::Incomplete,
            QCoreApplication::translate("BConnectCollector", "asked for page %1, the server sent page %2")
                .arg(page)
                .arg(current.toInt()));
    const Result<BConnectTally> tally = readInstances(data.toArray(), true, window);
    if (!tally)
        return tally.error();
    BConnectPage read;
    read.tally = tally.value();
    read.hasNextPage = more.toBool();
    return read;
}

QVector<QPair<QString, QString>> BConnectCollector::figureNames()
{
    const QString unit = QStringLiteral("job instances");
    return {{QStringLiteral("jobs submitted"), unit},
            {QStringLiteral("jobs succeeded"), unit},
            {QStringLiteral("jobs failed"), unit}};
}

void BConnectCollector::run()
{
    m_v2 = definition().bconnectVersion == QLatin1String("2.0");
    if (!m_v2) {
        getJson(QStringLiteral("/bConnect/v1.0/JobInstances.json"), {}, [this](const Result<QJsonDocument> &answer) {
            if (!answer)
                return fail(answer.error());
            const Result<BConnectTally> tally = readBConnectV1Answer(answer.value(), window());
            if (!tally)
                return fail(tally.error());
            add(tally.value());
            report();
        });
        return;
    }
    fetchPage(0);
}

void BConnectCollector::fetchPage(int page)
{
    const Params query = {{QStringLiteral("Page"), QString::number(page)},
                          {QStringLiteral("PageSize"), QString::number(definition().pageSize)}};
    getJson(QStringLiteral("/bConnect/jobs/v2.0/JobInstances"), query,
            [this, page](const Result<QJsonDocument> &answer) {
                if (!answer)
                    return fail(answer.error());
                const Result<BConnectPage> read = readBConnectV2Page(answer.value(), page, window());
                if (!read)
                    return fail(read.error());
                ++m_pages;
                add(read->tally);
                if (!read->hasNextPage)
                    return report();
                if (m_pages >= definition().maxPages)
                    return fail(Error::make(
                        Error::Code::Incomplete,
                        QCoreApplication::translate("BConnectCollector",
                                                    "more than %n page(s): stopped, a count of the first %n would be "
                                                    "partial (raise \"maxPages\" if this is expected)",
                                                    nullptr, definition().maxPages)));
                fetchPage(page + 1);
            });
}

void BConnectCollector::add(const BConnectTally &tally)
{
    m_submitted += tally.submitted;
    m_succeeded += tally.succeeded;
    m_failed += tally.failed;
}

void BConnectCollector::report()
{
    figure(0).value = double(m_submitted);
    figure(1).value = double(m_succeeded);
    figure(2).value = double(m_failed);
    if (m_v2)
        figure(0).detail = QCoreApplication::translate("BConnectCollector", "%n page(s) read", nullptr, m_pages);
    succeed();
}
