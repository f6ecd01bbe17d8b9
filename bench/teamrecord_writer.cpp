// One desk of the team record benchmark (teamrecord_bench): opens the record, prints
// "READY <head>", waits for "GO" on stdin so that every desk starts at once, then appends N
// ticks and unticks of its item, one transaction each. After each append() returns it prints
// "ACK <seq> <µs>": the event's seq and the wall clock (µs since the epoch) at that moment, the
// commit time the listening desk's display is measured from.
//
//   teamrecord_writer <record> --item ID --actor NAME --count N
//
// Exits 0 after N events, 2 after "ERROR <message>".
#include "bench/WallClock.h"
#include "models/record/EventStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace {

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int failWith(const Error &error)
{
    say("ERROR " + error.message.toUtf8());
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: teamrecord_writer <record> --item ID --actor NAME --count N\n", stderr);
        return 1;
    }
    QString item = QStringLiteral("bench-item");
    QString actorName = QStringLiteral("desk");
    qint64 count = 1000;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--item"))
            item = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--actor"))
            actorName = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toLongLong();
    }
    const Actor actor = Actor::person(actorName, QStringLiteral("System Administrator"));

    auto opened = EventStore::open(args.at(1), EventStore::Access::ReadWrite);
    if (!opened)
        return failWith(opened.error());
    EventStore *store = opened.value().get();
    const auto head = store->headSeq();
    if (!head)
        return failWith(head.error());
    say("READY " + QByteArray::number(head.value()));

    char line[64];
    if (!std::fgets(line, sizeof line, stdin) || std::strncmp(line, "GO", 2) != 0)
        return failWith(Error::make(Error::Code::Cancelled, QStringLiteral("no GO on stdin")));

    for (qint64 i = 0; i < count; ++i) {
        const EventDraft draft = EventDraft::of(i % 2 == 0 ? EventKind::ItemTicked : EventKind::ItemUnticked,
                                                {{QStringLiteral("item"), item}});
        const auto written = store->append(actor, {draft});
        if (!written)
            return failWith(written.error());
        const qint64 committedUs = wallClockUs();
        say("ACK " + QByteArray::number(written->constFirst().seq) + ' ' + QByteArray::number(committedUs));
    }
    return 0;
}
