// The open record as one desk of a team record: what the server announced, what waits in the
// outbox while it is away, and the collisions found when it comes back.
#include "models/session/LaunchRecord.h"

#include "models/record/RecordWriter.h"
#include "models/session/ChecklistChanges.h"

bool LaunchRecord::isNotYetShared(const QString &subject) const
{
    for (auto it = m_pendingValues.constBegin(); it != m_pendingValues.constEnd(); ++it) {
        if (it.key().item == subject)
            return true;
    }
    return false;
}

void LaunchRecord::setNotYetShared(const QVector<OutboxEntry> &entries)
{
    QStringList changed;
    for (auto it = m_pendingValues.constBegin(); it != m_pendingValues.constEnd(); ++it)
        changed.append(it.key().item);
    m_notYetShared = entries;
    m_pendingValues.clear();
    for (const OutboxEntry &entry : entries) {
        for (const EventDraft &d : entry.drafts) {
            if (const std::optional<ItemChange> change = ChecklistChanges::read(d)) {
                m_pendingValues.insert(change->slot, *change);
                changed.append(change->slot.item);
            }
        }
    }
    changed.removeDuplicates();
    if (!changed.isEmpty())
        emit itemsChanged(changed);
    emit notYetSharedChanged(int(m_notYetShared.size()));
}

void LaunchRecord::startTeamLink()
{
    RecordWriter::TeamCallbacks callbacks;
    callbacks.arrived = [this](const QVector<AuditEvent> &events) { arrived(events); };
    callbacks.waiting = [this](const QVector<OutboxEntry> &entries) { setNotYetShared(entries); };
    callbacks.connectivity = [this](bool online, const QString &reason) {
        m_online = online;
        m_offlineReason = reason;
        // This thread's connection broke with the writer's: the next read here (a history, an
        // undo) takes a new one.
        if (online)
            m_store->markConnectionLost();
        emit connectivityChanged(online, reason);
    };
    callbacks.shared = [this](const OutboxPush &push) {
        setNotYetShared(m_notYetShared.mid(push.shared));
        if (push.stoppedBy.isError() && push.stoppedBy.code != Error::Code::Unreachable)
            emit storeFailed(push.stoppedBy.message);
        if (!push.collisions.isEmpty())
            emit collisionsFound(push.collisions);
    };
    m_writer->startTeamLink(this, callbacks, m_headSeq);
}
