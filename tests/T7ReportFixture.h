#pragma once
// A launch that ran its seven days, for the T+7 report's test and benchmark: T0, ticks by three
// leads, the Day 7 review filled in, confirmed hourly reports, incidents with their timelines,
// and a probe history of the week.

#include "models/incidents/IncidentDesk.h"
#include "models/monitoring/ProbeHistory.h"
#include "models/reports/HourlyReport.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/Clock.h"

#include <QRandomGenerator>

namespace T7Fixture {

inline Actor projectManager()
{
    return Actor::person(QStringLiteral("Pat Miller"), QStringLiteral("Project Manager"));
}
inline Actor operationsLead()
{
    return Actor::person(QStringLiteral("Olga Stein"), QStringLiteral("Operations Lead"));
}
inline Actor technicalLead()
{
    return Actor::person(QStringLiteral("Tom Becker"), QStringLiteral("Technical Lead"));
}

// The Day 7 review's blanks and the values the leads entered, by the blank's label; the first
// blank of that label after the Day 7 heading takes the value.
inline QVector<QPair<QString, QString>> day7Values()
{
    return {{QStringLiteral("Total emails processed"), QStringLiteral("12840")},
            {QStringLiteral("Success rate"), QStringLiteral("99.2")},
            {QStringLiteral("Average processing time"), QStringLiteral("3.4")},
            {QStringLiteral("Error rate"), QStringLiteral("0.8")},
            {QStringLiteral("Total suggestions generated"), QStringLiteral("9517")},
            {QStringLiteral("Acceptance rate"), QStringLiteral("71")},
            {QStringLiteral("Total approval requests"), QStringLiteral("431")},
            {QStringLiteral("Failed jobs"), QStringLiteral("3")},
            {QStringLiteral("Average search response"), QStringLiteral("212")},
            {QStringLiteral("n8n CPU usage normal"), QStringLiteral("35")},
            {QStringLiteral("PostgreSQL query time p95"), QStringLiteral("180")},
            {QStringLiteral("Operations team feedback"), QStringLiteral("Calm week; two alerts tuned")},
            {QStringLiteral("Issue tracking document"), QStringLiteral("JIRA GOLIVE-77")}};
}

inline const ChecklistNode *day7Section(const ChecklistDocument &doc)
{
    const ChecklistNode *found = nullptr;
    doc.root()->forEach([&](const ChecklistNode *n) {
        if (!found && n->kind() == ChecklistNode::Kind::Section && n->title().startsWith(QLatin1String("Day 7")))
            found = n;
    });
    return found;
}

inline Status fillDay7(LaunchRecord &session)
{
    const ChecklistNode *section = day7Section(*session.document());
    if (!section)
        return Status::failure(Error::Code::NotFound, QStringLiteral("no Day 7 section"));
    auto values = day7Values();
    QVector<const ChecklistNode *> nodes;
    section->forEach([&nodes](const ChecklistNode *n) { nodes.append(n); });
    for (const ChecklistNode *n : nodes) {
        for (const ChecklistField &f : n->fields()) {
            for (int i = 0; i < values.size(); ++i) {
                if (f.label == values.at(i).first) {
                    if (Status s = ChecklistDesk(session).setField(n->id(), f.key, values.at(i).second); !s)
                        return s;
                    values.removeAt(i);
                    break;
                }
            }
        }
        if (n->isTickable()
            && (n->title() == QLatin1String("Collect Statistics")
                || n->title() == QLatin1String("All critical issues resolved"))) {
            if (Status s = ChecklistDesk(session).setDone(n->id(), true); !s)
                return s;
        }
    }
    return values.isEmpty()
        ? Status()
        : Status::failure(Error::Code::NotFound, QStringLiteral("no blank labelled %1").arg(values.first().first));
}

inline QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline Status confirmHours(LaunchRecord &session, const QDateTime &t0, int hours)
{
    for (int h = 1; h <= hours; ++h) {
        QJsonObject values;
        auto put = [&values](ReportField f, const QString &value, const QString &source) {
            values.insert(reportFieldKey(f),
                          QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("source"), source}});
        };
        put(ReportField::Tickets, QString::number(40 + 7 * h),
            QStringLiteral("GET http://freescout/api/conversations"));
        put(ReportField::Executions, QString::number(300 + 11 * h), QStringLiteral("GET http://n8n/api/v1/executions"));
        put(ReportField::Failures, QString::number(h == 3 ? 4 : 0), QStringLiteral("GET http://n8n/api/v1/executions"));
        put(ReportField::Health, h == 3 ? QStringLiteral("Yellow") : QStringLiteral("Green"),
            QStringLiteral("probe history"));
        put(ReportField::Issues, h == 3 ? QStringLiteral("baramundi slow") : QStringLiteral("none"),
            ReportValue::operatorSource());
        const Actor who = h % 2 ? operationsLead() : technicalLead();
        const Status s = session.record({EventDraft::of(EventKind::ReportConfirmed,
                                                        {{QStringLiteral("hour"), h},
                                                         {QStringLiteral("from"), stamp(t0.addSecs(3600 * (h - 1)))},
                                                         {QStringLiteral("to"), stamp(t0.addSecs(3600 * h))},
                                                         {QStringLiteral("values"), values}})},
                                        &who);
        if (!s)
            return s;
    }
    const Actor pm = projectManager();
    return session.record({EventDraft::of(EventKind::ReportCorrected,
                                          {{QStringLiteral("hour"), 2},
                                           {QStringLiteral("field"), reportFieldKey(ReportField::Tickets)},
                                           {QStringLiteral("value"), QStringLiteral("61")},
                                           {QStringLiteral("previous"), QStringLiteral("54")},
                                           {QStringLiteral("reason"), QStringLiteral("late imports counted")}})},
                          &pm);
}

