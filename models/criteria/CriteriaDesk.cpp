#include "CriteriaDesk.h"

#include "collectors/CollectRun.h"
#include "monitoring/ProbeHistory.h"
#include "session/ChecklistSession.h"

#include <QFileInfo>
#include <QThread>

namespace {

bool samePoint(const CriterionPoint &a, const CriterionPoint &b)
{
    return a.verdict == b.verdict && a.figure == b.figure && a.threshold == b.threshold && a.source == b.source;
}

} // namespace

CriteriaDesk::CriteriaDesk(ChecklistSession *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock)
{
    qRegisterMetaType<SystemAvailability>();
    m_session->addProjection(&m_record);
    connect(m_session, &ChecklistSession::projectionChanged, this, [this](RecordProjection *p) {
        if (p == &m_record)
            emit changed();
    });
    connect(m_session, &ChecklistSession::itemsChanged, this, &CriteriaDesk::changed);
    connect(m_session, &ChecklistSession::documentReplaced, this, &CriteriaDesk::changed);
    connect(m_session, &ChecklistSession::timingChanged, this, &CriteriaDesk::changed);
    connect(m_session, &ChecklistSession::verified, this, &CriteriaDesk::setVerifyResult);
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
        [&now](const CriterionSpec &c, const CriterionPointSpec &p) -> std::optional<CriterionPoint> {
            const auto it = now.constFind(pointKey(c.id, p.id));
            return it == now.constEnd() ? std::nullopt : std::optional<CriterionPoint>(*it);
        },
        [this](const QString &item, const QString &point) { return m_record.confirmation(item, point); });
}

void CriteriaDesk::setVerifyResult(const VerifyResult &result)
{
    if (result.cancelled)
        return;
    m_data.verify = result;
    emit changed();
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
        return;
    }
    startHistoryRead();
    if (!m_run) {
        auto *run = new CollectRun(this);
        m_run = run;
        const Clock *clock = m_clock;
        run->setClock([clock] { return clock->now(); });
        connect(run, &CollectRun::finished, this, &CriteriaDesk::collectFinished);
        run->start(m_collectors, {from, std::min(windowTo(), m_data.now)});
        if (!run->isRunning())
            collectFinished(); // nothing to ask
    }
    emit changed();
}

void CriteriaDesk::startHistoryRead()
{
    const quint64 generation = ++m_generation;
    m_historyPending = true;
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
    finishIfDone();
}

void CriteriaDesk::collectFinished()
{
    if (!m_run)
        return;
    m_data.figures = m_run->figures();
    m_data.collectors = m_collectors;
    m_data.figuresCollected = true;
    m_run->deleteLater();
    m_run = nullptr;
    finishIfDone();
}

void CriteriaDesk::finishIfDone()
{
    emit changed();
    if (!isMeasuring())
        emit measured();
}

Result<int> CriteriaDesk::recordMeasurements()
{
    const ChecklistDocument *doc = m_session->document();
    if (!doc)
        return Error::make(Error::Code::NotFound, tr("No checklist is open."));
    const QVector<CriterionSpec> specs = criteriaOf(*doc);
    const QVector<Day7Field> fields = day7Fields(*doc, m_session->state());
    const QHash<QString, CriterionPoint> now = measureAll(specs, m_data);
    QVector<EventDraft> drafts;
    for (const CriterionSpec &c : specs) {
        for (const CriterionPointSpec &p : c.points) {
            if (!p.isMeasurable() || pointFromEntered(p, fields))
                continue; // entered statistics are in the record already
            const CriterionPoint live = now.value(pointKey(c.id, p.id));
            if (live.figure.isEmpty() && live.verdict == Verdict::Unknown)
                continue; // nothing measured: nothing to record
            const auto was = m_record.measured(c.id, p.id);
            if (!was || !samePoint(*was, live))
                drafts.append(CriteriaRecord::measuredDraft(c.id, p.id, live));
        }
    }
    if (drafts.isEmpty())
        return 0;
    if (Status s = m_session->record(drafts); !s)
        return s.error();
    return int(drafts.size());
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
        if (m_data.figuresCollected)
            r.proposal = proposeDay7(f, m_data.figures, m_data.collectors);
        else
            r.proposal.note = tr("the collectors have not been asked yet");
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
        return m_session->setField(item, key, value.trimmed(),
                                   asProposed ? r.proposal.source : FieldOrigin::operatorSource());
    }
    return Status::failure(Error::Code::NotFound, tr("There is no Day 7 blank %1 on item %2.").arg(key, item));
}
