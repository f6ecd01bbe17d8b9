#include "models/criteria/CriteriaDesk.h"

#include "models/collectors/CollectRun.h"
#include "models/monitoring/ProbeHistory.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"

#include <QFileInfo>
#include <QPointer>
#include <QThread>

#include <utility>

namespace {

// How often "Record figures" measures again and retries when the record changed under it.
constexpr int kRecordAttempts = 3;

bool samePoint(const CriterionPoint &a, const CriterionPoint &b)
{
    return a.verdict == b.verdict && a.figure == b.figure && a.threshold == b.threshold && a.source == b.source;
}

// What a point's figure was taken from in the record, which must not change before it is written.
using Slots = QVector<QPair<QString, QString>>;
QPair<QString, QString> t0Slots() // T0, recorded or planned
{
    return {QStringLiteral("launch"), QString()};
}

Slots inputsOf(Measure measure)
{
    const QPair<QString, QString> t0 = t0Slots();
    switch (measure) {
    case Measure::AuditTrail: return {{QStringLiteral("*"), QString()}}; // every event
    case Measure::UptimePercent:
    case Measure::UnplannedDowntime: return {t0, {QStringLiteral("*"), QStringLiteral("maintenance")}};
    case Measure::WorkflowExecutionAverage:
    case Measure::DatabaseQueryP95: return {t0};
    default: return {};
    }
}

// "…, over 2026-11-26T10:00:00Z to 2026-12-03T10:00:00Z": which window a Day 7 figure counts.
QString windowText(const CollectWindow &w, const QDateTime &windowEnd)
{
    QString text = QStringLiteral(", over %1 to %2")
                       .arg(w.since.toUTC().toString(Qt::ISODate), w.until.toUTC().toString(Qt::ISODate));
    if (windowEnd.isValid() && w.until < windowEnd)
        text += QStringLiteral(" (so far; the 7 days end %1)").arg(windowEnd.toUTC().toString(Qt::ISODate));
    return text;
}

} // namespace

CriteriaDesk::CriteriaDesk(ChecklistDesk *checklist, const Clock *clock, QObject *parent)
    : QObject(parent), m_checklist(checklist), m_session(&checklist->record()), m_clock(clock)
{
    qRegisterMetaType<SystemAvailability>();
    m_session->addProjection(&m_record);
    connect(m_session, &LaunchRecord::projectionChanged, this, [this](RecordProjection *p) {
        if (p == &m_record)
            emit changed();
    });
    connect(m_session, &LaunchRecord::itemsChanged, this, &CriteriaDesk::changed);
    connect(m_session, &LaunchRecord::documentReplaced, this, &CriteriaDesk::changed);
    connect(m_session, &LaunchRecord::timingChanged, this, &CriteriaDesk::changed);
    connect(m_session, &LaunchRecord::verified, this, &CriteriaDesk::setVerifyResult);
    // Whether the recorded audit figure is still the whole record's, and whether a check still
    // covers the head, change with every event.
    connect(m_session, &LaunchRecord::headChanged, this, &CriteriaDesk::changed);
}

CriteriaDesk::~CriteriaDesk()
{
    m_session->removeProjection(&m_record);
    for (QThread *reader : std::as_const(m_readers)) {
        reader->wait(); // a short read of the history file; its answer goes nowhere now
        delete reader;
    }
    delete m_run;
}

void CriteriaDesk::setHistory(const QString &historyPath, const QStringList &services)
{
    m_historyPath = historyPath;
    m_services = services;
}

QVector<CriterionSpec> CriteriaDesk::criteria() const
{
    const ChecklistDocument *doc = m_session->document();
    return doc ? criteriaOf(*doc) : QVector<CriterionSpec>();
}

QDateTime CriteriaDesk::windowFrom() const
{
    return m_session->timing().t0();
}

QDateTime CriteriaDesk::windowTo() const
{
    const QDateTime t0 = windowFrom();
    return t0.isValid() ? t0.addDays(kCriteriaWindowDays) : QDateTime();
}

CriteriaSummary CriteriaDesk::recorded() const
{
    const ChecklistDocument *doc = m_session->document();
    return doc ? m_record.summary(*doc, m_session->state()) : CriteriaSummary();
}

