#include "models/signoff/SignedContent.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/ChecklistChanges.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QString key(const char *name)
{
    return QLatin1String(name);
}

QStringList criteriaWith(const QJsonObject &criteria, const QString &verdict)
{
    QStringList titles;
    for (const QJsonValue &c : criteria.value(key("criteria")).toArray()) {
        if (c.toObject().value(key("verdict")).toString() == verdict)
            titles.append(c.toObject().value(key("title")).toString());
    }
    return titles;
}

} // namespace

QJsonObject SignedContent::toJson() const
{
    QJsonArray list;
    for (const SignedFigure &f : figures) {
        list.append(QJsonObject{{key("item"), f.item},
                                {key("field"), f.field},
                                {key("context"), f.context},
                                {key("label"), f.label},
                                {key("unit"), f.unit},
                                {key("value"), f.value},
                                {key("source"), f.source}});
    }
    return {{key("template"), templateSha}, {key("t0"), t0}, {key("criteria"), criteria}, {key("figures"), list}};
}

Result<SignedContent> SignedContent::fromJson(const QJsonObject &json)
{
    if (!json.value(key("figures")).isArray() || !json.value(key("criteria")).isObject())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("SignedContent", "the signed content has no figures or criteria")};
    SignedContent c;
    c.templateSha = json.value(key("template")).toString();
    c.t0 = json.value(key("t0")).toString();
    c.criteria = json.value(key("criteria")).toObject();
    for (const QJsonValue &v : json.value(key("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        c.figures.append({o.value(key("item")).toString(), o.value(key("field")).toString(),
                          o.value(key("context")).toString(), o.value(key("label")).toString(),
                          o.value(key("unit")).toString(), o.value(key("value")).toString(),
                          o.value(key("source")).toString()});
    }
    return c;
}

QByteArray SignedContent::canonicalBytes() const
{
    // QJsonDocument writes object keys sorted: the same content always gives the same bytes.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString SignedContent::digest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

QStringList SignedContent::criteriaNotMet() const
{
    return criteriaWith(criteria, QStringLiteral("not_met"));
}

QStringList SignedContent::criteriaNotKnown() const
{
    return criteriaWith(criteria, QStringLiteral("unknown"));
}

bool SignedContent::allCriteriaMet() const
{
    return criteria.value(key("overall")).toString() == QLatin1String("met");
}

const SignedFigure *SignedContent::figure(const QString &item, const QString &field) const
{
    for (const SignedFigure &f : figures) {
        if (f.item == item && f.field == field)
            return &f;
    }
    return nullptr;
}

QStringList SignedContent::summaryLines() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("SignedContent", text); };
    QStringList lines;
    lines << tr("Go-live (T0): %1").arg(t0.isEmpty() ? tr("not recorded") : t0);
    const QJsonArray list = criteria.value(key("criteria")).toArray();
    if (list.isEmpty())
        lines << tr("Success criteria: none evaluated");
    for (const QJsonValue &v : list) {
        const QJsonObject c = v.toObject();
        const QString verdict = c.value(key("verdict")).toString();
        const QString word = verdict == QLatin1String("met") ? tr("met")
            : verdict == QLatin1String("not_met")            ? tr("NOT met")
                                                             : tr("not known");
        lines << tr("%1: %2").arg(c.value(key("title")).toString(), word);
    }
    int filled = 0;
    for (const SignedFigure &f : figures)
        filled += f.value.isEmpty() ? 0 : 1;
    lines << QCoreApplication::translate("SignedContent", "Figures: %1 of %n blank(s) filled", nullptr,
                                         int(figures.size()))
                 .arg(filled);
    for (const SignedFigure &f : figures) {
        if (!f.value.isEmpty())
            lines << QStringLiteral("  %1 — %2: %3 %4").arg(f.context, f.label, f.value, f.unit).trimmed();
    }
    return lines;
}

QString groupedDigest(const QString &digest)
{
    QStringList groups;
    for (qsizetype i = 0; i < digest.size(); i += 8)
        groups.append(digest.mid(i, 8));
    return groups.join(QLatin1Char(' '));
}

QVector<CoveredField> coveredFields(const ChecklistDocument &document)
{
    const QVector<SignatureSlot> signatures = document.signatureSlots();
    if (signatures.isEmpty())
        return {};
    QSet<QString> signatureBlanks;
    for (const SignatureSlot &s : signatures) {
        signatureBlanks.insert(s.nodeId + QLatin1Char('/') + s.fieldKey);
        if (!s.dateFieldKey.isEmpty())
            signatureBlanks.insert(s.dateNodeId + QLatin1Char('/') + s.dateFieldKey);
    }
    const ChecklistNode *phase = document.find(signatures.first().nodeId);
    while (phase && phase->parent() && phase->kind() != ChecklistNode::Kind::Phase)
        phase = phase->parent();
    if (!phase)
        return {};
    QVector<CoveredField> out;
    phase->forEach([&](const ChecklistNode *n) {
        for (const ChecklistField &f : n->fields()) {
            if (signatureBlanks.contains(n->id() + QLatin1Char('/') + f.key))
                continue;
            const ChecklistNode *owner = n->kind() == ChecklistNode::Kind::Step && n->parent() ? n->parent() : n;
            out.append({n->id(), f.key, owner->title(), f.label, f.unit});
        }
    });
    return out;
}

QVector<QPair<QString, QString>> coveredSlots(const SignedContent &content)
{
    QVector<QPair<QString, QString>> covered = {{QStringLiteral("launch"), QStringLiteral("t0")},
                                                {QString(), QStringLiteral("template")},
                                                {QStringLiteral("criterion:*"), QString()}};
    for (const SignedFigure &f : content.figures)
        covered.append(ChecklistChanges::recordSlot(ItemSlot::field(f.item, f.field)));
    return covered;
}
