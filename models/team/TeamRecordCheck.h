#pragma once

#include "models/core/Error.h"

#include <QObject>

// What "Test connection" found at a team record address.
struct TeamRecordProbe
{
    enum class Outcome {
        Reachable, // a launch record with events
        Empty,     // the database is there and empty: connecting creates the record
        Failed     // error says why (it names the address)
    };
    Outcome outcome = Outcome::Failed;
    qint64 events = 0;
    Error error;

    // Opens the record read-only (nothing is created or changed) and counts its events. It
    // waits on the network: call it on a worker thread.
    static TeamRecordProbe run(const QString &address);
    // The finding in words, for the dialog.
    QString describe() const;
};
Q_DECLARE_METATYPE(TeamRecordProbe)

// Runs TeamRecordProbe::run on a thread of its own so that the window never waits on the
// network; finished() arrives on this object's thread. A second start() while one runs is
// ignored (running() says so).
class TeamRecordCheck final : public QObject
{
    Q_OBJECT

public:
    explicit TeamRecordCheck(QObject *parent = nullptr) : QObject(parent) {}
    void start(const QString &address);
    bool running() const { return m_running; }

signals:
    void finished(const TeamRecordProbe &probe);

private:
    bool m_running = false;
};