CriteriaSummary CriteriaDesk::live() const
{
    const ChecklistDocument *doc = m_session->document();
    if (!doc)
        return {};
    const QVector<CriterionSpec> specs = criteriaOf(*doc);
    const QHash<QString, CriterionPoint> now = measureAll(specs, m_data);
    return composeCriteria(
        specs, day7Fields(*doc, m_session->state()),
        [this, &now](const CriterionSpec &c, const CriterionPointSpec &p) -> std::optional<CriterionPoint> {
            // Recorded last: what was appended since the check is that figure's own recording.
            if (p.measure == Measure::AuditTrail && auditRecordedAtHead(c.id, p.id))
                return m_record.measured(c.id, p.id);
            const auto it = now.constFind(pointKey(c.id, p.id));
            return it == now.constEnd() ? std::nullopt : std::optional<CriterionPoint>(*it);
        },
        [this](const QString &item, const QString &point) { return m_record.confirmation(item, point); });
}

void CriteriaDesk::setVerifyResult(const VerifyResult &result)
{
    if (result.cancelled) {
        if (m_recordPending && !result.reason.isEmpty()) {
            m_recordPending = false;
            emit changed();
            emit recordFailed(
                tr("The audit trail could not be checked (%1); the figures were not recorded.").arg(result.reason));
        }
        return;
    }
    m_data.verify = result;
    emit changed();
    continuePendingRecord();
}

void CriteriaDesk::refresh()
{
    const QDateTime from = windowFrom();
    m_data.now = m_clock->now();
    if (!from.isValid() || m_data.now <= from) {
        m_data.availability.reset();
        m_data.figuresCollected = false;
        emit changed();
        emit measured();
        continuePendingRecord();
        return;
    }
    startHistoryRead();
    if (!m_run) {
        auto *run = new CollectRun(this);
        m_run = run;
        m_runHead = m_session->headSeq();
        m_runWindow = {from, std::min(windowTo(), m_data.now)};
        const Clock *clock = m_clock;
        run->setClock([clock] { return clock->now(); });
        connect(run, &CollectRun::finished, this, &CriteriaDesk::collectFinished);
        run->start(m_collectors, m_runWindow);
        if (!run->isRunning())
            collectFinished(); // nothing to ask
    }
    emit changed();
}

void CriteriaDesk::startHistoryRead()
{
    const quint64 generation = ++m_generation;
    m_historyPending = true;
    m_historyHead = m_session->headSeq(); // the T0 and maintenance windows read below
    const QString path = m_historyPath;
    const QStringList services = m_services;
    const QVector<MaintenanceWindow> maintenance = m_session->outages().maintenanceWindows();
    const QDateTime from = windowFrom();
    const QDateTime to = windowTo();
    const QDateTime now = m_data.now;
    // A connection of its own on its own thread: the GUI thread never waits on the history file.
    // A read still under way when a new one starts finishes on its own; its answer is dropped.
    QThread *reader = QThread::create([this, generation, path, services, maintenance, from, to, now] {
        SystemAvailability a;
        a.from = from;
        a.to = to;
        a.until = std::min(to, now);
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            a.error = QStringLiteral("no probe history at %1").arg(path.isEmpty() ? QStringLiteral("(none)") : path);
        } else if (auto history = ProbeHistory::open(path); !history) {
            a.error = history.error().message;
        } else {
            a = readSystemAvailability(*history.value(), services, maintenance, from, to, now);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, a] { historyRead(generation, a); }, Qt::QueuedConnection);
    });
    m_readers.append(reader);
    connect(reader, &QThread::finished, this, [this, reader] {
        m_readers.removeAll(reader);
        reader->deleteLater();
    });
    reader->start(QThread::LowPriority);
}

void CriteriaDesk::historyRead(quint64 generation, const SystemAvailability &availability)
{
    if (generation != m_generation)
        return;
    m_historyPending = false;
    m_data.availability = availability;
    m_data.availabilityHead = m_historyHead;
    finishIfDone();
}

void CriteriaDesk::collectFinished()
{
    if (!m_run)
        return;
    m_data.figures = m_run->figures();
    m_data.collectors = m_collectors;
    m_data.figuresCollected = true;
    m_data.figuresHead = m_runHead;
    m_data.figuresWindow = m_runWindow;
    m_run->deleteLater();
    m_run = nullptr;
    finishIfDone();
}

void CriteriaDesk::finishIfDone()
{
    emit changed();
    if (!isMeasuring()) {
        emit measured();
        continuePendingRecord();
    }
}

Result<int> CriteriaDesk::recordMeasurements()
{
    if (!m_session->document())
        return Error::make(Error::Code::NotFound, tr("No checklist is open."));
    m_recordAttempts = 0;
    // The record as it stands now; what is appended while the check runs is the append's to find.
    m_mustVerifyThrough = m_session->headSeq();
    return submitMeasurements();
}

