#pragma once

#include "models/core/Error.h"
#include "models/criteria/CriterionResult.h"
#include "models/record/EventStore.h"
#include "models/signoff/Passphrase.h"
#include "models/signoff/PassphraseWorker.h"
#include "models/signoff/SignOffRecord.h"
#include "models/team/TeamDesk.h"
#include "models/timeline/Clock.h"

#include <QObject>

#include <functional>

class LaunchRecord;

// A lead's request to sign or refuse one line, after the slow passphrase step ran off the GUI thread.
struct SignOffRequest
{
    QString role;
    QString name;                    // the signer's printed name
    QString expectedDigest;          // the digest the dialog showed: the content must still be that
    QString justification;           // required when a criterion is not met or not known
    QString reason;                  // a refusal's reason (required to refuse)
    PassphraseProof proof;           // the passphrase derived with the signer's key
    std::optional<SignerKey> newKey; // first use: the key made from the passphrase just chosen
};

// The sign-off of one open record: the signature lines of the checklist (Project Manager,
// Operations Lead, Technical Lead — or the checklist's own), the content they approve and its
// digest, and the use cases that sign, refuse and record invalidations. It decides; the dialog
// only asks and shows.
class SignOffDesk final : public QObject
{
    Q_OBJECT

public:
    explicit SignOffDesk(LaunchRecord *session, const Clock *clock = &SystemClock::instance(),
                         QObject *parent = nullptr);
    ~SignOffDesk() override;

    static QString meaning();                           // "Approval of go-live success", as the record stores it
    static QString shownMeaning(const QString &stored); // in the user's language

    const SignOffRecord &record() const { return m_record; }
    const LaunchRecord *session() const { return m_session; }
    // Where the success criteria come from (the criteria's record-only summary); none until set.
    void setCriteriaSource(std::function<CriteriaSummary()> source);

    // The checklist's roles, then any the record has that the checklist does not (an older template).
    QStringList roles() const;
    QVector<SignatureLine> lines() const;
    SignatureLine line(const QString &role) const;
    // The content as the record holds it now: what a signature given now approves.
    SignedContent currentContent() const;
    bool needsJustification(const SignedContent &content) const;
    // The written words a signature (a justification where a criterion is open) or a refusal (a
    // reason) needs: checked by sign() and refuse(), and by a dialog before the slow passphrase step.
    Status checkWords(const SignOffRequest &r, bool signing, const SignedContent &content) const;

    // The roles whose standing signature a change would invalidate, asked before it is made so
    // that a person can be warned and told whose: a blank's new value (the launch-time blank is
    // T0 itself), or a newly recorded T0. Empty when the value is not new or would be refused.
    QStringList signaturesInvalidatedByValue(const QString &item, const QString &fieldKey, const QString &typed) const;
    QStringList signaturesInvalidatedByT0(const QDateTime &recorded) const;
    QStringList signaturesInvalidatedByTemplate(const QString &sha256) const
    {
        return m_record.signedRolesCoveringOtherTemplate(sha256);
    }

    bool isEnrolled(const QString &name) const { return m_record.signerKey(name).has_value(); }
    std::optional<SignerKey> keyOf(const QString &name) const { return m_record.signerKey(name); }

    // The slow passphrase step for name, on the desk's worker thread: a first signer's choice is
    // checked first (Passphrase::checkNew, against again), then derived; done gets the proof (and
    // a first signer's new key) on context's thread, unless context is gone by then.
    using ProofDone = std::function<void(const PassphraseProof &proof, const std::optional<SignerKey> &newKey)>;
    Status prove(const QString &name, const QString &passphrase, const QString &again, QObject *context,
                 const ProofDone &done);
    bool isProving() const { return m_passphrases.isBusy(); }
    Status sign(const SignOffRequest &request);
    Status refuse(const SignOffRequest &request);
    // Appends signoff.invalidated for every signature the record shows invalidated but no desk has
    // recorded yet (once, whichever desk sees it first).
    Status recordInvalidations();
    // The window's desk records them as soon as it sees them; a failure arrives as changeFailed().
    void setRecordInvalidationsAutomatically(bool on) { m_autoRecord = on; }
    // The signatures that do not agree with the record (for the pane; `golive verify` replays them).
    const QVector<SignatureProblem> &problems() const { return m_record.problems(); }

signals:
    void changed();
    void changeFailed(const QString &message);

private:
    Status authorize(const SignOffRequest &request, QVector<EventDraft> *drafts) const;
    Status append(const SignOffRequest &request, EventKind kind);

    LaunchRecord *m_session;
    const Clock *m_clock;
    TeamDesk m_team; // a line's role, once the record has roles
    SignOffRecord m_record;
    std::function<CriteriaSummary()> m_criteria;
    bool m_autoRecord = false;
    PassphraseWorker m_passphrases;
};
