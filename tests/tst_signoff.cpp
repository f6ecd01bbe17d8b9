// Sign-off: the checklist's signature lines, personal passphrases kept as slow salted hashes,
// signatures bound to the digest of what they approve, refusals, invalidation by a later change,
// and the check that `golive verify` makes of every signature.
#include "models/session/ChecklistDesk.h"
#include "models/signoff/SignOffDesk.h"
#include "models/timeline/Clock.h"
#include "tests/SignOffTestSupport.h"
#include "tests/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace TestSupport;

namespace {

const QString kAdaPass = QStringLiteral("correct horse battery");
const QString kGracePass = QStringLiteral("grace's own passphrase");

CriteriaSummary summaryWith(Verdict verdict)
{
    CriteriaSummary s;
    CriterionResult c;
    c.id = QStringLiteral("stability");
    c.title = QStringLiteral("Stability (99% uptime minimum)");
    c.verdict = verdict;
    s.criteria.append(c);
    s.overall = verdict;
    return s;
}

// The first covered blank of a task titled title (a Day 7 statistic), as (item, field).
QPair<QString, QString> blankUnder(const ChecklistDocument *doc, const QString &label)
{
    for (const CoveredField &f : coveredFields(*doc)) {
        if (f.label == label)
            return {f.item, f.field};
    }
    return {};
}

GoliveRun runVerify(const QString &path)
{
    return runGolive({QStringLiteral("verify"), QStringLiteral("--db"), path});
}

} // namespace

