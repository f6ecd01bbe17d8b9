#pragma once

#include "models/record/RecordProjection.h"
#include "models/signoff/Passphrase.h"
#include "models/signoff/SignatureLine.h"
#include "models/signoff/SignedContent.h"

#include <QHash>
#include <QMap>
#include <functional>

// A signature whose recorded digest or content does not agree with the record: what `golive verify`
// reports beside the hash chain.
struct SignatureProblem
{
    qint64 seq = 0;
    QString role;
    QString message;
};

// The sign-off as the record has it: the signers' passphrase keys, each role's latest signature or
// refusal with the content it covered, and — replayed in order — every later change to that content,
// which marks the signature invalidated by that change (who, when, what). It keeps its own copy of
// the blanks' values and T0 so that each signature can be checked against the record as it stood
// when it was given, independent of the checklist shown now.
class SignOffRecord final : public RecordProjection
{
public:
    struct FieldFact
    {
        QString value;
        QString source; // the payload's source, else "entered by <person>"
        qint64 seq = 0;
    };

    QVector<EventKind> kinds() const override;
    QVector<EventKind> fullHistoryKinds() const override { return kinds(); }
    bool apply(const AuditEvent &event) override;

    // The roles in the order they were first signed or refused.
    QVector<SignatureLine> lines() const;
    const SignatureLine *line(const QString &role) const;
    // The content a role's latest signature or refusal covered.
    const SignedContent *contentOf(const QString &role) const;
    // The roles whose standing signature covers this blank: a new value there would invalidate
    // them (asked before the change, so that a person can be warned and name them).
    QStringList signedRolesCovering(const QString &item, const QString &field) const;
    // The roles whose standing signature covers another recorded T0 than storedT0 (every
    // signature covers T0): recording that T0 would invalidate them.
    QStringList signedRolesCoveringOtherT0(const QString &storedT0) const;
    // The same for the checklist template (every signature covers its hash).
    QStringList signedRolesCoveringOtherTemplate(const QString &sha256) const;
    std::optional<SignerKey> signerKey(const QString &name) const;
    const FieldFact *field(const QString &item, const QString &field) const;
    QString t0() const { return m_t0; }
    // Signatures whose digest does not match their content, or whose content is not the record's.
    const QVector<SignatureProblem> &problems() const { return m_problems; }
    // Signed lines the record shows invalidated, but for which no signoff.invalidated was appended yet.
    QVector<SignatureLine> unrecordedInvalidations() const;
    // The role's signature slot as the record stores it ("" never signed, "signed:<digest>", ...):
    // a new signature or refusal is appended only if the slot still holds this.
    QString slotValue(const QString &role) const { return m_slots.value(role); }

private:
    // The roles, in order, whose standing signature's content satisfies covers.
    QStringList signedRolesWhere(const std::function<bool(const SignedContent &)> &covers) const;
    void invalidate(const AuditEvent &cause, const std::function<QString(const SignedContent &)> &changeFor);
    void check(const AuditEvent &event, const QString &role, const SignedContent &content);

    QHash<QString, FieldFact> m_fields; // "item/field"
    QString m_t0;
    QHash<QString, SignerKey> m_signers;
    QMap<qint64, QString> m_order; // seq of first appearance → role
    QHash<QString, SignatureLine> m_lines;
    QHash<QString, SignedContent> m_contents;
    QHash<QString, bool> m_invalidationRecorded;
    QVector<SignatureProblem> m_problems;
    QHash<QString, QString> m_slots;
};
