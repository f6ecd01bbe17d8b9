#include "models/collectors/FreeScoutCollector.h"

#include <QCoreApplication>
#include <QJsonObject>

Result<qint64> readFreeScoutTotal(const QJsonDocument &answer)
{
    const QJsonValue total =
        answer.object().value(QStringLiteral("page")).toObject().value(QStringLiteral("totalElements"));
    if (!total.isDouble())
        return Error::make(Error::Code::Malformed,
                           QCoreApplication::translate("FreeScoutCollector", "no page.totalElements in the answer"));
    // A count, exact as a JSON number (up to 2^53): anything else would turn into a wrong number, or
    // into no number at all when converted (found by fuzz_freescout: 5e22).
    const double n = total.toDouble();
    if (!isExactCount(n))
        return Error::make(Error::Code::Malformed,
                           QCoreApplication::translate("FreeScoutCollector", "page.totalElements is not a count: %1")
                               .arg(n, 0, 'g', 17));
    return qint64(n);
}

QVector<QPair<QString, QString>> FreeScoutCollector::figureNames()
{
    return {{QStringLiteral("conversations created"), QStringLiteral("conversations")}};
}

void FreeScoutCollector::run()
{
    count(window().since, [this](qint64 sinceStart) {
        auto done = [this, sinceStart](qint64 afterEnd) {
            figure(0).value = double(std::max<qint64>(0, sinceStart - afterEnd));
            succeed();
        };
        if (window().until >= now())
            return done(0); // nothing can have been created after a window that is still open
        count(window().until, done);
    });
}

void FreeScoutCollector::count(const QDateTime &since, const std::function<void(qint64)> &then)
{
    Params query = {{QStringLiteral("createdSince"), since.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("status"), definition().freescoutStatus},
                    {QStringLiteral("pageSize"), QStringLiteral("1")},
                    {QStringLiteral("page"), QStringLiteral("1")}};
    if (!definition().freescoutMailboxId.isEmpty())
        query.append({QStringLiteral("mailboxId"), definition().freescoutMailboxId});
    getJson(QStringLiteral("/api/conversations"), query, [this, then](const Result<QJsonDocument> &answer) {
        if (!answer)
            return fail(answer.error());
        const Result<qint64> total = readFreeScoutTotal(answer.value());
        if (!total)
            return fail(total.error());
        then(total.value());
    });
}