bool CriteriaDesk::auditRecordedAtHead(const QString &item, const QString &point) const
{
    // The audit draft is the last of its append, and that append was refused had anything come
    // between the check and it: recorded at the head, it still speaks for the whole record. Not so
    // a figure recorded before figures named their check ("intact, 1 events" at the head of 30).
    const qint64 seq = m_record.measuredSeq(item, point);
    return seq > 0 && seq == m_session->headSeq() && m_record.measuredThrough(item, point) > 0;
}

bool CriteriaDesk::verifyCoversHead() const
{
    if (!m_data.verify || m_data.verify->cancelled)
        return false;
    const VerifyResult &v = *m_data.verify;
    if (!v.intact)
        return true; // a broken trail stays broken, and nothing more is written to it
    return v.headSeq >= m_mustVerifyThrough;
}

bool CriteriaDesk::auditFigureWanted(const QVector<CriterionSpec> &specs) const
{
    const QVector<Day7Field> fields = day7Fields(*m_session->document(), m_session->state());
    for (const CriterionSpec &c : specs) {
        for (const CriterionPointSpec &p : c.points) {
            if (p.measure == Measure::AuditTrail && !pointFromEntered(p, fields) && !auditRecordedAtHead(c.id, p.id))
                return true;
        }
    }
    return false;
}

bool CriteriaDesk::readyToRecord(const QVector<CriterionSpec> &specs)
{
    if (m_remeasure) {
        m_remeasure = false;
        refresh();
    }
    bool ready = !isMeasuring();
    if (auditFigureWanted(specs) && !verifyCoversHead()) {
        m_session->startVerify(); // one under way is followed by another that sees the head
        ready = false;
    }
    return ready;
}

QVector<EventDraft> CriteriaDesk::measurementDrafts(const QVector<CriterionSpec> &specs) const
{
    const QVector<Day7Field> fields = day7Fields(*m_session->document(), m_session->state());
    const QHash<QString, CriterionPoint> now = measureAll(specs, m_data);
    QVector<EventDraft> drafts;
    std::optional<EventDraft> audit;
    for (const CriterionSpec &c : specs) {
        for (const CriterionPointSpec &p : c.points) {
            if (!p.isMeasurable() || pointFromEntered(p, fields))
                continue; // entered statistics are in the record already
            if (p.measure == Measure::AuditTrail && auditRecordedAtHead(c.id, p.id))
                continue;
            const CriterionPoint live = now.value(pointKey(c.id, p.id));
            if (live.figure.isEmpty() && live.verdict == Verdict::Unknown)
                continue; // nothing measured: nothing to record
            const auto was = m_record.measured(c.id, p.id);
            if (was && samePoint(*was, live))
                continue;
            EventDraft draft = CriteriaRecord::measuredDraft(c.id, p.id, live);
            draft.unchangedSlots = inputsOf(p.measure);
            switch (p.measure) {
            case Measure::AuditTrail:
                draft.unchangedSince = m_data.verify ? m_data.verify->headSeq : 0;
                if (draft.unchangedSince > 0)
                    draft.payload.insert(QStringLiteral("checkedThrough"), draft.unchangedSince);
                break;
            case Measure::UptimePercent:
            case Measure::UnplannedDowntime: draft.unchangedSince = m_data.availabilityHead; break;
            default: draft.unchangedSince = m_data.figuresHead; break;
            }
            if (p.measure == Measure::AuditTrail)
                audit = draft;
            else
                drafts.append(draft);
        }
    }
    if (audit)
        drafts.append(*audit); // last: its event is then the head the next check starts from
    return drafts;
}

Result<int> CriteriaDesk::submitMeasurements()
{
    const ChecklistDocument *doc = m_session->document();
    if (!doc) {
        m_recordPending = false;
        return Error::make(Error::Code::NotFound, tr("No checklist is open."));
    }
    const QVector<CriterionSpec> specs = criteriaOf(*doc);
    m_submitting = true; // a measurement or a check that ends at once continues nothing
    const bool ready = readyToRecord(specs);
    m_submitting = false;
    if (!ready) {
        m_recordPending = true;
        emit changed();
        return 0;
    }
    m_recordPending = false;
    const QVector<EventDraft> drafts = measurementDrafts(specs);
    if (drafts.isEmpty()) {
        emit changed();
        return 0;
    }
    m_submitFailure = Status();
    m_submitting = true;
    const Status submitted = m_session->record(drafts, nullptr, [self = QPointer<CriteriaDesk>(this)](const Status &w) {
        if (self)
            self->measurementsWritten(w);
    });
    m_submitting = false;
    if (!submitted)
        return submitted.error();
    if (!m_submitFailure)
        return std::exchange(m_submitFailure, Status()).error();
    return m_recordPending ? 0 : int(drafts.size());
}

