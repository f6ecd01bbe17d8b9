#include "BConnectCollector.h"

#include "N8nCollectors.h" // parseApiTime

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

Error malformed(const QString &what)
{
    return Error::make(Error::Code::Malformed, what);
}

} // namespace

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
            if (!answer->isArray())
                return fail(malformed(QCoreApplication::translate(
                    "BConnectCollector", "the answer is not a list of job instances (bConnect v1.0)")));
            const Status taken = take(answer->array());
            if (!taken)
                return fail(taken.error());
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
                const QJsonObject o = answer->object();
                const QJsonValue data = o.value(QStringLiteral("data"));
                const QJsonValue more = o.value(QStringLiteral("hasNextPage"));
                if (!answer->isObject() || !data.isArray() || !more.isBool())
                    return fail(malformed(QCoreApplication::translate(
                        "BConnectCollector", "no \"data\" list and \"hasNextPage\" in the answer (bConnect v2.0)")));
                const QJsonValue current = o.value(QStringLiteral("currentPage"));
                if (current.isDouble() && current.toInt() != page)
                    return fail(Error::make(
                        Error::Code::Incomplete,
                        QCoreApplication::translate("BConnectCollector", "asked for page %1, the server sent page %2")
                            .arg(page)
                            .arg(current.toInt())));
                ++m_pages;
                const Status taken = take(data.toArray());
                if (!taken)
                    return fail(taken.error());
                if (!more.toBool())
                    return report();
                if (m_pages >= definition().maxPages)
                    return fail(Error::make(
                        Error::Code::Incomplete,
                        QCoreApplication::translate("BConnectCollector",
                                                    "more than %1 pages: stopped, a count of the first %1 would be "
                                                    "partial (raise \"maxPages\" if this is expected)")
                            .arg(definition().maxPages)));
                fetchPage(page + 1);
            });
}

Status BConnectCollector::take(const QJsonArray &instances)
{
    const QDateTime since = window().since.toUTC();
    const QDateTime until = window().until.toUTC();
    for (const QJsonValue &v : instances) {
        if (!v.isObject())
            return malformed(QCoreApplication::translate("BConnectCollector", "a job instance is not an object"));
        const QJsonObject j = v.toObject();
        const QString id = j.value(m_v2 ? QStringLiteral("id") : QStringLiteral("Id")).toVariant().toString();
        const QString timeKey = m_v2 && !j.contains(QStringLiteral("TimeStart")) ? QStringLiteral("timeStart")
                                                                                 : QStringLiteral("TimeStart");
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
        if (m_v2) {
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
        ++m_submitted;
        m_succeeded += outcome == Outcome::Succeeded;
        m_failed += outcome == Outcome::Failed;
    }
    return {};
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