class TestSignOff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Deriving is slow on purpose: once per person for the whole test.
        m_adaKey = Passphrase::newKey(kAdaPass);
        m_graceKey = Passphrase::newKey(kGracePass);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_count));
        m_session = openSession(m_path, ada());
        QVERIFY(m_session);
        m_desk = std::make_unique<SignOffDesk>(m_session.get(), &m_clock);
        // Every criterion met unless a test says otherwise.
        m_desk->setCriteriaSource([] { return summaryWith(Verdict::Met); });
    }

    void cleanup()
    {
        m_desk.reset();
        m_session.reset();
    }

    void passphraseIsASlowSaltedHash()
    {
        QVERIFY(m_adaKey.isValid());
        QVERIFY(m_adaKey.iterations >= 100000);
        QCOMPARE(m_adaKey.salt.size(), SignerKey::kSaltBytes);
        QVERIFY(m_adaKey.salt != m_graceKey.salt);
        QVERIFY(Passphrase::matches(m_adaKey, m_adaKey.hash));
        QVERIFY(!Passphrase::matches(m_adaKey, m_graceKey.hash));
        // The same passphrase with another salt gives another hash.
        const SignerKey again = Passphrase::newKey(kAdaPass);
        QVERIFY(again.hash != m_adaKey.hash);
        QVERIFY(Passphrase::matches(again, Passphrase::derive(kAdaPass, again.salt, again.iterations)));
        QVERIFY(!Passphrase::matches(
            again, Passphrase::derive(QStringLiteral("correct horse battery!"), again.salt, again.iterations)));
    }

    // The passphrase's rules are the desk's, not the dialog's: a first signer's choice is checked
    // before anything slow runs.
    void aNewPassphraseMustBeLongAndTypedTwice()
    {
        const QString eight = QStringLiteral("12345678");
        QVERIFY(Passphrase::checkNew(eight, eight));
        const Status tooShort =
            Passphrase::checkNew(eight.left(Passphrase::kMinLength - 1), eight.left(Passphrase::kMinLength - 1));
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.code(), Error::Code::Invalid);
        QVERIFY(tooShort.message().contains(QString::number(Passphrase::kMinLength)));
        const Status differ = Passphrase::checkNew(eight, eight + QStringLiteral("9"));
        QVERIFY(!differ);
        QCOMPARE(differ.code(), Error::Code::Invalid);

        bool called = false;
        const Status refused =
            m_desk->prove(QStringLiteral("Newcomer"), QStringLiteral("short"), QStringLiteral("short"), this,
                          [&called](const PassphraseProof &, const std::optional<SignerKey> &) { called = true; });
        QCOMPARE(refused.code(), Error::Code::Invalid);
        QVERIFY(!m_desk->isProving());
        QTest::qWait(20);
        QVERIFY(!called);
    }

    // The slow step runs on the desk's worker; its proof is what sign() takes.
    void theDeskDerivesOffTheGuiThread()
    {
        std::optional<PassphraseProof> proof;
        std::optional<SignerKey> newKey;
        QVERIFY(m_desk->prove(QStringLiteral("Ada"), kAdaPass, kAdaPass, this,
                              [&](const PassphraseProof &p, const std::optional<SignerKey> &k) {
                                  QCOMPARE(QThread::currentThread(), thread());
                                  proof = p;
                                  newKey = k;
                              }));
        QVERIFY(m_desk->isProving() || proof);
        QTRY_VERIFY_WITH_TIMEOUT(proof.has_value(), 30000);
        QVERIFY(newKey && newKey->isValid()); // Ada is not enrolled yet: a new key
        QCOMPARE(proof->name, QStringLiteral("Ada"));
        QCOMPARE(proof->derived, newKey->hash);
        SignOffRequest r;
        r.role = QStringLiteral("Technical Lead");
        r.name = proof->name;
        r.expectedDigest = m_desk->currentContent().digest();
        r.proof = *proof;
        r.newKey = newKey;
        QString error;
        QVERIFY2(okOr(m_desk->sign(r), &error), qPrintable(error));

        // Enrolled now: the same passphrase derives with the stored key, no new one.
        proof.reset();
        newKey = SignerKey();
        QVERIFY(m_desk->prove(QStringLiteral("Ada"), kAdaPass, QString(), this,
                              [&](const PassphraseProof &p, const std::optional<SignerKey> &k) {
                                  proof = p;
                                  newKey = k;
                              }));
        QTRY_VERIFY_WITH_TIMEOUT(proof.has_value(), 30000);
        QVERIFY(!newKey);
        QVERIFY(Passphrase::matches(*m_desk->keyOf(QStringLiteral("Ada")), proof->derived));
    }

    // A desk that closes while the step runs waits for it, and nothing is delivered to a
    // receiver that is gone.
    void aClosingDeskWaitsForItsWorker()
    {
        bool called = false;
        {
            QObject receiver;
            QVERIFY(
                m_desk->prove(QStringLiteral("Grace"), kGracePass, kGracePass, &receiver,
                              [&called](const PassphraseProof &, const std::optional<SignerKey> &) { called = true; }));
            m_desk.reset();
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void rolesAreTheChecklistsSignatureLines()
    {
        QCOMPARE(m_desk->roles(),
                 (QStringList{QStringLiteral("Project Manager"), QStringLiteral("Operations Lead"),
                              QStringLiteral("Technical Lead")}));
        for (const SignatureLine &l : m_desk->lines())
            QCOMPARE(l.status, SignatureStatus::Missing);
    }

    void contentCoversTheDay7FiguresAndNotTheSignatureBlanks()
    {
        const SignedContent c = m_desk->currentContent();
        QStringList labels;
        for (const SignedFigure &f : c.figures)
            labels.append(f.label);
        QVERIFY(labels.contains(QStringLiteral("Total emails processed")));
        QVERIFY(labels.contains(QStringLiteral("Database size")));
        QVERIFY(!labels.contains(QStringLiteral("Project Manager")));
        QVERIFY(!labels.contains(QStringLiteral("Date")));
        // Not before the sign-off's phase.
        QVERIFY(!labels.contains(QStringLiteral("Time of launch recorded")));
        QCOMPARE(c.digest().size(), 64);
        QCOMPARE(c.digest(), m_desk->currentContent().digest());
    }

    void firstUseSetsThePassphraseAndSigns()
    {
        const qint64 before = head(m_session->store());
        QString error;
        QVERIFY2(
            okOr(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)), &error),
            qPrintable(error));
        const SignatureLine l = m_desk->line(QStringLiteral("Technical Lead"));
        QCOMPARE(l.status, SignatureStatus::Signed);
        QCOMPARE(l.name, QStringLiteral("Ada"));
        QCOMPARE(l.meaning, QStringLiteral("Approval of go-live success"));
        QCOMPARE(l.digest, m_desk->currentContent().digest());
        QVERIFY(!l.timeUtc.isEmpty());
        const QVector<AuditEvent> events = allEvents(m_session->store());
        QCOMPARE(events.size(), int(before) + 2);
        QCOMPARE(events.at(events.size() - 2).kind, EventKind::SignerEnrolled);
        QCOMPARE(events.last().kind, EventKind::SignatureGiven);
        // The signer signs, whoever opened the desk.
        QCOMPARE(events.last().actor.name, QStringLiteral("Ada"));
        QCOMPARE(events.last().actor.role, QStringLiteral("Technical Lead"));
        QVERIFY(m_desk->isEnrolled(QStringLiteral("Ada")));
        QVERIFY(m_desk->problems().isEmpty());
    }

    void thePassphraseNeverReachesTheFile()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        m_desk.reset();
        m_session.reset();
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(kAdaPass.toUtf8()));
        QFile wal(m_path + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(kAdaPass.toUtf8()));
    }

    void aWrongPassphraseSignsNothing()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        const qint64 before = head(m_session->store());
        SignOffRequest r = request(QStringLiteral("Operations Lead"), QStringLiteral("Ada"));
        r.proof = {QStringLiteral("Ada"),
                   Passphrase::derive(QStringLiteral("guess"), m_adaKey.salt, m_adaKey.iterations)};
        const Status s = m_desk->sign(r);
        QCOMPARE(s.error().code, Error::Code::Unauthorized);
        QCOMPARE(head(m_session->store()), before);
        QCOMPARE(m_desk->line(QStringLiteral("Operations Lead")).status, SignatureStatus::Missing);
    }

    void onePersonCannotSignAsAnother()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        // Grace, at the same desk, with her own passphrase under Ada's name.
        SignOffRequest asAda = request(QStringLiteral("Project Manager"), QStringLiteral("Ada"));
        asAda.proof = {QStringLiteral("Ada"), Passphrase::derive(kGracePass, m_adaKey.salt, m_adaKey.iterations)};
        QCOMPARE(m_desk->sign(asAda).error().code, Error::Code::Unauthorized);
        // Or choosing a new passphrase for Ada.
        QCOMPARE(
            m_desk->sign(firstUse(QStringLiteral("Project Manager"), QStringLiteral("Ada"), m_graceKey)).error().code,
            Error::Code::Conflict);
        // Under her own name she may.
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Project Manager"), QStringLiteral("Grace"), m_graceKey)).ok());
        QCOMPARE(m_desk->line(QStringLiteral("Project Manager")).name, QStringLiteral("Grace"));
        // And Ada signs a second line with the passphrase she chose.
        QVERIFY(m_desk->sign(known(QStringLiteral("Operations Lead"), QStringLiteral("Ada"), m_adaKey, kAdaPass)).ok());
    }

    void signingOverAnUnmetCriterionNeedsAJustification()
    {
        m_desk->setCriteriaSource([] { return summaryWith(Verdict::NotMet); });
        QVERIFY(m_desk->needsJustification(m_desk->currentContent()));
        QCOMPARE(m_desk->currentContent().criteriaNotMet(),
                 QStringList{QStringLiteral("Stability (99% uptime minimum)")});
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey);
        QCOMPARE(m_desk->sign(r).error().code, Error::Code::Invalid);
        r.justification = QStringLiteral("The 20-minute outage was the planned failover test.");
        QVERIFY(m_desk->sign(r).ok());
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).justification, r.justification);

        m_desk->setCriteriaSource([] { return summaryWith(Verdict::Met); });
        QVERIFY(!m_desk->needsJustification(m_desk->currentContent()));
        // None evaluated at all is not "all met".
        m_desk->setCriteriaSource([] { return CriteriaSummary(); });
        QVERIFY(m_desk->needsJustification(m_desk->currentContent()));
    }

    void aLaterChangeInvalidatesTheSignature()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        const auto blank = blankUnder(m_session->document(), QStringLiteral("Total emails processed"));
        QVERIFY(!blank.first.isEmpty());
        m_session->setActor(grace());
        QVERIFY(ChecklistDesk(*m_session).setField(blank.first, blank.second, QStringLiteral("1200")).ok());
        SignatureLine l = m_desk->line(QStringLiteral("Technical Lead"));
        QCOMPARE(l.status, SignatureStatus::Invalidated);
        QCOMPARE(l.invalidatedBy.name, QStringLiteral("Grace"));
        QVERIFY(!l.invalidatedAt.isEmpty());
        QVERIFY2(l.invalidatedBecause.contains(QStringLiteral("Total emails processed")),
                 qPrintable(l.invalidatedBecause));
        QVERIFY(l.invalidatedBecause.contains(QStringLiteral("1200")));
        QVERIFY(m_desk->line(QStringLiteral("Technical Lead")).digest != m_desk->currentContent().digest());

        // The invalidation goes into the record once.
        QVERIFY(m_desk->recordInvalidations().ok());
        const qint64 after = head(m_session->store());
        QCOMPARE(allEvents(m_session->store()).last().kind, EventKind::SignatureInvalidated);
        QVERIFY(m_desk->recordInvalidations().ok());
        QCOMPARE(head(m_session->store()), after);

        // Another desk opening the record sees the same.
        m_desk.reset();
        m_session.reset();
        m_session = openSession(m_path, ada());
        m_desk = std::make_unique<SignOffDesk>(m_session.get(), &m_clock);
        m_desk->setCriteriaSource([] { return summaryWith(Verdict::Met); });
        l = m_desk->line(QStringLiteral("Technical Lead"));
        QCOMPARE(l.status, SignatureStatus::Invalidated);
        QCOMPARE(l.invalidatedBy.name, QStringLiteral("Grace"));
        QVERIFY(m_desk->record().unrecordedInvalidations().isEmpty());

        // Signing again covers the new content.
        QVERIFY(m_desk->sign(known(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey, kAdaPass)).ok());
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Signed);
        QVERIFY(m_desk->problems().isEmpty());
    }

    void aChangeOutsideTheContentLeavesItSigned()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        const QString pre = idOf(m_session->document(), QStringLiteral("Time of launch recorded"));
        QVERIFY(!pre.isEmpty());
        QVERIFY(ChecklistDesk(*m_session)
                    .setDone(idOf(m_session->document(), QStringLiteral("Review system health dashboard")), true)
                    .ok());
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Signed);
        // T0 is part of what was approved.
        QVERIFY(ChecklistDesk(*m_session).setField(pre, QStringLiteral("f0"), QStringLiteral("2026-11-26 14:00")).ok());
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Invalidated);
        QVERIFY(m_desk->line(QStringLiteral("Technical Lead")).invalidatedBecause.startsWith(QStringLiteral("T0")));
    }

    void aCriterionMeasuredAgainInvalidatesTheSignature()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        const Actor system = Actor::system();
        QVERIFY(m_session
                    ->record({EventDraft::of(EventKind::CriterionMeasured,
                                             {{QStringLiteral("item"), QStringLiteral("stability")},
                                              {QStringLiteral("point"), QStringLiteral("downtime")},
                                              {QStringLiteral("verdict"), QStringLiteral("not_met")},
                                              {QStringLiteral("figure"), QStringLiteral("25.0 min")},
                                              {QStringLiteral("threshold"), QStringLiteral("< 14.4 min")},
                                              {QStringLiteral("source"), QStringLiteral("probe history")}})},
                             &system)
                    .ok());
        const SignatureLine l = m_desk->line(QStringLiteral("Technical Lead"));
        QCOMPARE(l.status, SignatureStatus::Invalidated);
        QVERIFY2(l.invalidatedBecause.contains(QStringLiteral("25.0 min")), qPrintable(l.invalidatedBecause));
    }

    void aRefusalNeedsAReasonAndCanBeFollowedBySigning()
    {
        SignOffRequest r = firstUse(QStringLiteral("Operations Lead"), QStringLiteral("Grace"), m_graceKey);
        QCOMPARE(m_desk->refuse(r).error().code, Error::Code::Invalid);
        r.reason = QStringLiteral("Backups of the vector store were never restored in a test.");
        QVERIFY(m_desk->refuse(r).ok());
        SignatureLine l = m_desk->line(QStringLiteral("Operations Lead"));
        QCOMPARE(l.status, SignatureStatus::Refused);
        QCOMPARE(l.reason, r.reason);
        QCOMPARE(allEvents(m_session->store()).last().kind, EventKind::SignatureRefused);
        QVERIFY(m_desk->sign(known(QStringLiteral("Operations Lead"), QStringLiteral("Grace"), m_graceKey, kGracePass))
                    .ok());
        QCOMPARE(m_desk->line(QStringLiteral("Operations Lead")).status, SignatureStatus::Signed);
    }

    void aLineIsSignedOnce()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        QCOMPARE(m_desk->sign(known(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey, kAdaPass))
                     .error()
                     .code,
                 Error::Code::Refused);
        QCOMPARE(m_desk->sign(firstUse(QStringLiteral("Chief Wizard"), QStringLiteral("Ada"), m_adaKey)).error().code,
                 Error::Code::NotFound);
    }

    void whatTheDialogShowedMustStillBeTheContent()
    {
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey);
        const auto blank = blankUnder(m_session->document(), QStringLiteral("Database size"));
        QVERIFY(ChecklistDesk(*m_session).setField(blank.first, blank.second, QStringLiteral("12")).ok());
        QCOMPARE(m_desk->sign(r).error().code, Error::Code::Conflict);
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Missing);
    }

    void aChangeFromAnotherDeskBeforeTheAppendSignsNothing()
    {
        // This desk's view is a moment old: Grace's window filled in a covered blank since. The
        // desk's own check cannot see that; the append's transaction does, and nothing is signed.
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey);
        auto other = openSession(m_path, grace());
        QVERIFY(other);
        const auto blank = blankUnder(other->document(), QStringLiteral("Database size"));
        QVERIFY(ChecklistDesk(*other).setField(blank.first, blank.second, QStringLiteral("12")).ok());
        const qint64 before = m_session->store().headSeq().value();
        const Status s = m_desk->sign(r);
        QCOMPARE(s.code(), Error::Code::Conflict);
        QCOMPARE(m_session->store().headSeq().value(), before); // not even the enrolment
        QCOMPARE(runVerify(m_path).exitCode, 0);
        // Seen afresh, it signs.
        QVERIFY(m_session->refresh().ok());
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        QCOMPARE(runVerify(m_path).exitCode, 0);
    }

    void verifyFindsASignatureThatDoesNotMatchTheRecord()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        // A program appends signatures whose chain is fine but whose content is not the record's.
        SignedContent forged = m_desk->currentContent();
        forged.figures.first().value = QStringLiteral("999");
        QJsonObject lying{{QStringLiteral("role"), QStringLiteral("Project Manager")},
                          {QStringLiteral("name"), QStringLiteral("Mallory")},
                          {QStringLiteral("meaning"), SignOffDesk::meaning()},
                          {QStringLiteral("digest"), forged.digest()},
                          {QStringLiteral("content"), forged.toJson()}};
        QJsonObject badDigest = lying;
        badDigest.insert(QStringLiteral("role"), QStringLiteral("Operations Lead"));
        badDigest.insert(QStringLiteral("content"), m_desk->currentContent().toJson());
        const Actor mallory = Actor::person(QStringLiteral("Mallory"), QStringLiteral("Project Manager"));
        QVERIFY(m_session
                    ->record({EventDraft::of(EventKind::SignatureGiven, lying),
                              EventDraft::of(EventKind::SignatureGiven, badDigest)},
                             &mallory)
                    .ok());
        QCOMPARE(m_desk->problems().size(), 2);
        QVERIFY(m_desk->problems().at(0).message.contains(QStringLiteral("999")));
        QVERIFY(m_desk->problems().at(1).message.contains(QStringLiteral("digest")));
        m_desk.reset();
        m_session.reset();

        const GoliveRun run = runVerify(m_path);
        const QString &errors = run.err;
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(errors.contains(QStringLiteral("Mallory")), qPrintable(errors));
        QVERIFY(errors.contains(QStringLiteral("999")));
        QVERIFY(errors.contains(QStringLiteral("digest")));
    }

    // Issue #18: a sign-off names the head of the record its signer saw (sequence and hash), and
    // verify finds that head in the chain; a head the chain does not hold is a finding.
    void aSignatureNamesTheHeadItSaw()
    {
        const qint64 seen = m_session->headSeq();
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        const QVector<AuditEvent> events = allEvents(m_session->store());
        const AuditEvent &signature = events.last();
        QCOMPARE(signature.kind, EventKind::SignatureGiven);
        QCOMPARE(signature.payload.value(QLatin1String("head")).toObject(),
                 (QJsonObject{{QStringLiteral("seq"), seen}, {QStringLiteral("hash"), events.at(seen - 1).hash}}));
        m_desk.reset();
        m_session.reset();
        QCOMPARE(runVerify(m_path).exitCode, 0);
    }

    void aNamedHeadTheChainDoesNotHoldIsAFinding_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("said");
        QTest::newRow("another hash") << qint64(1) << QString(64, QLatin1Char('0')) << QStringLiteral("rewritten");
        QTest::newRow("a head after it") << qint64(99) << QString(64, QLatin1Char('a'))
                                         << QStringLiteral("cannot have seen");
    }
    void aNamedHeadTheChainDoesNotHoldIsAFinding()
    {
        QFETCH(qint64, seq);
        QFETCH(QString, hash);
        QFETCH(QString, said);
        // Appended as a program with write access would: content and digest honest, the head not.
        const SignedContent content = m_desk->currentContent();
        const QJsonObject payload{
            {QStringLiteral("role"), QStringLiteral("Technical Lead")},
            {QStringLiteral("name"), QStringLiteral("Ada")},
            {QStringLiteral("meaning"), SignOffDesk::meaning()},
            {QStringLiteral("digest"), content.digest()},
            {QStringLiteral("content"), content.toJson()},
            {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("hash"), hash}}}};
        QVERIFY(m_session->record({EventDraft::of(EventKind::SignatureGiven, payload)}).ok());
        const qint64 forgedAt = m_session->headSeq();
        m_desk.reset();
        m_session.reset();
        const GoliveRun run = runVerify(m_path);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("event #%1").arg(forgedAt)), qPrintable(run.err));
        // A command that writes refuses it, as for any record that does not verify.
        const GoliveRun tick =
            runGolive({QStringLiteral("tick"), QStringLiteral("Documentation Review"), QStringLiteral("--db"), m_path,
                       QStringLiteral("--as"), QStringLiteral("Ada")});
        QCOMPARE(tick.exitCode, 3);
    }

    void verifyPassesHonestSignatures()
    {
        QVERIFY(m_desk->sign(firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey)).ok());
        const auto blank = blankUnder(m_session->document(), QStringLiteral("Total emails processed"));
        QVERIFY(ChecklistDesk(*m_session).setField(blank.first, blank.second, QStringLiteral("1200")).ok());
        QVERIFY(m_desk->recordInvalidations().ok());
        QVERIFY(m_desk->sign(known(QStringLiteral("Technical Lead"), QStringLiteral("Ada"), m_adaKey, kAdaPass)).ok());
        m_desk.reset();
        m_session.reset();
        const GoliveRun run = runVerify(m_path);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 signature")), qPrintable(run.out));
    }

private:
    SignOffRequest request(const QString &role, const QString &name) const
    {
        return SignOffTestSupport::requestFor(*m_desk, role, name);
    }

    SignOffRequest firstUse(const QString &role, const QString &name, const SignerKey &key) const
    {
        return SignOffTestSupport::firstUseRequest(*m_desk, role, name, key);
    }

    SignOffRequest known(const QString &role, const QString &name, const SignerKey &key, const QString &pass) const
    {
        SignOffRequest r = request(role, name);
        r.proof = {name, Passphrase::derive(pass, key.salt, key.iterations)};
        return r;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
    ManualClock m_clock;
    SignerKey m_adaKey;
    SignerKey m_graceKey;
    std::unique_ptr<LaunchRecord> m_session;
    std::unique_ptr<SignOffDesk> m_desk;
};

QTEST_GUILESS_MAIN(TestSignOff)
#include "tst_signoff.moc"
