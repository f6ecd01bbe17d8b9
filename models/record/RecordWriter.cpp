#include "models/record/RecordWriter.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

void post(QObject *context, std::function<void()> f)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

} // namespace

RecordWriter::RecordWriter(QString address, QString outboxPath)
    : m_address(std::move(address)), m_outboxPath(std::move(outboxPath))
{
    m_thread.setObjectName(QStringLiteral("record writer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RecordWriter::~RecordWriter()
{
    // Queued after every submitted append: they all finish before the connection closes.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_store.reset();
        m_outbox.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

bool RecordWriter::ensureStore(Error *error)
{
    if (m_store)
        return true;
    auto opened = EventStore::open(m_address, EventStore::Access::ReadWrite, EventStore::Integrity::Deferred);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    m_store = std::move(opened.value());
    if (m_team.arrived)
        m_store->listen([this](qint64) { deliver(); });
    return true;
}

void RecordWriter::submit(const Actor &actor, const QVector<EventDraft> &drafts,
                          const std::optional<StoredTemplate> &tmpl, qint64 knownHead, QObject *context, Done done)
{
    m_pending.ref();
    QMetaObject::invokeMethod(m_worker, [this, actor, drafts, tmpl, knownHead, context, done = std::move(done)] {
        Outcome outcome;
        Error error;
        const bool canQueue = !m_outboxPath.isEmpty() && !tmpl;
        // While changes wait in the outbox, later ones wait behind them: the order is kept.
        const bool waiting = m_offline || m_waiting > 0;
        if (!waiting || !canQueue) {
            if (!ensureStore(&error)) {
                outcome.result = error;
            } else {
                // Another program may hold an SQLite lock for longer than its 5 s wait (a tight
                // `golive tick` loop is not fair to a waiting writer). Nobody waits on this
                // thread, so it asks again for up to half a minute.
                for (int attempt = 0; attempt < 6; ++attempt) {
                    outcome.result = m_store->append(actor, drafts, tmpl ? &*tmpl : nullptr);
                    if (outcome.result || outcome.result.error().code != Error::Code::Busy)
                        break;
                }
            }
        }
        if (outcome.result && !outcome.result->isEmpty())
            deliver(); // the window shows a change once it is committed
        const bool unreachable =
            waiting || (!outcome.result && outcome.result.error().code == Error::Code::Unreachable);
        // A change that may have been committed is not kept to be appended again (twice, if it
        // was): it fails as it is, and shows once the server is back if it is in the record.
        const bool uncertain = !waiting && unreachable && m_store && m_store->lastAppendUncertain();
        if (uncertain) {
            goOffline(outcome.result.error().message);
        } else if (unreachable && canQueue) {
            if (!waiting)
                goOffline(outcome.result.error().message);
            if (!m_outbox) {
                auto opened = Outbox::open(m_outboxPath);
                if (opened)
                    m_outbox = std::move(opened.value());
                else
                    outcome.result = opened.error();
            }
            if (m_outbox) {
                auto kept = m_outbox->add(actor, drafts, knownHead);
                if (kept) {
                    ++m_waiting;
                    outcome.queued = kept.value();
                    outcome.result = QVector<AuditEvent>();
                } else {
                    outcome.result = kept.error();
                }
            }
        }
        m_pending.deref();
        post(context, [done, outcome] { done(outcome); });
    });
}

void RecordWriter::startTeamLink(QObject *context, const TeamCallbacks &callbacks, qint64 knownHead, int heartbeatMs)
{
    QMetaObject::invokeMethod(m_worker, [this, context, callbacks, knownHead, heartbeatMs] {
        m_context = context;
        m_team = callbacks;
        m_delivered = knownHead;
        if (!m_outbox && !m_outboxPath.isEmpty()) {
            if (auto opened = Outbox::open(m_outboxPath))
                m_outbox = std::move(opened.value());
        }
        // What an earlier run left is shown at once, and shared as soon as the server answers.
        if (m_outbox) {
            if (auto entries = m_outbox->entries(); entries && !entries->isEmpty()) {
                m_waiting = int(entries->size());
                if (m_team.waiting)
                    post(m_context, [f = m_team.waiting, list = entries.value()] { f(list); });
            }
        }
        Error error;
        if (!ensureStore(&error))
            goOffline(error.message);
        else
            share();
        auto *timer = new QTimer(m_worker);
        QObject::connect(timer, &QTimer::timeout, m_worker, [this] { heartbeat(); });
        timer->start(heartbeatMs);
    });
}

void RecordWriter::pushOutbox()
{
    QMetaObject::invokeMethod(m_worker, [this] { heartbeat(); });
}

void RecordWriter::goOffline(const QString &reason)
{
    if (m_offline)
        return;
    m_offline = true;
    if (m_team.connectivity)
        post(m_context, [f = m_team.connectivity, reason] { f(false, reason); });
}

void RecordWriter::heartbeat()
{
    Error error;
    if (!m_store) {
        if (!ensureStore(&error)) {
            goOffline(error.message);
            return;
        }
    } else if (m_offline || m_store->connectionLost()) {
        if (Status s = m_store->reconnect(); !s) {
            goOffline(s.message());
            return;
        }
    } else if (auto head = m_store->headSeq(); !head) {
        // A read every second on this thread's connection: the desk learns at once that the
        // server went away, whether or not anyone is changing anything.
        if (head.error().code == Error::Code::Unreachable)
            goOffline(head.error().message);
        return;
    }
    share();
}

void RecordWriter::share()
{
    OutboxPush push;
    if (m_outbox && m_waiting > 0) {
        push = m_outbox->push(*m_store);
        // A push that did not stop took everything (also what `golive sync` took meanwhile).
        m_waiting = push.stoppedBy.isError() ? qMax(0, m_waiting - push.shared) : 0;
    }
    const bool away = push.stoppedBy.isError() && push.stoppedBy.code == Error::Code::Unreachable;
    if (away) {
        goOffline(push.stoppedBy.message);
    } else if (m_offline) {
        m_offline = false;
        if (m_team.connectivity)
            post(m_context, [f = m_team.connectivity] { f(true, QString()); });
    }
    // What the others did meanwhile, and what was just shared, before the outbox shrinks: an
    // item never shows the server's older value between the two.
    deliver();
    if ((push.shared > 0 || push.stoppedBy.isError()) && m_team.shared)
        post(m_context, [f = m_team.shared, push] { f(push); });
}

void RecordWriter::deliver()
{
    if (!m_store || m_offline || !m_team.arrived)
        return;
    QVector<AuditEvent> events;
    const Status read = m_store->readEvents(m_delivered, [&](const AuditEvent &e) { events.append(e); });
    if (!read) {
        if (read.code() == Error::Code::Unreachable)
            goOffline(read.message());
        return;
    }
    if (events.isEmpty())
        return;
    m_delivered = events.constLast().seq;
    post(m_context, [f = m_team.arrived, events] { f(events); });
}
