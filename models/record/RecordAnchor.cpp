#include "models/record/RecordAnchor.h"

#include "models/record/EventStore.h"

#include <QCoreApplication>
#include <QFile>
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

Result<QVector<RecordAnchor>> RecordAnchor::readFile(const QString &path)
{
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

Status RecordAnchor::checkAll(const EventStore &store, qint64 headSeq, const QVector<RecordAnchor> &anchors)
{
    QStringList findings;
    QMultiMap<qint64, const RecordAnchor *> held; // seq -> the anchors naming it
    for (const RecordAnchor &a : anchors) {
        if (a.seq > headSeq)
            findings.append(QCoreApplication::translate("RecordAnchor",
                                                        "the record ends at event #%1, but the anchor %2 names event "
                                                        "#%3: events were removed from its end")
                                .arg(headSeq)
                                .arg(a.source)
                                .arg(a.seq));
        else
            held.insert(a.seq, &a);
    }
    if (!held.isEmpty()) {
        // One read from the oldest anchor on: linear in what follows it, however many anchors.
        const Status read = store.readEvents(held.firstKey() - 1, [&](const AuditEvent &e) {
            for (auto it = held.constFind(e.seq); it != held.constEnd() && it.key() == e.seq; ++it) {
                if (!e.hash.startsWith((*it)->hash))
                    findings.append(
                        QCoreApplication::translate("RecordAnchor",
                                                    "event #%1 has the hash %2…, but the anchor %3 says %4…: the "
                                                    "record was rewritten since the anchor was taken")
                            .arg(e.seq)
                            .arg(e.hash.left(16), (*it)->source, (*it)->hash.left(16)));
            }
        });
        if (!read)
            return read;
    }
    if (findings.isEmpty())
        return {};
    return Status::failure(Error::Code::Corrupt, findings.join(QLatin1Char('\n')));
}