void CriteriaDesk::measurementsWritten(const Status &written)
{
    if (written) {
        emit changed();
        return;
    }
    Status failure = written;
    if (written.code() == Error::Code::Conflict) {
        if (++m_recordAttempts < kRecordAttempts) {
            // Something a figure was taken from changed before it was written: check and measure
            // again (a check through a later head), then try again.
            if (m_data.verify && m_data.verify->intact)
                m_mustVerifyThrough = std::max(m_data.verify->headSeq + 1, m_session->headSeq());
            m_remeasure = true;
            m_recordPending = true;
            emit changed();
            QMetaObject::invokeMethod(this, &CriteriaDesk::continuePendingRecord, Qt::QueuedConnection);
            return;
        }
        failure = Status::failure(Error::Code::Conflict,
                                  tr("The record changed while the figures were being recorded, %n time(s) in a "
                                     "row; nothing was written. Record the figures again.",
                                     nullptr, m_recordAttempts));
    }
    m_recordPending = false;
    emit changed();
    if (m_submitting)
        m_submitFailure = failure; // returned by submitMeasurements()
    else
        emit recordFailed(failure.message());
}

void CriteriaDesk::continuePendingRecord()
{
    if (!m_recordPending || m_submitting)
        return;
    if (const auto submitted = submitMeasurements(); !submitted) {
        m_recordPending = false;
        emit recordFailed(submitted.error().message);
    }
}

Status CriteriaDesk::confirm(const QString &item, const QString &point, Verdict verdict, const QString &note)
{
    const ChecklistDocument *doc = m_session->document();
    const QVector<CriterionSpec> specs = doc ? criteriaOf(*doc) : QVector<CriterionSpec>();
    const CriterionPointSpec *spec = nullptr;
    int criterion = -1;
    int row = -1;
    for (int i = 0; i < specs.size() && !spec; ++i) {
        for (int j = 0; specs.at(i).id == item && j < specs.at(i).points.size(); ++j) {
            if (specs.at(i).points.at(j).id == point) {
                spec = &specs.at(i).points.at(j);
                criterion = i;
                row = j;
            }
        }
    }
    if (!spec)
        return Status::failure(Error::Code::NotFound,
                               tr("There is no success criterion point %1 on item %2.").arg(point, item));
    if (verdict == Verdict::Unknown)
        return Status::failure(Error::Code::Invalid, tr("Confirm a point as met or as not met."));
    const QString text = note.trimmed();
    if (verdict == Verdict::NotMet && text.isEmpty())
        return Status::failure(Error::Code::Invalid,
                               tr("Say why \"%1\" is not met: a note is required.").arg(spec->text));
    if (spec->isMeasurable()) {
        const CriteriaSummary summary = recorded();
        const CriterionPoint &p = summary.criteria.at(criterion).points.at(row);
        if (!p.figure.isEmpty())
            return Status::failure(Error::Code::Refused,
                                   tr("\"%1\" is measured (%2 from %3); record its figures instead of confirming it.")
                                       .arg(spec->text, p.figure, p.source));
    }
    return m_session->record({CriteriaRecord::confirmedDraft(item, point, verdict, text)});
}

QVector<Day7Row> CriteriaDesk::day7() const
{
    QVector<Day7Row> rows;
    const ChecklistDocument *doc = m_session->document();
    if (!doc)
        return rows;
    for (const Day7Field &f : day7Fields(*doc, m_session->state())) {
        Day7Row r;
        r.field = f;
        if (!m_data.figuresCollected) {
            r.proposal.note = tr("the collectors have not been asked yet");
        } else if (m_data.figuresWindow.since != windowFrom()) {
            r.proposal.note = tr("T0 changed after the collectors were asked: measure again");
        } else {
            r.proposal = proposeDay7(f, m_data.figures, m_data.collectors);
            if (r.proposal.hasValue())
                r.proposal.source += windowText(m_data.figuresWindow, windowTo()); // what it counts
        }
        rows.append(r);
    }
    return rows;
}

Status CriteriaDesk::acceptDay7(const QString &item, const QString &key, const QString &value)
{
    for (const Day7Row &r : day7()) {
        if (r.field.item != item || r.field.key != key)
            continue;
        const bool asProposed = r.proposal.hasValue() && value.trimmed() == r.proposal.value;
        if (!asProposed)
            return m_checklist->setField(item, key, value.trimmed());
        // Counted over [T0, …) as T0 stood when the collectors were asked: refused if it changed since.
        return m_checklist->setField(item, key, value.trimmed(), r.proposal.source, {m_data.figuresHead, {t0Slots()}});
    }
    return Status::failure(Error::Code::NotFound, tr("There is no Day 7 blank %1 on item %2.").arg(key, item));
}
