#include "models/team/TeamRecordCheck.h"

#include "models/record/EventStore.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

TeamRecordProbe TeamRecordProbe::run(const QString &address)
{
    TeamRecordProbe probe;
    auto opened = EventStore::open(address, EventStore::Access::ReadOnly, EventStore::Integrity::Deferred);
    if (!opened) {
        // An empty database opened for reading: reachable, and the first desk to connect makes the tables.
        if (opened.error().code == Error::Code::NotFound)
            probe.outcome = Outcome::Empty;
        else
            probe.error = opened.error();
        return probe;
    }
    const auto head = opened.value()->headSeq();
    if (!head) {
        probe.error = head.error();
        return probe;
    }
    probe.outcome = Outcome::Reachable;
    probe.events = head.value();
    return probe;
}

QString TeamRecordProbe::describe() const
{
    switch (outcome) {
    case Outcome::Reachable:
        return QCoreApplication::translate("TeamRecordProbe", "Reachable: the team record holds %n event(s).", nullptr,
                                           int(events));
    case Outcome::Empty:
        return QCoreApplication::translate("TeamRecordProbe",
                                           "Reachable, but the database is empty: the record will be created "
                                           "on connect.");
    case Outcome::Failed: break;
    }
    return error.message;
}

void TeamRecordCheck::start(const QString &address)
{
    if (m_running)
        return;
    m_running = true;
    // The result is handed over when the thread has ended; if this object is gone by then, the
    // connection is gone with it and the thread just cleans up.
    auto result = std::make_shared<TeamRecordProbe>();
    QThread *thread = QThread::create([address, result] { *result = TeamRecordProbe::run(address); });
    connect(thread, &QThread::finished, this, [this, result] {
        m_running = false;
        emit finished(*result);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
