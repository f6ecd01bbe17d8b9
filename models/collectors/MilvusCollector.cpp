#include "models/collectors/MilvusCollector.h"

#include <QCoreApplication>
#include <QJsonObject>

Result<double> readMilvusRowCount(const QJsonDocument &answer)
{
    const QJsonObject o = answer.object();
    const QJsonValue code = o.value(QStringLiteral("code"));
    if (!code.isDouble())
        return Error::make(Error::Code::Malformed,
                           QCoreApplication::translate("MilvusCollector", "no \"code\" in the answer"));
    if (code.toInt() != 0 && code.toInt() != 200)
        return Error::make(Error::Code::Remote,
                           QCoreApplication::translate("MilvusCollector", "Milvus code %1: %2")
                               .arg(code.toInt())
                               .arg(o.value(QStringLiteral("message")).toString()));
    const QJsonValue rows = o.value(QStringLiteral("data")).toObject().value(QStringLiteral("rowCount"));
    if (!rows.isDouble() && !rows.isString())
        return Error::make(Error::Code::Malformed,
                           QCoreApplication::translate("MilvusCollector", "no data.rowCount in the answer"));
    bool ok = rows.isDouble();
    const double n = ok ? rows.toDouble() : rows.toString().toDouble(&ok);
    // Text is read as a number the way Qt reads one, which takes "nan" and "inf" (found by fuzz_milvus);
    // a count beyond 2^53 would be stored rounded.
    if (!ok || !isExactCount(n))
        return Error::make(Error::Code::Malformed,
                           QCoreApplication::translate("MilvusCollector", "data.rowCount is not a count: %1")
                               .arg(rows.isString() ? rows.toString().left(40) : QString::number(n, 'g', 17)));
    return n;
}

QVector<QPair<QString, QString>> MilvusCollector::figureNames()
{
    return {{QStringLiteral("entities"), QStringLiteral("entities")}};
}

void MilvusCollector::run()
{
    const QJsonObject body{{QStringLiteral("collectionName"), definition().milvusCollection}};
    postJson(QStringLiteral("/v2/vectordb/collections/get_stats"), QJsonDocument(body).toJson(QJsonDocument::Compact),
             [this](const Result<QJsonDocument> &answer) {
                 if (!answer)
                     return fail(answer.error());
                 const Result<double> rows = readMilvusRowCount(answer.value());
                 if (!rows)
                     return fail(rows.error());
                 figure(0).value = rows.value();
                 figure(0).detail =
                     QCoreApplication::translate("MilvusCollector", "collection %1").arg(definition().milvusCollection);
                 succeed();
             });
}
