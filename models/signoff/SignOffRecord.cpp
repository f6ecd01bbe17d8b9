#include "models/signoff/SignOffRecord.h"

#include <QCoreApplication>

namespace {

// The words of what changed; a class, so that lupdate files them all under one context.
struct SignOffWords
{
    Q_DECLARE_TR_FUNCTIONS(SignOffRecord)
};

QString fieldKey(const QString &item, const QString &field)
{
    return item + QLatin1Char('/') + field;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? SignOffWords::tr("(blank)") : value;
}

} // namespace

QVector<EventKind> SignOffRecord::kinds() const
{
    return {EventKind::FieldSet,           EventKind::T0Recorded,        EventKind::TemplateImported,
            EventKind::CriterionConfirmed, EventKind::CriterionMeasured, EventKind::SignerEnrolled,
            EventKind::SignatureGiven,     EventKind::SignatureRefused,  EventKind::SignatureInvalidated};
}

bool SignOffRecord::apply(const AuditEvent &e)
{
    const QJsonObject &p = e.payload;
    if (e.kind == EventKind::SignatureGiven || e.kind == EventKind::SignatureRefused
        || e.kind == EventKind::SignatureInvalidated)
        m_slots.insert(e.payloadText("role"), e.index().value);
    switch (e.kind) {
    case EventKind::FieldSet: {
        const QString item = e.payloadText("item");
        const QString field = e.payloadText("field");
        const QString value = e.payloadText("value");
        QString source = e.payloadText("source");
        if (source.isEmpty())
            // Part of the signed content: the same words at every desk, whatever its language.
            source = QStringLiteral("entered by %1").arg(e.actor.name);
        m_fields.insert(fieldKey(item, field), {value, source, e.seq});
        invalidate(e, [&](const SignedContent &c) -> QString {
            const SignedFigure *f = c.figure(item, field);
            if (!f || (f->value == value && f->source == source))
                return {};
            return SignOffWords::tr("%1 — %2: %3 → %4").arg(f->context, f->label, shown(f->value), shown(value));
        });
        return true;
    }
    case EventKind::T0Recorded: {
        m_t0 = e.payloadText("time");
        invalidate(e, [&](const SignedContent &c) -> QString {
            return c.t0 == m_t0 ? QString() : SignOffWords::tr("T0: %1 → %2").arg(shown(c.t0), shown(m_t0));
        });
        return true;
    }
    case EventKind::TemplateImported: {
        const QString sha = e.payloadText("sha256");
        invalidate(e, [&](const SignedContent &c) -> QString {
            return c.templateSha.isEmpty() || c.templateSha == sha
                ? QString()
                : SignOffWords::tr("another checklist was imported (%1)").arg(e.payloadText("name"));
        });
        return true;
    }
    case EventKind::CriterionConfirmed:
    case EventKind::CriterionMeasured: {
        // Appended only when a point's verdict or figure changes: each one changes the criteria a
        // signature approved.
        const QString what = e.kind == EventKind::CriterionConfirmed
            ? SignOffWords::tr("success criteria: a point was confirmed as %1 (%2)")
                  .arg(e.payloadText("verdict"), e.payloadText("note"))
            : SignOffWords::tr("success criteria: a point was measured again: %1 (%2)")
                  .arg(e.payloadText("figure"), e.payloadText("verdict"));
        invalidate(e, [&](const SignedContent &) { return what; });
        return true;
    }
    case EventKind::SignerEnrolled: {
        SignerKey key;
        key.salt = QByteArray::fromBase64(e.payloadText("salt").toLatin1());
        key.iterations = int(p.value(QLatin1String("iterations")).toInteger());
        key.hash = QByteArray::fromBase64(e.payloadText("hash").toLatin1());
        if (!m_signers.contains(e.payloadText("name")))
            m_signers.insert(e.payloadText("name"), key);
        return true;
    }
    case EventKind::SignatureGiven:
    case EventKind::SignatureRefused: {
        const QString role = e.payloadText("role");
        SignatureLine line;
        line.role = role;
        line.status = e.kind == EventKind::SignatureGiven ? SignatureStatus::Signed : SignatureStatus::Refused;
        line.name = e.payloadText("name");
        line.actor = e.actor;
        line.meaning = e.payloadText("meaning");
        line.timeUtc = e.timeUtc;
        line.digest = e.payloadText("digest");
        line.justification = e.payloadText("justification");
        line.reason = e.payloadText("reason");
        line.seq = e.seq;
        const qsizetype problemsBefore = m_problems.size();
        auto content = SignedContent::fromJson(p.value(QLatin1String("content")).toObject());
        if (!content) {
            m_problems.append(
                {e.seq, role, SignOffWords::tr("event #%1 (%2): %3").arg(e.seq).arg(role, content.error().message)});
        } else {
            check(e, role, content.value());
            m_contents.insert(role, content.value());
        }
        // A signature the record does not bear out is shown as what it is wherever it is shown.
        if (line.status == SignatureStatus::Signed && m_problems.size() > problemsBefore) {
            line.status = SignatureStatus::NotValid;
            QStringList why;
            for (qsizetype i = problemsBefore; i < m_problems.size(); ++i)
                why.append(m_problems.at(i).message);
            line.notValidBecause = why.join(QStringLiteral("; "));
        }
        if (!m_lines.contains(role))
            m_order.insert(e.seq, role);
        m_lines.insert(role, line);
        m_invalidationRecorded.insert(role, false);
        return true;
    }
    case EventKind::SignatureInvalidated: {
        const QString role = e.payloadText("role");
        auto it = m_lines.find(role);
        if (it == m_lines.end() || it->seq != p.value(QLatin1String("signedSeq")).toInteger())
            return false;
        m_invalidationRecorded.insert(role, true);
        if (it->status == SignatureStatus::Signed) {
            // Another desk saw the change first; its word stands for what changed.
            it->status = SignatureStatus::Invalidated;
            it->invalidatedBy = Actor::person(e.payloadText("by"), QString());
            it->invalidatedAt = e.payloadText("at");
            it->invalidatedBecause = e.payloadText("change");
        }
        return true;
    }
    default: break;
    }
    return false;
}

