#include "models/collectors/N8nCollectors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

Error malformed(const QString &what)
{
    return Error::make(Error::Code::Malformed, what);
}

} // namespace

QDateTime parseApiTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

Result<N8nExecutionsPage> readN8nExecutionsPage(const QJsonDocument &page, const CollectWindow &window,
                                                QSet<QString> *seenIds)
{
    N8nExecutionsPage read;
    const QJsonValue data = page.object().value(QStringLiteral("data"));
    if (!page.isObject() || !data.isArray())
        return malformed(QCoreApplication::translate("N8nCollectors", "no \"data\" list in the answer"));
    const QDateTime since = window.since.toUTC();
    const QDateTime until = window.until.toUTC();
    for (const QJsonValue v : data.toArray()) {
        const QJsonObject e = v.toObject();
        const QString id = e.value(QStringLiteral("id")).toVariant().toString();
        const QJsonValue started = e.value(QStringLiteral("startedAt"));
        if (!v.isObject())
            return malformed(QCoreApplication::translate("N8nCollectors", "an item of \"data\" is not an object"));
        if (started.isNull() || started.isUndefined())
            continue; // not started yet (new, waiting)
        const QDateTime at = parseApiTime(started.toString());
        if (!at.isValid())
            return malformed(
                QCoreApplication::translate("N8nCollectors", "execution %1: startedAt is not a time").arg(id));
        if (at >= until)
            continue;
        if (at < since) {
            read.pastStart = true; // newest first: the rest of the list is older still
            continue;
        }
        const QJsonValue status = e.value(QStringLiteral("status"));
        if (!status.isString())
            return malformed(QCoreApplication::translate("N8nCollectors", "execution %1 has no status").arg(id));
        if (!id.isEmpty()) {
            const qsizetype before = seenIds->size();
            seenIds->insert(id);
            if (seenIds->size() == before)
                continue; // listed before: counted then
        }
        ++read.started;
        if (status.toString() == QLatin1String("error") || status.toString() == QLatin1String("crashed"))
            ++read.failed;
        const QJsonValue stopped = e.value(QStringLiteral("stoppedAt"));
        if (stopped.isString()) {
            const QDateTime end = parseApiTime(stopped.toString());
            if (!end.isValid())
                return malformed(
                    QCoreApplication::translate("N8nCollectors", "execution %1: stoppedAt is not a time").arg(id));
            read.durationsMs.push_back(std::max<qint64>(0, at.msecsTo(end)));
        }
    }
    return read;
}

Result<QStringList> readN8nActiveWorkflows(const QJsonDocument &page)
{
    const QJsonValue data = page.object().value(QStringLiteral("data"));
    if (!page.isObject() || !data.isArray())
        return malformed(QCoreApplication::translate("N8nCollectors", "no \"data\" list in the answer"));
    QStringList active;
    for (const QJsonValue v : data.toArray()) {
        const QJsonObject w = v.toObject();
        if (!w.value(QStringLiteral("active")).isBool())
            return malformed(
                QCoreApplication::translate("N8nCollectors", "a workflow without \"active\" true or false"));
        if (w.value(QStringLiteral("active")).toBool() && !w.value(QStringLiteral("isArchived")).toBool())
            active.append(w.value(QStringLiteral("name")).toString());
    }
    return active;
}

Result<QString> N8nPaging::next(const QJsonObject &page)
{
    ++m_pages;
    const QJsonValue cursor = page.value(QStringLiteral("nextCursor"));
    if (cursor.isNull() || cursor.isUndefined())
        return QString();
    if (!cursor.isString() || cursor.toString().isEmpty())
        return malformed(QCoreApplication::translate("N8nCollectors", "nextCursor is neither text nor null"));
    const QString c = cursor.toString();
    if (m_seen.contains(c))
        return Error::make(
            Error::Code::Incomplete,
            QCoreApplication::translate("N8nCollectors",
                                        "the server gave the same cursor again after %n page(s): the list does not end",
                                        nullptr, m_pages));
    if (m_pages >= m_maxPages)
        return Error::make(
            Error::Code::Incomplete,
            QCoreApplication::translate("N8nCollectors",
                                        "more than %n page(s): stopped, a count of the first %n would be partial "
                                        "(raise \"maxPages\" if this is expected)",
                                        nullptr, m_maxPages));
    m_seen.insert(c);
    return c;
}

