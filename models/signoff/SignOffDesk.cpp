#include "models/signoff/SignOffDesk.h"

#include "models/checklist/ChecklistNode.h"
#include "models/record/RecordAnchor.h"
#include "models/session/LaunchRecord.h"
#include "models/session/LaunchTiming.h"

#include <QJsonArray>

namespace {

Error refused(const QString &message)
{
    return Error::make(Error::Code::Refused, message);
}

} // namespace

SignOffDesk::SignOffDesk(LaunchRecord *session, const Clock *clock, QObject *parent)
    : QObject(parent), m_session(session), m_clock(clock), m_team(session)
{
    m_session->addProjection(&m_record);
    connect(m_session, &LaunchRecord::projectionChanged, this, [this](RecordProjection *p) {
        if (p != &m_record)
            return;
        if (m_autoRecord && !m_record.unrecordedInvalidations().isEmpty()) {
            if (const Status s = recordInvalidations(); !s)
                emit changeFailed(s.message());
        }
        emit changed();
    });
    connect(m_session, &LaunchRecord::documentReplaced, this, &SignOffDesk::changed);
    connect(m_session, &LaunchRecord::timingChanged, this, &SignOffDesk::changed);
}

SignOffDesk::~SignOffDesk()
{
    m_session->removeProjection(&m_record);
}

namespace {
// The record's word for what a signature means; shown translated, stored as written here so that
// every desk records the same thing whatever its language.
const char *const kMeaning = QT_TRANSLATE_NOOP("SignOffDesk", "Approval of go-live success");
} // namespace

QString SignOffDesk::meaning()
{
    return QString::fromLatin1(kMeaning);
}

QString SignOffDesk::shownMeaning(const QString &stored)
{
    return tr(stored.toUtf8().constData());
}

void SignOffDesk::setCriteriaSource(std::function<CriteriaSummary()> source)
{
    m_criteria = std::move(source);
    emit changed();
}

QStringList SignOffDesk::roles() const
{
    QStringList out = m_session->document() ? m_session->document()->signatureRoles() : QStringList();
    for (const SignatureLine &l : m_record.lines()) {
        if (!out.contains(l.role))
            out.append(l.role);
    }
    return out;
}

SignatureLine SignOffDesk::line(const QString &role) const
{
    if (const SignatureLine *l = m_record.line(role))
        return *l;
    SignatureLine missing;
    missing.role = role;
    missing.meaning = meaning();
    return missing;
}

QVector<SignatureLine> SignOffDesk::lines() const
{
    QVector<SignatureLine> out;
    for (const QString &role : roles())
        out.append(line(role));
    return out;
}

SignedContent SignOffDesk::currentContent() const
{
    SignedContent c;
    c.templateSha = m_session->state().templateSha();
    c.t0 = m_record.t0();
    c.criteria = m_criteria ? m_criteria().toJson() : CriteriaSummary().toJson();
    if (const ChecklistDocument *doc = m_session->document()) {
        for (const CoveredField &f : coveredFields(*doc)) {
            const SignOffRecord::FieldFact *fact = m_record.field(f.item, f.field);
            c.figures.append({f.item, f.field, f.context, f.label, f.unit, fact ? fact->value : QString(),
                              fact ? fact->source : QString()});
        }
    }
    return c;
}

bool SignOffDesk::needsJustification(const SignedContent &content) const
{
    // Approving success over criteria that are not met, not known, or were never evaluated is a
    // decision someone must be able to read later.
    return !content.allCriteriaMet();
}