inline Status openIncidents(LaunchRecord &session, const QDateTime &t0, int count)
{
    ManualClock clock(t0.addSecs(5400));
    IncidentDesk desk(&session, &clock);
    for (int i = 0; i < count; ++i) {
        session.setActor(i % 2 ? technicalLead() : operationsLead());
        const auto id =
            desk.open(i % 2 ? QStringLiteral("Integration Failures") : QStringLiteral("Critical Issue (System Down)"),
                      1 + i % 2, QStringLiteral("Mail queue stuck %1").arg(i + 1));
        if (!id)
            return id.error();
        clock.advanceMins(4);
        if (Status s = desk.acknowledge(id.value()); !s)
            return s;
        clock.advanceMins(3);
        if (Status s = desk.addNote(id.value(), QStringLiteral("IMAP worker restarted")); !s)
            return s;
        if (Status s = desk.setStepDone(id.value(), 1, true); !s)
            return s;
        clock.advanceMins(20);
        if (i + 1 < count || count == 1) {
            if (Status s = desk.resolve(id.value(), QStringLiteral("queue drained, cause fixed")); !s)
                return s;
        }
        clock.advanceMins(600);
    }
    return {};
}

// T0 planned and recorded, some ticks by the three leads, the Day 7 review, hourly reports and
// incidents; then ticks and unticks until the record holds at least `events` events.
inline Status fillRecord(LaunchRecord &session, const QDateTime &t0, int incidents, int hours, int events)
{
    session.setActor(projectManager());
    if (Status s = session.recordOne(LaunchTiming::planned(t0.addSecs(-1800))); !s)
        return s;
    session.setActor(operationsLead());
    if (Status s = session.recordOne(LaunchTiming::recorded(t0)); !s)
        return s;
    const auto nodes = session.document()->nodesInOrder();
    QVector<const ChecklistNode *> tickable;
    for (const ChecklistNode *n : nodes) {
        if (n->isTickable())
            tickable.append(n);
    }
    const Actor people[] = {projectManager(), operationsLead(), technicalLead()};
    for (int i = 0; i < tickable.size() * 2 / 3; ++i) {
        session.setActor(people[i % 3]);
        if (Status s = ChecklistDesk(session).setDone(tickable.at(i)->id(), true); !s)
            return s;
    }
    session.setActor(technicalLead());
    if (Status s = fillDay7(session); !s)
        return s;
    if (Status s = confirmHours(session, t0, hours); !s)
        return s;
    if (Status s = openIncidents(session, t0, incidents); !s)
        return s;
    // More of the same until the trail is as long as asked: an item at the end toggled.
    const QString spare = tickable.last()->id();
    for (qint64 seq = session.headSeq(); seq < events; seq = session.headSeq()) {
        session.setActor(people[seq % 3]);
        if (Status s = ChecklistDesk(session).setDone(spare, !session.state().isDone(spare)); !s)
            return s;
    }
    return {};
}

// Every service probed every intervalSecs for days from t0: mostly UP; the first service DOWN for
// 20 minutes on day 2 (after two PENDING results), the second DEGRADED for an hour on day 4.
inline Status fillHistory(ProbeHistory &history, const QStringList &services, const QDateTime &t0, int days,
                          int intervalSecs)
{
    QHash<QString, int> intervals;
    for (const QString &s : services)
        intervals.insert(s, intervalSecs * 1000);
    QRandomGenerator rng(7);
    const qint64 start = t0.toMSecsSinceEpoch();
    const qint64 step = intervalSecs * 1000LL;
    const qint64 end = start + days * 86'400'000LL;
    const qint64 downFrom = start + 86'400'000LL + 10 * 3'600'000LL;
    const qint64 slowFrom = start + 3 * 86'400'000LL + 14 * 3'600'000LL;
    QVector<ProbeResult> batch;
    for (qint64 t = start; t < end; t += step) {
        for (int i = 0; i < services.size(); ++i) {
            ProbeResult r{services.at(i), QDateTime::fromMSecsSinceEpoch(t + i * 37, Qt::UTC), ServiceState::Up,
                          60 + int(rng.bounded(60)) + 15 * (i % 4), QStringLiteral("HTTP 200")};
            if (i == 0 && t >= downFrom && t < downFrom + 20 * 60'000) {
                r.state = t < downFrom + 2 * step ? ServiceState::Pending : ServiceState::Down;
                r.latencyMs = -1;
                r.reason = QStringLiteral("HTTP 503");
            } else if (i == 1 && t >= slowFrom && t < slowFrom + 3'600'000) {
                r.state = ServiceState::Degraded;
                r.latencyMs = 900 + int(rng.bounded(300));
            }
            batch.append(r);
        }
        if (batch.size() >= 40 * services.size() || t + step >= end) {
            if (Status s = history.record(batch, intervals); !s)
                return s;
            batch.clear();
        }
    }
    return {};
}

} // namespace T7Fixture
