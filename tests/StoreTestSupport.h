#pragma once
// Small wrappers the store-level tests share: an Error out-parameter and a bool, which reads
// well inside QVERIFY2, over the record's Result API.

#include "models/record/EventStore.h"
#include "models/session/ChecklistState.h"

#include <QJsonObject>

namespace StoreTest {

inline std::unique_ptr<EventStore> openStore(const QString &path, EventStore::Access access, Error *error,
                                             EventStore::Integrity integrity = EventStore::Integrity::CheckOnOpen)
{
    auto opened = EventStore::open(path, access, integrity);
    if (!opened) {
        if (error)
            *error = opened.error();
        return nullptr;
    }
    return std::move(opened.value());
}

inline bool appendOr(EventStore &store, const Actor &actor, const QVector<EventDraft> &drafts,
                     QVector<AuditEvent> *written, Error *error, const StoredTemplate *storedTemplate = nullptr)
{
    auto result = store.append(actor, drafts, storedTemplate);
    if (!result) {
        if (error)
            *error = result.error();
        return false;
    }
    if (written)
        *written = result.value();
    return true;
}

inline qint64 headOr(const EventStore &store, Error *error)
{
    const auto head = store.headSeq();
    if (!head) {
        if (error)
            *error = head.error();
        return -1;
    }
    return head.value();
}

inline bool loadOr(const EventStore &store, const QString &sha, StoredTemplate *out, Error *error)
{
    auto loaded = store.loadTemplate(sha);
    if (!loaded) {
        if (error)
            *error = loaded.error();
        return false;
    }
    *out = loaded.value();
    return true;
}

// A checklist event by its slot, as the tests think of them: done, note, field:<key>, template.
inline EventDraft slotDraft(const QString &item, const QString &slot, const QString &value, qint64 reverts = 0)
{
    if (slot == QLatin1String("template"))
        return EventDraft::of(EventKind::TemplateImported,
                              {{QStringLiteral("sha256"), value}, {QStringLiteral("name"), QStringLiteral("t.md")}});
    const QString fieldPrefix = QStringLiteral("field:"); // the record's index names a field's slot so
    EventDraft d = slot == QLatin1String("done")
        ? ChecklistChanges::ticked(item, value == QLatin1String("true"), reverts)
        : slot == QLatin1String("note")
        ? ChecklistChanges::noteSet(item, value, reverts)
        : ChecklistChanges::fieldSet(item, slot.mid(fieldPrefix.size()), value, {}, reverts);
    d.condition = EventDraft::Condition::Always;
    return d;
}

inline QVector<AuditEvent> allEventsOf(const EventStore &store)
{
    QVector<AuditEvent> out;
    const Status read = store.readEvents(0, [&](const AuditEvent &e) { out.append(e); });
    if (!read)
        qWarning("readEvents failed: %s", qPrintable(read.message()));
    return out;
}

} // namespace StoreTest