// ---- executions ---------------------------------------------------------------------------

QVector<QPair<QString, QString>> N8nExecutionsCollector::figureNames()
{
    return {{QStringLiteral("executions"), QStringLiteral("executions")},
            {QStringLiteral("failed executions"), QStringLiteral("executions")},
            {QStringLiteral("average duration"), QStringLiteral("ms")},
            {QStringLiteral("p95 duration"), QStringLiteral("ms")}};
}

void N8nExecutionsCollector::run()
{
    fetch(QString());
}

void N8nExecutionsCollector::fetch(const QString &cursor)
{
    Params query = {{QStringLiteral("limit"), QString::number(definition().pageSize)},
                    {QStringLiteral("includeData"), QStringLiteral("false")},
                    {QStringLiteral("startedAfter"), window().since.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("startedBefore"), window().until.toUTC().toString(Qt::ISODateWithMs)}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    getJson(QStringLiteral("/api/v1/executions"), query, [this](const Result<QJsonDocument> &answer) {
        if (!answer)
            return fail(answer.error());
        const Result<N8nExecutionsPage> page = readN8nExecutionsPage(answer.value(), window(), &m_seenIds);
        if (!page)
            return fail(page.error());
        m_count += page->started;
        m_failed += page->failed;
        m_durationsMs.insert(m_durationsMs.end(), page->durationsMs.begin(), page->durationsMs.end());
        const Result<QString> next = m_paging.next(answer->object());
        if (page->pastStart || (next && next->isEmpty()))
            return report();
        if (!next)
            return fail(next.error());
        fetch(*next);
    });
}

void N8nExecutionsCollector::report()
{
    figure(0).value = double(m_count);
    figure(0).detail = QCoreApplication::translate("N8nCollectors", "%n page(s) read", nullptr, m_paging.pages());
    figure(1).value = double(m_failed);
    if (m_durationsMs.empty()) {
        figure(2).note = figure(3).note =
            QCoreApplication::translate("N8nCollectors", "no finished executions in the window");
    } else {
        const double sum = std::accumulate(m_durationsMs.begin(), m_durationsMs.end(), 0.0);
        figure(2).value = sum / double(m_durationsMs.size());
        // Nearest rank: the smallest duration that at least 95 % of the executions did not exceed.
        const size_t rank = size_t(std::ceil(0.95 * double(m_durationsMs.size()))) - 1;
        std::nth_element(m_durationsMs.begin(), m_durationsMs.begin() + qptrdiff(rank), m_durationsMs.end());
        figure(3).value = double(m_durationsMs[rank]);
        figure(2).detail = figure(3).detail = QCoreApplication::translate("N8nCollectors", "%n finished execution(s)",
                                                                          nullptr, int(m_durationsMs.size()));
    }
    succeed();
}

// ---- workflows ----------------------------------------------------------------------------

QVector<QPair<QString, QString>> N8nWorkflowsCollector::figureNames()
{
    return {{QStringLiteral("active workflows"), QStringLiteral("workflows")}};
}

void N8nWorkflowsCollector::run()
{
    fetch(QString());
}

void N8nWorkflowsCollector::fetch(const QString &cursor)
{
    Params query = {{QStringLiteral("active"), QStringLiteral("true")},
                    {QStringLiteral("limit"), QString::number(definition().pageSize)}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    getJson(QStringLiteral("/api/v1/workflows"), query, [this](const Result<QJsonDocument> &answer) {
        if (!answer)
            return fail(answer.error());
        const Result<QStringList> active = readN8nActiveWorkflows(answer.value());
        if (!active)
            return fail(active.error());
        m_active += active.value();
        const Result<QString> next = m_paging.next(answer->object());
        if (!next)
            return fail(next.error());
        if (!next->isEmpty())
            return fetch(*next);
        m_active.sort(Qt::CaseInsensitive);
        figure(0).value = double(m_active.size());
        figure(0).detail = m_active.join(QStringLiteral(", "));
        succeed();
    });
}
