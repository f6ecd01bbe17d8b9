// Appends tick/untick events to a store, one transaction each, for the crash-safety and
// concurrency tests. After each append returns it prints "ACK <seq>": whatever it printed
// must be in the store, however the process ends.
//
//   store_writer <store> [--item ID] [--actor NAME] [--count N]
//
// Prints "READY <head>" once the store is open. Exits 0 after N events (without --count it
// runs until killed), 3 after "BUSY <message>" when the store stayed locked, 2 after
// "ERROR <message>" on any other failure.

#include "models/record/EventStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace {

// One write per line, flushed at once, so a kill never leaves half a line behind a full one.
void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int failWith(const Error &error)
{
    const bool busy = error.code == Error::Code::Busy;
    say((busy ? "BUSY " : "ERROR ") + error.message.toUtf8());
    return busy ? 3 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: store_writer <store> [--item ID] [--actor NAME] [--count N]\n", stderr);
        return 1;
    }
    const QString path = args.at(1);
    QString item = QStringLiteral("writer-item");
    Actor actor = Actor::person(QStringLiteral("store_writer"), QStringLiteral("System Administrator"));
    qint64 count = -1;
    for (int i = 2; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--item"))
            item = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--actor"))
            actor.name = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--count"))
            count = args.at(i + 1).toLongLong();
    }

    auto opened = EventStore::open(path, EventStore::Access::ReadWrite);
    if (!opened)
        return failWith(opened.error());
    EventStore *store = opened.value().get();
    const auto head = store->headSeq();
    if (!head)
        return failWith(head.error());
    say("READY " + QByteArray::number(head.value()));

    for (qint64 i = 0; count < 0 || i < count; ++i) {
        const bool done = i % 2 == 0;
        const EventDraft draft =
            EventDraft::of(done ? EventKind::ItemTicked : EventKind::ItemUnticked, {{QStringLiteral("item"), item}});
        const auto written = store->append(actor, {draft});
        if (!written)
            return failWith(written.error());
        say("ACK " + QByteArray::number(written->constFirst().seq));
    }
    return 0;
}
