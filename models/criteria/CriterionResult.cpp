#include "models/criteria/CriterionResult.h"

#include <QJsonArray>

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met: return QStringLiteral("met");
    case Verdict::NotMet: return QStringLiteral("not_met");
    case Verdict::Unknown: break;
    }
    return QStringLiteral("unknown");
}

// Only what a signer approves: the verdicts, figures, thresholds, sources and confirmations.
QJsonObject CriteriaSummary::toJson() const
{
    QJsonArray list;
    for (const CriterionResult &c : criteria) {
        QJsonArray points;
        for (const CriterionPoint &p : c.points) {
            QJsonObject point{{QStringLiteral("text"), p.text},
                              {QStringLiteral("verdict"), verdictKey(p.verdict)},
                              {QStringLiteral("figure"), p.figure},
                              {QStringLiteral("threshold"), p.threshold},
                              {QStringLiteral("source"), p.source}};
            if (!p.confirmedBy.name.isEmpty()) {
                point.insert(QStringLiteral("confirmedBy"), p.confirmedBy.name);
                point.insert(QStringLiteral("confirmedAt"), p.confirmedAt);
                point.insert(QStringLiteral("note"), p.note);
            }
            points.append(point);
        }
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("verdict"), verdictKey(c.verdict)},
                                {QStringLiteral("points"), points}});
    }
    return {{QStringLiteral("criteria"), list}, {QStringLiteral("overall"), verdictKey(overall)}};
}
