#include "AuditStatusLabel.h"

#include "store/EventStore.h"

AuditStatusLabel::AuditStatusLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    showChecking();
}

void AuditStatusLabel::showChecking()
{
    setText(tr("Audit trail: checking…"));
    setToolTip({});
}

void AuditStatusLabel::showResult(const VerifyResult &result)
{
    m_broken = !result.intact;
    if (result.intact) {
        setText(tr("<span style='color:#1b5e20'>✔ Audit trail intact</span> (%1 events)").arg(result.eventCount));
        setToolTip(tr("Every event's SHA-256 chain was checked."));
        return;
    }
    const QString where = result.firstBadSeq > 0 ? tr(" at event #%1").arg(result.firstBadSeq) : QString();
    setText(tr("<b style='color:#b71c1c'>✖ AUDIT TRAIL BROKEN%1</b>").arg(where));
    setToolTip(result.reason);
}
