#pragma once

#include "models/core/Error.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

class EventStore;
struct AuditEvent;

// A head of the record kept outside it ("SEQ:HASH", as `golive verify` prints it and the T+7
// report's footer shows it): read again later, the record must still hold event SEQ with that
// hash. A record can be truncated or rewritten consistently by someone who can write all of it;
// only a copy of its head kept elsewhere tells that apart from the original.
struct RecordAnchor
{
    qint64 seq = 0;
    QString hash;   // the event's SHA-256 in lowercase hex, or its first 16 or more digits
    QString source; // where it came from, for messages: "--expect-head", "anchors.txt:3"

    static QString format(qint64 seq, const QString &hash);
    // Invalid when text is not SEQ:HASH (SEQ from 1, HASH 16 to 64 hex digits).
    static Result<RecordAnchor> parse(const QString &text, const QString &source);
    // One anchor per line; '#' starts a comment, blank lines are skipped. Invalid naming the file
    // and the line of a bad one; NotFound when the file cannot be read.
    // The anchors in a text file; never the record at recordPath itself (or its journal): nothing
    // but SQLite opens a record's files, and closing another descriptor drops SQLite's locks.
    static Result<QVector<RecordAnchor>> readFile(const QString &path, const QString &recordPath);

    // The head an event's payload names ("head": {"seq", "hash"}): the record as the person or
    // program that made the event had seen it (a sign-off, a confirmed hourly report). NotFound
    // when it names none (events from before heads were recorded), Invalid when it is malformed.
    static Result<RecordAnchor> namedBy(const AuditEvent &event);
    QJsonObject toJson() const;
    // Event seq of the record with its full hash, as a payload names it; NotFound when the record
    // does not hold it.
    static Result<RecordAnchor> ofEvent(const EventStore &store, qint64 seq);

    // An anchor the record does not hold, and why in words (beyond the head: events were
    // removed; another hash: the record was rewritten).
    struct Finding
    {
        qsizetype anchor = -1; // its index in the anchors checked
        QString text;
    };
    // Whether the record, verified up to headSeq, holds every anchor's event with its hash: the
    // anchors it does not hold (none: all held), or the error when the record could not be read.
    static Result<QVector<Finding>> checkAll(const EventStore &store, qint64 headSeq,
                                             const QVector<RecordAnchor> &anchors);
};
