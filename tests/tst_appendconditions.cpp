#include "models/record/AppendConditions.h"
#include "tests/StoreTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using Condition = EventDraft::Condition;
using AppendConditions::decide;
using AppendConditions::SlotState;

namespace {

const Actor kAda = Actor::person(QStringLiteral("Ada"), QStringLiteral("Platform Lead"));

EventDraft tick(const QString &item, Condition condition = Condition::Always)
{
    EventDraft d = StoreTest::slotDraft(item, QStringLiteral("done"), QStringLiteral("true"));
    d.condition = condition;
    return d;
}

SlotState holding(const QString &value, qint64 lastChange)
{
    return SlotState{true, value, lastChange};
}

} // namespace

// The conditions an append decides under its lock: on their own, and through a store.
class TestAppendConditions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<EventStore> newStore()
    {
        Error error;
        auto store = StoreTest::openStore(m_dir.filePath(QStringLiteral("s%1.golive").arg(++m_stores)),
                                          EventStore::Access::ReadWrite, &error);
        if (!store)
            qWarning("open failed: %s", qPrintable(error.message));
        return store;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void alwaysIsWritten()
    {
        QVERIFY(decide(tick(QStringLiteral("a")), QStringLiteral("true"), holding(QStringLiteral("true"), 3)).write);
        QVERIFY(decide(tick(QStringLiteral("a")), QStringLiteral("true"), SlotState{}).write);
    }

    void ifChangedSkipsTheSameValue()
    {
        const EventDraft d = tick(QStringLiteral("a"), Condition::IfChanged);
        QVERIFY(!decide(d, QStringLiteral("true"), holding(QStringLiteral("true"), 3)).write);
        QVERIFY(decide(d, QStringLiteral("true"), holding(QStringLiteral("false"), 3)).write);
        // Never set: "" is not a value the slot holds, so even "" is written.
        QVERIFY(decide(d, QString(), SlotState{}).write);
    }

    void ifCurrentIsNeedsOneOfTheValues()
    {
        EventDraft d = tick(QStringLiteral("a"), Condition::IfCurrentIs);
        d.currentIs = {QString(QLatin1String("")), QStringLiteral("false")};
        QVERIFY(decide(d, QStringLiteral("true"), SlotState{}).write);
        QVERIFY(decide(d, QStringLiteral("true"), holding(QStringLiteral("false"), 2)).write);
        QVERIFY(!decide(d, QStringLiteral("true"), holding(QStringLiteral("true"), 2)).write);
    }

    void offlineChangeAfterAnotherIsACollision()
    {
        EventDraft d = tick(QStringLiteral("a"), Condition::IfChanged);
        d.knownHead = 4;
        // Someone set the slot at #7, after the head this desk had seen: kept even though it agrees.
        const auto met = decide(d, QStringLiteral("true"), holding(QStringLiteral("true"), 7));
        QVERIFY(met.write);
        QCOMPARE(met.collidesWith, qint64(7));
        // The change it had seen is no collision.
        const auto seen = decide(d, QStringLiteral("true"), holding(QStringLiteral("true"), 4));
        QVERIFY(!seen.write);
        QCOMPARE(seen.collidesWith, qint64(0));
        // A desk that was online (knownHead 0) never collides.
        d.knownHead = 0;
        QCOMPARE(decide(d, QStringLiteral("false"), holding(QStringLiteral("true"), 7)).collidesWith, qint64(0));
    }

    void watchedSlots()
    {
        const QVector<QPair<QString, QString>> watched = {{QStringLiteral("deploy"), QStringLiteral("done")},
                                                          {QStringLiteral("db"), QString()},
                                                          {QStringLiteral("svc:*"), QStringLiteral("state")}};
        QVERIFY(AppendConditions::touches(watched, QStringLiteral("deploy"), QStringLiteral("done")));
        QVERIFY(!AppendConditions::touches(watched, QStringLiteral("deploy"), QStringLiteral("note")));
        QVERIFY(AppendConditions::touches(watched, QStringLiteral("db"), QStringLiteral("note")));
        QVERIFY(AppendConditions::touches(watched, QStringLiteral("svc:api"), QStringLiteral("state")));
        QVERIFY(!AppendConditions::touches(watched, QStringLiteral("svc:api"), QStringLiteral("note")));
        QVERIFY(!AppendConditions::touches(watched, QStringLiteral("deployment"), QStringLiteral("done")));
        QVERIFY(!AppendConditions::touches(watched, QStringLiteral("sv"), QStringLiteral("state")));
    }

    void staleUnchangedSinceIsRefused()
    {
        auto store = newStore();
        QVERIFY(store);
        QVERIFY(store->append(kAda, {tick(QStringLiteral("a"))}).ok()); // #1
        const qint64 seen = store->headSeq().value();
        QVERIFY(store->append(kAda, {tick(QStringLiteral("b"))}).ok()); // #2, after the draft was made

        EventDraft covering = tick(QStringLiteral("c"));
        covering.unchangedSince = seen;
        covering.unchangedSlots = {{QStringLiteral("b"), QString()}};
        const auto refused = store->append(kAda, {covering, tick(QStringLiteral("d"))});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("#2")), qPrintable(refused.error().message));
        QCOMPARE(store->headSeq().value(), qint64(2)); // nothing of the append was written

        // Made from what is current now: written.
        covering.unchangedSince = store->headSeq().value();
        const auto written = store->append(kAda, {covering});
        QVERIFY(written);
        QCOMPARE(written->size(), 1);
        // A slot the draft was not made from may change freely.
        QVERIFY(store->append(kAda, {tick(QStringLiteral("e"))}).ok());
        covering.unchangedSlots = {{QStringLiteral("b"), QString()}};
        QVERIFY(store->append(kAda, {covering}).ok());
        QVERIFY(store->verify().intact);
    }

    void offlineEntryGoesInOnce()
    {
        auto store = newStore();
        QVERIFY(store);
        QVERIFY(store->append(kAda, {tick(QStringLiteral("a"))}).ok()); // #1
        EventDraft offline = tick(QStringLiteral("b"));
        offline.madeAt = QStringLiteral("2026-01-01T10:00:00.000Z");
        offline.knownHead = 1;
        offline.offlineEntry = QStringLiteral("entry-7");
        const auto first = store->append(kAda, {offline});
        QVERIFY(first);
        QCOMPARE(first->size(), 1);
        const AuditEvent &e = first->constFirst();
        QCOMPARE(e.timeUtc, offline.madeAt);
        const QJsonObject marks = e.payload.value(QLatin1String("offline")).toObject();
        QCOMPARE(marks.value(QLatin1String("entry")).toString(), QStringLiteral("entry-7"));
        QVERIFY(!marks.value(QLatin1String("sharedAt")).toString().isEmpty());

        const auto again = store->append(kAda, {offline});
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(store->headSeq().value(), qint64(2));
    }

    void collisionIsNamedInTheEvent()
    {
        auto store = newStore();
        QVERIFY(store);
        QVERIFY(store->append(kAda, {tick(QStringLiteral("a"))}).ok()); // #1: what the offline desk saw
        QVERIFY(store->append(kAda, {tick(QStringLiteral("a"))}).ok()); // #2: another desk, meanwhile
        EventDraft offline = tick(QStringLiteral("a"), Condition::IfChanged);
        offline.madeAt = QStringLiteral("2026-01-01T10:00:00.000Z");
        offline.knownHead = 1;
        const auto written = store->append(kAda, {offline});
        QVERIFY(written);
        QCOMPARE(written->size(), 1);
        QCOMPARE(written->constFirst().payload.value(QLatin1String("collidesWith")).toInteger(), qint64(2));
        // Online, the same unchanged tick is skipped.
        const auto skipped = store->append(kAda, {tick(QStringLiteral("a"), Condition::IfChanged)});
        QVERIFY(skipped);
        QVERIFY(skipped->isEmpty());
        QVERIFY(store->verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestAppendConditions)
#include "tst_appendconditions.moc"
