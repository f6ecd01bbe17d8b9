#include "models/record/RecordAnchor.h"

#include "models/record/EventStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMultiMap>
#include <QRegularExpression>

QString RecordAnchor::format(qint64 seq, const QString &hash)
{
    return QStringLiteral("%1:%2").arg(seq).arg(hash);
}

Result<RecordAnchor> RecordAnchor::parse(const QString &text, const QString &source)
{
    static const QRegularExpression shape(QStringLiteral("^([0-9]{1,18}):([0-9a-fA-F]{16,64})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    const qint64 seq = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    if (seq < 1)
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("RecordAnchor",
                                                       "%1: \"%2\" is not a head of the record: write SEQ:HASH as "
                                                       "golive verify prints it (e.g. 42:3f9a…, 16 to 64 hex digits)")
                               .arg(source, text.trimmed()));
    return RecordAnchor{seq, m.captured(2).toLower(), source};
}

Result<QVector<RecordAnchor>> RecordAnchor::readFile(const QString &path, const QString &recordPath)
{
    const QString given = QFileInfo(path).canonicalFilePath();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString recordFile = QFileInfo(recordPath + suffix).canonicalFilePath();
        if (!given.isEmpty() && given == recordFile)
            return Error::make(Error::Code::Invalid,
                               QCoreApplication::translate("RecordAnchor",
                                                           "%1 is a file of the launch record itself, not a file of "
                                                           "anchors; it was not opened")
                                   .arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("RecordAnchor", "cannot read the anchors in %1: %2")
                               .arg(path, file.errorString()));
    QVector<RecordAnchor> anchors;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        if (line.trimmed().isEmpty())
            continue;
        auto anchor = parse(line, QStringLiteral("%1:%2").arg(path).arg(lineNumber));
        if (!anchor)
            return anchor.error();
        anchors.append(anchor.value());
    }
    return anchors;
}

Result<RecordAnchor> RecordAnchor::namedBy(const AuditEvent &event)
{
    const QJsonValue head = event.payload.value(QLatin1String("head"));
    const QString source = QCoreApplication::translate("RecordAnchor", "of event #%1").arg(event.seq);
    if (head.isUndefined())
        return Error::make(Error::Code::NotFound, source);
    const QJsonObject o = head.toObject();
    auto anchor = parse(
        RecordAnchor::format(o.value(QLatin1String("seq")).toInteger(), o.value(QLatin1String("hash")).toString()),
        source);
    if (anchor && anchor->seq >= event.seq)
        return Error::make(
            Error::Code::Invalid,
            QCoreApplication::translate("RecordAnchor", "event #%1 names the head #%2, which it cannot have seen")
                .arg(event.seq)
                .arg(anchor->seq));
    return anchor;
}

QJsonObject RecordAnchor::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}};
}

Result<RecordAnchor> RecordAnchor::ofEvent(const EventStore &store, qint64 seq)
{
    RecordAnchor anchor;
    const Status read = store.readEvents(seq - 1, [&](const AuditEvent &e) {
        if (e.seq == seq)
            anchor = RecordAnchor{e.seq, e.hash, {}};
    });
    if (!read)
        return read.error();
    if (anchor.seq != seq)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("RecordAnchor", "the record %1 holds no event #%2").arg(store.path()).arg(seq));
    return anchor;
}

Result<QVector<RecordAnchor::Finding>> RecordAnchor::checkAll(const EventStore &store, qint64 headSeq,
                                                              const QVector<RecordAnchor> &anchors)
{
    QVector<Finding> findings;
    QMultiMap<qint64, qsizetype> held; // seq -> the anchors naming it
    const auto fails = [&](qsizetype index, const QString &why) { findings.append({index, why}); };
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        const RecordAnchor &a = anchors.at(i);
        if (a.seq > headSeq)
            fails(i,
                  QCoreApplication::translate("RecordAnchor",
                                              "the record ends at event #%1, but the anchor %2 names event "
                                              "#%3: events were removed from its end")
                      .arg(headSeq)
                      .arg(a.source)
                      .arg(a.seq));
        else
            held.insert(a.seq, i);
    }
    if (!held.isEmpty()) {
        // One read from the oldest anchor on: linear in what follows it, however many anchors.
        const Status read = store.readEvents(held.firstKey() - 1, [&](const AuditEvent &e) {
            for (auto it = held.constFind(e.seq); it != held.constEnd() && it.key() == e.seq; ++it) {
                const RecordAnchor &a = anchors.at(it.value());
                if (!e.hash.startsWith(a.hash))
                    fails(it.value(),
                          QCoreApplication::translate("RecordAnchor",
                                                      "event #%1 has the hash %2…, but the anchor %3 says "
                                                      "%4…: the record was rewritten since the anchor was "
                                                      "taken")
                              .arg(e.seq)
                              .arg(e.hash.left(16), a.source, a.hash.left(16)));
            }
        });
        if (!read)
            return read.error();
    }
    return findings;
}
