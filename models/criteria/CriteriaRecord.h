#pragma once

#include "models/criteria/CriteriaEvaluation.h"
#include "models/record/RecordProjection.h"

#include <QHash>

class ChecklistDocument;
class LaunchRecord;
class ChecklistState;

// The success criteria as the launch record has them: the figures recorded from data
// (criterion.measured) and the verdicts people gave (criterion.confirmed), the last of each point.
// summary() is a pure function of the record — the document, these events and the entered Day 7
// statistics — so the sign-off can digest it and the report print it; live figures not recorded
// yet are the desk's (CriteriaDesk::live()).
class CriteriaRecord final : public RecordProjection
{
public:
    static QVector<EventKind> criteriaKinds() { return {EventKind::CriterionConfirmed, EventKind::CriterionMeasured}; }
    QVector<EventKind> kinds() const override { return criteriaKinds(); }
    bool apply(const AuditEvent &event) override;

    CriteriaSummary summary(const ChecklistDocument &document, const ChecklistState &state) const;
    // The summary of an open record without keeping a projection: built from the record's events
    // once (for the sign-off, the report, the command line). Empty without a checklist.
    static CriteriaSummary of(LaunchRecord &session);

    // The recorded figure of a point (from criterion.measured), or none.
    std::optional<CriterionPoint> measured(const QString &item, const QString &point) const;
    // The event that recorded it (0: none), and the head of the check an audit trail figure was
    // taken from ("checkedThrough"; 0: none, or recorded before figures named it).
    qint64 measuredSeq(const QString &item, const QString &point) const
    {
        return m_measuredSeq.value(pointKey(item, point)).first;
    }
    qint64 measuredThrough(const QString &item, const QString &point) const
    {
        return m_measuredSeq.value(pointKey(item, point)).second;
    }
    std::optional<CriterionConfirmation> confirmation(const QString &item, const QString &point) const;

    // The events that record a point's figure / a person's verdict. Each is written only when it
    // changes the point's slot (two windows pressing "Record figures" record once).
    static EventDraft measuredDraft(const QString &item, const QString &point, const CriterionPoint &measured);
    static EventDraft confirmedDraft(const QString &item, const QString &point, Verdict verdict, const QString &note);

private:
    QHash<QString, CriterionPoint> m_measured;           // by pointKey()
    QHash<QString, QPair<qint64, qint64>> m_measuredSeq; // seq, checkedThrough
    QHash<QString, CriterionConfirmation> m_confirmed;
};
