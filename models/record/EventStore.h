#pragma once

#include "models/core/Error.h"
#include "models/record/AuditEvent.h"
#include "models/record/RecordBackend.h"
#include "models/record/RecordLocation.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class RecordAppend;

// A checklist template as it was imported, kept so the document can be rebuilt exactly. sha256
// is of the exact text (UTF-8); verify() hashes every stored text again.
struct StoredTemplate
{
    StoredTemplate() = default;
    StoredTemplate(QString sha, QString fileName, QString text)
        : sha256(std::move(sha)), name(std::move(fileName)), markdown(std::move(text))
    {}

    QString sha256;
    QString name;
    QString markdown;
    // Its parsed form (ParsedChecklist), stored beside it by the same append when given: a cache
    // that the import event vouches for by naming its format and digest (parsedDigestOf).
    int parsedFormat = 0;
    QByteArray parsed;

    static QString hashOf(const QString &markdown);
    static QString parsedDigestOf(const QByteArray &parsed); // BLAKE2b-256, hex
    // Whether sha256 is the hash of this text. Stores from before the record was typed hashed
    // the file's bytes, which for a file starting with a UTF-8 byte order mark differ from the
    // text by that mark.
    static bool matches(const QString &sha256, const QString &markdown);
    // matches() on the text's UTF-8 bytes.
    static bool matchesUtf8(const QString &sha256, const QByteArray &utf8);
};

// A change to append; the record fills in time, actor, sequence, the slot's previous value
// (for kinds that track it) and the hashes.
struct EventDraft
{
    // When the draft is written at all, decided inside the write transaction so that two
    // windows or two desks confirming the same thing record it once.
    enum class Condition {
        Always,
        IfChanged,  // skip when the slot already holds this value
        IfCurrentIs // skip unless the slot's current value is one of currentIs ("" = never set)
    };

    EventKind kind = EventKind::ItemTicked;
    QJsonObject payload;
    Condition condition = Condition::Always;
    QStringList currentIs;
    // A change a desk made while the team record could not be reached, appended later from its
    // outbox: the event keeps the time it was made (madeAt) and says so (payload "offline":
    // {"sharedAt"}). knownHead is the record's head the desk had seen then: when someone else
    // changed the same slot after it, the event names that change ("collidesWith": its seq);
    // both stay in the record.
    QString madeAt;
    qint64 knownHead = 0;
    QString offlineEntry; // the outbox entry's uid (payload offline.entry)
    // What the draft was made from must still be so when it is written (a signature over the
    // blanks it covers): when any of these (subject, slot) changed after unchangedSince, the
    // whole append is refused with Conflict, decided inside the write transaction. A slot ""
    // stands for every slot of the subject; a subject ending in '*' for every subject it starts.
    qint64 unchangedSince = 0;
    QVector<QPair<QString, QString>> unchangedSlots;

    static EventDraft of(EventKind kind, const QJsonObject &payload, Condition condition = Condition::Always)
    {
        EventDraft d;
        d.kind = kind;
        d.payload = payload;
        d.condition = condition;
        return d;
    }
};

// The outcome of checking the whole record.
struct VerifyResult
{
    bool intact = false;
    qint64 eventCount = 0;
    qint64 firstBadSeq = 0; // 0 when intact or when the damage is not in an event
    bool cancelled = false;
    QString reason;
    // What an intact check covered: the head it verified through and that event's hash. A figure
    // taken from this result is true of the record up to here, not of what was appended since.
    qint64 headSeq = 0;
    QString headHash;
    QDateTime checkedAt; // UTC, when the check read the record (invalid if it could not)
    // What was found beyond the chain (RecordVerdict: signatures the record does not bear out),
    // one finding a line. When only these are set, the chain itself is intact up to the head.
    QStringList findings;
    QString findingsTitle; // what they are, in words: "2 signatures do not match what they claim to cover"
};
Q_DECLARE_METATYPE(VerifyResult)

// The launch record (through Qt Sql): the append-only chain of typed events, the template texts
// they refer to, and the projection cache current_values — in an SQLite file, or in a database
// on a team's PostgreSQL server that every desk appends to (RecordBackend: SqliteRecordBackend,
// PostgresRecordBackend). Every append is one transaction that takes the back end's write lock
// before the head is read, so the chain never forks (RecordAppend, AppendConditions). An event
// is stored before append() returns. Use an instance only from the thread that opened it.
class EventStore
{
public:
    using Access = RecordBackend::Access;
    using Integrity = RecordBackend::Integrity;
    static constexpr int kSchemaVersion = RecordBackend::kSchemaVersion;