void SignOffRecord::invalidate(const AuditEvent &cause, const std::function<QString(const SignedContent &)> &changeFor)
{
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        if (it->status != SignatureStatus::Signed || !m_contents.contains(it.key()))
            continue;
        const QString change = changeFor(m_contents.value(it.key()));
        if (change.isEmpty())
            continue;
        it->status = SignatureStatus::Invalidated;
        it->invalidatedBy = cause.actor;
        it->invalidatedAt = cause.timeUtc;
        it->invalidatedBecause = change;
    }
}

// A signature covers the record as it stood: its content must hash to its digest, and every value
// in it must be the record's value at that moment.
void SignOffRecord::check(const AuditEvent &e, const QString &role, const SignedContent &content)
{
    const auto problem = [&](const QString &what) {
        m_problems.append(
            {e.seq, role, SignOffWords::tr("event #%1 (%2 by %3): %4").arg(e.seq).arg(role, e.actor.name, what)});
    };
    if (content.digest() != e.payloadText("digest")) {
        problem(SignOffWords::tr("the digest does not match the content it claims to cover"));
        return;
    }
    if (content.t0 != m_t0)
        problem(SignOffWords::tr("it covers T0 %1, but the record had %2").arg(shown(content.t0), shown(m_t0)));
    for (const SignedFigure &f : content.figures) {
        const FieldFact fact = m_fields.value(fieldKey(f.item, f.field));
        if (fact.value != f.value)
            problem(SignOffWords::tr("it covers %1 — %2 = %3, but the record had %4")
                        .arg(f.context, f.label, shown(f.value), shown(fact.value)));
    }
}

QVector<SignatureLine> SignOffRecord::lines() const
{
    QVector<SignatureLine> out;
    for (const QString &role : m_order)
        out.append(m_lines.value(role));
    return out;
}

const SignatureLine *SignOffRecord::line(const QString &role) const
{
    auto it = m_lines.constFind(role);
    return it == m_lines.constEnd() ? nullptr : &*it;
}

const SignedContent *SignOffRecord::contentOf(const QString &role) const
{
    auto it = m_contents.constFind(role);
    return it == m_contents.constEnd() ? nullptr : &*it;
}

QStringList SignOffRecord::signedRolesWhere(const std::function<bool(const SignedContent &)> &covers) const
{
    QStringList roles;
    for (const QString &role : m_order) {
        const SignedContent *content = contentOf(role);
        if (m_lines.value(role).status == SignatureStatus::Signed && content && covers(*content))
            roles.append(role);
    }
    return roles;
}

QStringList SignOffRecord::signedRolesCovering(const QString &item, const QString &field) const
{
    return signedRolesWhere([&](const SignedContent &c) { return c.figure(item, field) != nullptr; });
}

QStringList SignOffRecord::signedRolesCoveringOtherT0(const QString &storedT0) const
{
    return signedRolesWhere([&](const SignedContent &c) { return c.t0 != storedT0; });
}

QStringList SignOffRecord::signedRolesCoveringOtherTemplate(const QString &sha256) const
{
    return signedRolesWhere([&](const SignedContent &c) { return c.templateSha != sha256; });
}

std::optional<SignerKey> SignOffRecord::signerKey(const QString &name) const
{
    auto it = m_signers.constFind(name);
    if (it == m_signers.constEnd())
        return std::nullopt;
    return *it;
}

const SignOffRecord::FieldFact *SignOffRecord::field(const QString &item, const QString &field) const
{
    auto it = m_fields.constFind(fieldKey(item, field));
    return it == m_fields.constEnd() ? nullptr : &*it;
}

QVector<SignatureLine> SignOffRecord::unrecordedInvalidations() const
{
    QVector<SignatureLine> out;
    for (const SignatureLine &l : lines()) {
        if (l.status == SignatureStatus::Invalidated && !m_invalidationRecorded.value(l.role))
            out.append(l);
    }
    return out;
}
