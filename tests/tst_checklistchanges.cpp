#include "models/session/ChecklistChanges.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace {

QByteArray bytes(const EventDraft &d)
{
    return QJsonDocument(d.payload).toJson(QJsonDocument::Compact);
}

AuditEvent eventOf(const EventDraft &d, const QString &oldValue)
{
    AuditEvent e;
    e.kind = d.kind;
    e.payload = d.payload;
    e.legacy.oldValue = oldValue;
    return e;
}

} // namespace

// The checklist's typed changes: the payloads are the ones older records hold, byte for byte.
class TestChecklistChanges : public QObject
{
    Q_OBJECT

private slots:
    void tickAndUntickKeepTheirPayloads()
    {
        const EventDraft tick = ChecklistChanges::ticked(QStringLiteral("Staging"), true);
        QCOMPARE(tick.kind, EventKind::ItemTicked);
        QCOMPARE(tick.condition, EventDraft::Condition::IfChanged);
        QCOMPARE(bytes(tick), QByteArray(R"({"item":"Staging"})"));
        const EventDraft untick = ChecklistChanges::ticked(QStringLiteral("Staging"), false, 7);
        QCOMPARE(untick.kind, EventKind::ItemUnticked);
        QCOMPARE(bytes(untick), QByteArray(R"({"item":"Staging","reverts":7})"));
    }

    void notesAndFieldsKeepTheirPayloads()
    {
        const EventDraft note = ChecklistChanges::noteSet(QStringLiteral("a"), QStringLiteral("ok"));
        QCOMPARE(note.kind, EventKind::NoteSet);
        QCOMPARE(bytes(note), QByteArray(R"({"item":"a","note":"ok"})"));
        const EventDraft typed = ChecklistChanges::fieldSet(QStringLiteral("a"), QStringLiteral("f0"),
                                                            QStringLiteral("12"), QStringLiteral("operator"));
        QCOMPARE(typed.kind, EventKind::FieldSet);
        QCOMPARE(typed.condition, EventDraft::Condition::IfChanged);
        QCOMPARE(bytes(typed), QByteArray(R"({"field":"f0","item":"a","value":"12"})"));
        const EventDraft collected = ChecklistChanges::fieldSet(QStringLiteral("a"), QStringLiteral("f0"),
                                                                QStringLiteral("12"), QStringLiteral("GET x"), 3);
        QCOMPARE(bytes(collected),
                 QByteArray(R"({"field":"f0","item":"a","reverts":3,"source":"GET x","value":"12"})"));
    }

    void theRecordIndexesThemAsBefore()
    {
        const EventDraft field =
            ChecklistChanges::fieldSet(QStringLiteral("a"), QStringLiteral("f0"), QStringLiteral("1"));
        const EventIndex index = indexOf(field.kind, field.payload);
        QCOMPARE(index.subject, QStringLiteral("a"));
        QCOMPARE(index.slot, QStringLiteral("field:f0"));
        QCOMPARE(ChecklistChanges::recordSlot(ItemSlot::field(QStringLiteral("a"), QStringLiteral("f0"))),
                 qMakePair(QStringLiteral("a"), QStringLiteral("field:f0")));
        QCOMPARE(ChecklistChanges::recordSlot(ItemSlot::done(QStringLiteral("a"))),
                 qMakePair(QStringLiteral("a"), QStringLiteral("done")));
        QCOMPARE(ChecklistChanges::recordSlot(ItemSlot::note(QStringLiteral("a"))),
                 qMakePair(QStringLiteral("a"), QStringLiteral("note")));
    }

    void readGivesTheChangeBack()
    {
        const ItemChange changes[] = {
            {ItemSlot::done(QStringLiteral("a")), true, {}},
            {ItemSlot::done(QStringLiteral("a")), false, {}},
            {ItemSlot::note(QStringLiteral("b")), false, QStringLiteral("a note")},
            {ItemSlot::field(QStringLiteral("c"), QStringLiteral("f1")), false, QStringLiteral("42")},
        };
        for (const ItemChange &c : changes) {
            const std::optional<ItemChange> back = ChecklistChanges::read(ChecklistChanges::of(c));
            QVERIFY(back);
            QCOMPARE(back->slot, c.slot);
            QVERIFY(back->sameValue(c));
            QCOMPARE(back->done, c.done);
            QCOMPARE(back->text, c.text);
        }
        QVERIFY(!ChecklistChanges::read(EventKind::T0Recorded, {{QStringLiteral("time"), QStringLiteral("x")}}));
    }

    void slotsAreDistinct()
    {
        const QSet<ItemSlot> distinct{ItemSlot::done(QStringLiteral("a")),
                                      ItemSlot::note(QStringLiteral("a")),
                                      ItemSlot::field(QStringLiteral("a"), QStringLiteral("f0")),
                                      ItemSlot::field(QStringLiteral("a"), QStringLiteral("f1")),
                                      ItemSlot::done(QStringLiteral("b")),
                                      ItemSlot::done(QStringLiteral("a"))};
        QCOMPARE(distinct.size(), 5);
        QVERIFY(ItemSlot::field(QStringLiteral("a"), QStringLiteral("f0")) != ItemSlot::note(QStringLiteral("a")));
        // Only the value of the slot's kind counts.
        QVERIFY((ItemChange{ItemSlot::done(QStringLiteral("a")), true, QStringLiteral("x")})
                    .sameValue({ItemSlot::done(QStringLiteral("a")), true, {}}));
        QVERIFY(!(ItemChange{ItemSlot::note(QStringLiteral("a")), true, QStringLiteral("x")})
                     .sameValue({ItemSlot::note(QStringLiteral("a")), true, {}}));
    }

    void beforeReadsWhatTheRecordNoted()
    {
        const ItemChange tickedOverNothing =
            ChecklistChanges::before(eventOf(ChecklistChanges::ticked(QStringLiteral("a"), true), QString()));
        QCOMPARE(tickedOverNothing.slot, ItemSlot::done(QStringLiteral("a")));
        QCOMPARE(tickedOverNothing.done, false);
        const ItemChange untickedOverTick = ChecklistChanges::before(
            eventOf(ChecklistChanges::ticked(QStringLiteral("a"), false), QStringLiteral("true")));
        QCOMPARE(untickedOverTick.done, true);
        const ItemChange field = ChecklistChanges::before(
            eventOf(ChecklistChanges::fieldSet(QStringLiteral("a"), QStringLiteral("f0"), QStringLiteral("2")),
                    QStringLiteral("1")));
        QCOMPARE(field.slot, ItemSlot::field(QStringLiteral("a"), QStringLiteral("f0")));
        QCOMPARE(field.text, QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestChecklistChanges)
#include "tst_checklistchanges.moc"