// Who is at the keyboard: the passphrase must be the signer's own, or — on first use — a new one
// that goes into the record as a salted hash with the signature.
Status SignOffDesk::authorize(const SignOffRequest &r, QVector<EventDraft> *drafts) const
{
    if (r.name.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Type the signer's printed name."));
    if (r.proof.name != r.name)
        return Error::make(Error::Code::Invalid, tr("The passphrase was given for another name."));
    if (const std::optional<SignerKey> key = m_record.signerKey(r.name)) {
        if (r.newKey)
            return Error::make(Error::Code::Conflict, tr("%1 already has a passphrase; sign with it.").arg(r.name));
        if (!Passphrase::matches(*key, r.proof.derived))
            return Error::make(Error::Code::Unauthorized, tr("That is not the passphrase of %1.").arg(r.name));
        return {};
    }
    if (!r.newKey || !r.newKey->isValid() || r.newKey->hash != r.proof.derived)
        return Error::make(Error::Code::Invalid, tr("%1 has no passphrase yet: choose one to sign with.").arg(r.name));
    EventDraft enrol = EventDraft::of(EventKind::SignerEnrolled,
                                      {{QStringLiteral("name"), r.name},
                                       {QStringLiteral("salt"), QString::fromLatin1(r.newKey->salt.toBase64())},
                                       {QStringLiteral("iterations"), r.newKey->iterations},
                                       {QStringLiteral("hash"), QString::fromLatin1(r.newKey->hash.toBase64())}},
                                      EventDraft::Condition::IfCurrentIs);
    enrol.currentIs = {QString(QLatin1String(""))};
    drafts->append(enrol);
    return {};
}

Status SignOffDesk::append(const SignOffRequest &r, EventKind kind)
{
    if (!roles().contains(r.role))
        return Error::make(Error::Code::NotFound, tr("The checklist has no signature line for “%1”.").arg(r.role));
    // A signature covers the record as it stands; a desk cut off from the team record only knows
    // how it stood when the server went away.
    if (m_session->isShared() && !m_session->isOnline())
        return Error::make(Error::Code::Unreachable,
                           tr("The team record cannot be reached (%1). Signing needs it: what you sign must be "
                              "the record as it stands. Sign when the desk is back online.")
                               .arg(m_session->offlineReason()));
    const SignedContent content = currentContent();
    if (content.digest() != r.expectedDigest)
        return Error::make(Error::Code::Conflict,
                           tr("What is to be signed changed while the dialog was open; read it again."));
    const SignatureLine current = line(r.role);
    if (current.status == SignatureStatus::Signed)
        return refused(tr("%1 has signed already (%2).").arg(r.role, current.name));
    QVector<EventDraft> drafts;
    if (const Status s = authorize(r, &drafts); !s)
        return s;
    // The person proved who they are; now whether the record lets them sign or refuse this line.
    const TeamPolicy rules = m_team.policy();
    const AccessDecision access =
        kind == EventKind::SignatureGiven ? rules.sign(r.name, r.role) : rules.refuse(r.name, r.role);
    if (const Status s = m_team.enforce(access, Actor::person(r.name.trimmed(), QString())); !s)
        return s;

    QJsonObject payload{{QStringLiteral("role"), r.role},
                        {QStringLiteral("name"), r.name.trimmed()},
                        {QStringLiteral("meaning"), meaning()},
                        {QStringLiteral("digest"), content.digest()},
                        {QStringLiteral("content"), content.toJson()}};
    if (Status words = checkWords(r, kind == EventKind::SignatureGiven, content); !words)
        return words;
    // The record as the signer saw it, named in what they sign: a copy of the head, checked by verify.
    if (m_session->headSeq() > 0) {
        const auto seen = RecordAnchor::ofEvent(m_session->store(), m_session->headSeq());
        if (!seen)
            return seen.error();
        payload.insert(QStringLiteral("head"), seen->toJson());
    }
    if (kind == EventKind::SignatureGiven) {
        if (!r.justification.trimmed().isEmpty())
            payload.insert(QStringLiteral("justification"), r.justification.trimmed());
    } else {
        payload.insert(QStringLiteral("reason"), r.reason.trimmed());
    }
    EventDraft draft = EventDraft::of(kind, payload, EventDraft::Condition::IfCurrentIs);
    draft.currentIs = {m_record.slotValue(r.role)};
    // The content was read from this desk's view of the record: if another desk (or window)
    // changed any of it before the append's transaction, nothing is signed.
    draft.unchangedSince = m_session->headSeq();
    draft.unchangedSlots = coveredSlots(content); // refuses the whole append, the enrolment too
    drafts.append(draft);
    // The signer, not whoever set up the desk, is the one who signs.
    const Actor signer = Actor::person(r.name.trimmed(), r.role);
    return m_session->record(drafts, &signer);
}

Status SignOffDesk::prove(const QString &name, const QString &passphrase, const QString &again, QObject *context,
                          const ProofDone &done)
{
    const std::optional<SignerKey> key = keyOf(name);
    if (!key) {
        if (Status s = Passphrase::checkNew(passphrase, again); !s)
            return s;
    }
    m_passphrases.start(passphrase, key, context, [name, done](const PassphraseWorker::Outcome &outcome) {
        done({name, outcome.derived}, outcome.newKey);
    });
    return {};
}

Status SignOffDesk::sign(const SignOffRequest &request)
{
    return append(request, EventKind::SignatureGiven);
}

Status SignOffDesk::refuse(const SignOffRequest &request)
{
    return append(request, EventKind::SignatureRefused);
}

Status SignOffDesk::recordInvalidations()
{
    QVector<EventDraft> drafts;
    for (const SignatureLine &l : m_record.unrecordedInvalidations()) {
        EventDraft d = EventDraft::of(EventKind::SignatureInvalidated,
                                      {{QStringLiteral("role"), l.role},
                                       {QStringLiteral("signedSeq"), l.seq},
                                       {QStringLiteral("change"), l.invalidatedBecause},
                                       {QStringLiteral("by"), l.invalidatedBy.name},
                                       {QStringLiteral("at"), l.invalidatedAt}},
                                      EventDraft::Condition::IfCurrentIs);
        d.currentIs = {m_record.slotValue(l.role)};
        drafts.append(d);
    }
    if (drafts.isEmpty() || m_session->isReadOnly())
        return {};
    const Actor system = Actor::system(QStringLiteral("sign-off"));
    return m_session->record(drafts, &system);
}

Status SignOffDesk::checkWords(const SignOffRequest &r, bool signing, const SignedContent &content) const
{
    if (signing && needsJustification(content) && r.justification.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid,
                           tr("Not every success criterion is met; write why you sign nevertheless."));
    if (!signing && r.reason.trimmed().isEmpty())
        return Error::make(Error::Code::Invalid, tr("Write the reason for refusing."));
    return {};
}

QStringList SignOffDesk::signaturesInvalidatedByValue(const QString &item, const QString &fieldKey,
                                                      const QString &typed) const
{
    const ChecklistNode *node = m_session->document() ? m_session->document()->find(item) : nullptr;
    const ChecklistField *field = node ? node->field(fieldKey) : nullptr;
    if (!field || !field->validate(typed).isEmpty() || field->normalize(typed) == m_session->fieldValue(item, fieldKey))
        return {};
    if (LaunchTiming::isLaunchTimeField(*field))
        return signaturesInvalidatedByT0(LaunchTiming::fromStored(field->normalize(typed)));
    return m_record.signedRolesCovering(item, fieldKey);
}

QStringList SignOffDesk::signaturesInvalidatedByT0(const QDateTime &recorded) const
{
    // An invalid time clears the recorded T0, which the record stores as no time at all.
    const QString stored = recorded.isValid() ? LaunchTiming::toStored(recorded) : QString();
    return m_record.signedRolesCoveringOtherT0(stored);
}
