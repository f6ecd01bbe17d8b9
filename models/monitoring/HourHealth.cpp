#include "models/monitoring/HourHealth.h"

#include "models/monitoring/ProbeHistory.h"
#include <QCoreApplication>

namespace {

struct Run
{
    qint64 ms = 0;
    QDateTime since;
};

// The longest unbroken time in [from, end) the service spent in a state matching pred.
template<class Pred>
Run longestRun(const QVector<ProbeResult> &results, const QDateTime &from, const QDateTime &end, Pred pred)
{
    Run best;
    Run current;
    QDateTime currentEnd;
    for (int i = 0; i < results.size(); ++i) {
        const ProbeResult &r = results.at(i);
        QDateTime coverTo = r.time.addMSecs(HourHealth::kMaxCoverMs);
        if (i + 1 < results.size())
            coverTo = std::min(coverTo, results.at(i + 1).time);
        const QDateTime a = std::max(r.time, from);
        const QDateTime b = std::min(coverTo, end);
        if (b <= a)
            continue;
        if (pred(r.state)) {
            if (current.ms > 0 && currentEnd == a) {
                current.ms += a.msecsTo(b);
            } else {
                current = {a.msecsTo(b), a};
            }
            currentEnd = b;
            if (current.ms > best.ms)
                best = current;
        } else {
            current = {};
        }
    }
    return best;
}

QString minutes(qint64 ms)
{
    return QCoreApplication::translate("HourHealth", "%1 min").arg(qRound(ms / 60000.0));
}

} // namespace

HourHealth assessHour(const ProbeHistory &history, const QStringList &services, int hour, const QDateTime &from,
                      const QDateTime &to, const QDateTime &now)
{
    HourHealth h;
    h.hour = hour;
    h.from = from;
    h.to = to;
    const QDateTime end = std::min(to, now);
    bool anyResults = false;
    for (const QString &service : services) {
        // The last result before the hour says what state the hour began in.
        auto read = history.results(service, from.addMSecs(-HourHealth::kMaxCoverMs), end);
        if (!read) {
            h.error = read.error().message;
            continue;
        }
        QVector<ProbeResult> results = std::move(read.value());
        while (results.size() > 1 && results.at(1).time <= from)
            results.removeFirst();
        if (results.isEmpty())
            continue;
        anyResults = true;
        const Run down = longestRun(results, from, end, [](ServiceState s) { return s == ServiceState::Down; });
        const Run bad = longestRun(
            results, from, end, [](ServiceState s) { return s == ServiceState::Down || s == ServiceState::Degraded; });
        Health health = Health::Green;
        Run run;
        ServiceState state = ServiceState::Up;
        if (down.ms >= HourHealth::kSustainMs) {
            health = Health::Red;
            run = down;
            state = ServiceState::Down;
        } else if (bad.ms >= HourHealth::kSustainMs) {
            health = Health::Yellow;
            run = bad;
            state = down.ms > 0 ? ServiceState::Down : ServiceState::Degraded;
        }
        if (health > h.health || (health == h.health && health != Health::Green && run.ms > h.sustainedMs)) {
            h.health = health;
            if (health != Health::Green) {
                h.service = service;
                h.state = state;
                h.sustainedMs = run.ms;
                h.since = run.since;
            }
        }
    }
    if (!anyResults) {
        h.health = Health::Unknown;
        h.reason =
            h.error.isEmpty() ? QCoreApplication::translate("HourHealth", "no probe results in the hour") : h.error;
    } else if (h.health == Health::Green) {
        h.reason = QCoreApplication::translate("HourHealth", "no service DOWN or DEGRADED for %1 or more")
                       .arg(minutes(HourHealth::kSustainMs));
    } else {
        h.reason = QCoreApplication::translate("HourHealth", "%1 %2 for %3 from %4 UTC")
                       .arg(h.service,
                            h.health == Health::Red || h.state == ServiceState::Degraded
                                ? serviceStateName(h.state)
                                : QCoreApplication::translate("HourHealth", "DEGRADED or DOWN"),
                            minutes(h.sustainedMs), h.since.toUTC().toString(QStringLiteral("HH:mm")));
    }
    return h;
}
