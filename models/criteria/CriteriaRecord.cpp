#include "models/criteria/CriteriaRecord.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/LaunchRecord.h"

bool CriteriaRecord::apply(const AuditEvent &e)
{
    const QString key = pointKey(e.payloadText("item"), e.payloadText("point"));
    if (e.kind == EventKind::CriterionMeasured) {
        CriterionPoint p;
        p.verdict = verdictFromKey(e.payloadText("verdict"));
        p.figure = e.payloadText("figure");
        p.threshold = e.payloadText("threshold");
        p.source = e.payloadText("source");
        m_measured.insert(key, p);
        m_measuredSeq.insert(key, {e.seq, e.payload.value(QLatin1String("checkedThrough")).toInteger()});
        return true;
    }
    if (e.kind == EventKind::CriterionConfirmed) {
        m_confirmed.insert(key, {verdictFromKey(e.payloadText("verdict")), e.payloadText("note"), e.actor, e.timeUtc});
        return true;
    }
    return false;
}

std::optional<CriterionPoint> CriteriaRecord::measured(const QString &item, const QString &point) const
{
    const auto it = m_measured.constFind(pointKey(item, point));
    return it == m_measured.constEnd() ? std::nullopt : std::optional<CriterionPoint>(*it);
}

std::optional<CriterionConfirmation> CriteriaRecord::confirmation(const QString &item, const QString &point) const
{
    const auto it = m_confirmed.constFind(pointKey(item, point));
    return it == m_confirmed.constEnd() ? std::nullopt : std::optional<CriterionConfirmation>(*it);
}

CriteriaSummary CriteriaRecord::summary(const ChecklistDocument &document, const ChecklistState &state) const
{
    return composeCriteria(
        criteriaOf(document), day7Fields(document, state),
        [this](const CriterionSpec &c, const CriterionPointSpec &p) { return measured(c.id, p.id); },
        [this](const QString &item, const QString &point) { return confirmation(item, point); });
}

CriteriaSummary CriteriaRecord::of(LaunchRecord &session)
{
    if (!session.document())
        return {};
    CriteriaRecord record;
    session.addProjection(&record);
    const CriteriaSummary summary = record.summary(*session.document(), session.state());
    session.removeProjection(&record);
    return summary;
}

EventDraft CriteriaRecord::measuredDraft(const QString &item, const QString &point, const CriterionPoint &m)
{
    return EventDraft::of(EventKind::CriterionMeasured,
                          {{QStringLiteral("item"), item},
                           {QStringLiteral("point"), point},
                           {QStringLiteral("verdict"), verdictKey(m.verdict)},
                           {QStringLiteral("figure"), m.figure},
                           {QStringLiteral("threshold"), m.threshold},
                           {QStringLiteral("source"), m.source}},
                          EventDraft::Condition::IfChanged);
}

EventDraft CriteriaRecord::confirmedDraft(const QString &item, const QString &point, Verdict verdict,
                                          const QString &note)
{
    return EventDraft::of(EventKind::CriterionConfirmed,
                          {{QStringLiteral("item"), item},
                           {QStringLiteral("point"), point},
                           {QStringLiteral("verdict"), verdictKey(verdict)},
                           {QStringLiteral("note"), note}},
                          EventDraft::Condition::IfChanged);
}