    // path is a file or a postgresql:// address (RecordLocation). ReadWrite creates a missing
    // store (the tables in an empty PostgreSQL database) and upgrades an older one. ReadOnly
    // never creates, migrates or changes anything: a missing path is Error::Code::NotFound; a
    // schema-2 store is read as it is. Integrity::CheckOnOpen reads every page to find damage
    // (PRAGMA quick_check) before anything is written; Deferred leaves that to verify(), for a
    // GUI that checks on a worker thread.
    static Result<std::unique_ptr<EventStore>> open(const QString &path, Access access,
                                                    Integrity integrity = Integrity::CheckOnOpen);
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    // The file, or the server address without its options: what messages name.
    const QString &path() const;
    // What open() takes to open this record again (the file, or the address with its options,
    // which never holds a password): for the writer thread, a verifier, a report.
    QString address() const;
    // Whether the record is a team's, on a server every desk appends to.
    bool isShared() const;
    bool isReadOnly() const;
    int schemaVersion() const;

    // Appends the drafts (those whose condition holds) in one transaction, with the template
    // when given. Returns the events written, possibly none.
    Result<QVector<AuditEvent>> append(const Actor &actor, const QVector<EventDraft> &drafts,
                                       const StoredTemplate *storedTemplate = nullptr);

    // Streams the events after afterSeq, in order.
    Status readEvents(qint64 afterSeq, const std::function<void(const AuditEvent &)> &sink) const;
    // The last event of every subject and slot, oldest first, and the head: the current state
    // without replaying the whole trail, through the current_values cache that each append keeps
    // in step (and verify() checks against the trail).
    // onlyKinds limits the read to those kinds (empty: all).
    Status readLatestEvents(const std::function<void(const AuditEvent &)> &sink, qint64 *headSeq,
                            const QVector<EventKind> &onlyKinds = {}) const;
    // Every event about one subject (an item id, a service name), oldest first.
    Result<QVector<AuditEvent>> eventsFor(const QString &subject) const;
    // Every event of these kinds, oldest first (an indexed read, not a replay).
    Result<QVector<AuditEvent>> eventsOfKinds(const QVector<EventKind> &kinds) const;
    Result<qint64> headSeq() const;
    // The template with this hash; Corrupt when it is missing or its text no longer matches.
    Result<StoredTemplate> loadTemplate(const QString &sha256) const;
    // The same template's text as stored (UTF-8), checked the same way; name is set when given.
    Result<QByteArray> loadTemplateText(const QString &sha256, QString *name = nullptr) const;
    // The parsed form kept beside template templateSha in this format, as stored: the caller
    // checks it against the digest the import event names. Empty when the record holds none.
    Result<QByteArray> loadParsedTemplate(const QString &templateSha, int format) const;

    enum class VerifyScope {
        Everything,
        // For a command that has just opened the record (checkChain()): the chain, each event's
        // stored form and the projection cache; not the pages again, nor the texts of the
        // templates, which are checked when one is read (loadTemplate()).
        Trail
    };
    // Checks everything a signature could cover (RecordVerifier): the hash chain, each event's
    // stored form, every template text against its hash (and each parsed form against the
    // digest its import event names), and the projection cache against the trail. cancelled()
    // is polled so a GUI can stop it on exit.
    VerifyResult verify(const std::function<bool()> &cancelled = {}, VerifyScope scope = VerifyScope::Everything) const;
    // verify() once (VerifyScope::Trail), for a command that is about to write: a record that
    // fails it is never appended to through this store again (every append is refused with
    // Corrupt, naming the first bad event), so nothing is built on a chain nobody could check.
    // Returns that refusal, or ok when the record verifies. A walk of the trail: once per
    // command, not per append.
    Status checkChain();
    // What checkChain() found wrong, or null (intact, or not checked).
    const VerifyResult *damage() const { return m_damage ? &*m_damage : nullptr; }
    // Why every append through this store is refused after checkChain() failed (Corrupt, naming
    // the record and the first bad event); ok while it has not.
    Status appendRefusal() const;

    // A shared record: calls notified(head) when another connection committed (PostgreSQL's
    // LISTEN, delivered through this thread's event loop). Kept across reconnections.
    Status listen(std::function<void(qint64 head)> notified);
    // Whether the last operation found the server gone; the next one reconnects first.
    bool connectionLost() const;
    // Whether the last append failed without knowing if it committed (the connection broke after
    // its COMMIT left, and the record could not be asked): it must not be made again blindly.
    bool lastAppendUncertain() const { return m_uncertain; }
    // Reconnects to a shared record whose connection was lost (and listens again).
    Status reconnect();
    // The next operation reconnects first (another thread saw the server go and come back).
    void markConnectionLost();
    // Every template text the record holds.
    Result<QVector<StoredTemplate>> templates() const;
    // Writes another record's events exactly as they are (seq, time, actor, payload, hashes) and
    // its templates into this empty record, in one transaction (RecordCopy): `golive copy`.
    // Conflict when this record already has events; Corrupt when the events do not form one
    // chain from #1.
    Status copyIn(const QVector<AuditEvent> &events, const QVector<StoredTemplate> &templates);

private:
    explicit EventStore(std::unique_ptr<RecordBackend> backend);
    Result<QVector<AuditEvent>> readEventsWhere(const QString &where, const QVariantList &values,
                                                const QString &what) const;

    std::unique_ptr<RecordBackend> m_backend;
    std::unique_ptr<RecordAppend> m_append;
    bool m_uncertain = false;
    std::optional<VerifyResult> m_damage;
};
