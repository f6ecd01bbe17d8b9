#include "ui/AuditStatusLabel.h"

#include "models/record/EventStore.h"

AuditStatusLabel::AuditStatusLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    showChecking();
}

QString AuditStatusLabel::eventCount(qint64 n)
{
    return tr("%n event(s)", nullptr, int(n));
}

void AuditStatusLabel::showChecking()
{
    m_checked = false;
    render();
}

void AuditStatusLabel::showResult(const VerifyResult &result)
{
    m_checked = !result.cancelled;
    m_broken = !result.intact && !result.cancelled;
    m_verifiedCount = result.eventCount;
    m_reason = result.reason;
    m_firstBad = result.firstBadSeq;
    m_head = qMax(m_head, result.eventCount);
    render();
}

void AuditStatusLabel::setHeadSeq(qint64 head)
{
    m_head = head;
    render();
}

void AuditStatusLabel::render()
{
    if (!m_checked) {
        setText(tr("Audit trail: checking… (%1)").arg(eventCount(m_head)));
        setToolTip({});
        return;
    }
    if (!m_broken) {
        setText(tr("<span style='color:#1b5e20'>✔ Audit trail intact</span> (%1)").arg(eventCount(m_head)));
        setToolTip(tr("The SHA-256 chain, the stored checklist text and the shown state were checked up to "
                      "event #%1; later events are checked on the next check (File → Verify audit trail).")
                       .arg(m_verifiedCount));
        return;
    }
    const QString where = m_firstBad > 0 ? tr(" at event #%1").arg(m_firstBad) : QString();
    setText(tr("<b style='color:#b71c1c'>✖ AUDIT TRAIL BROKEN%1 — not writing</b>").arg(where));
    setToolTip(m_reason);
}
