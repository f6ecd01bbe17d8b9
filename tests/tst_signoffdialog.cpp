// The sign-off dialog and panel as a lead uses them: typing the name and passphrase, signing,
// a wrong passphrase, and the panel showing each line's state.
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchTiming.h"
#include "models/signoff/SignOffDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "tests/SignOffTestSupport.h"
#include "tests/TestSupport.h"
#include "ui/checklist/FieldEditor.h"
#include "ui/checklist/ItemDetailsPane.h"
#include "ui/signoff/SignOffDialog.h"
#include "ui/signoff/SignOffPanel.h"
#include "ui/timeline/LaunchMenu.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

namespace {

// Saves what the user would see when GOLIVE_SCREENSHOT_DIR is set (for looking at it, not for testing).
void keepShot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("GOLIVE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
}

void typeInto(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Answers the next question box with button, keeping what it asked.
void answerNextQuestion(QString *asked, QMessageBox::StandardButton button)
{
    QTimer::singleShot(50, [asked, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *asked = box->text();
            box->button(button)->click();
        }
    });
}

} // namespace

class TestSignOffDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = openSession(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_count)), ada());
        QVERIFY(m_session);
        m_desk = std::make_unique<SignOffDesk>(m_session.get());
    }

    void cleanup()
    {
        m_desk.reset();
        m_session.reset();
    }

    void firstSignatureChoosesAPassphrase()
    {
        SignOffDialog dialog(m_desk.get(), QStringLiteral("Technical Lead"), SignOffDialog::Mode::Sign,
                             QStringLiteral("Ada"));
        dialog.show();
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))->isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("digest"))->text().remove(QLatin1Char(' ')),
                 m_desk->currentContent().digest());
        typeInto(&dialog, "passphrase", QStringLiteral("short"));
        typeInto(&dialog, "passphraseAgain", QStringLiteral("short"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QVERIFY(error->text().contains(QStringLiteral("at least 8")));
        // No criteria evaluated: a justification is asked for.
        auto *words = dialog.findChild<QPlainTextEdit *>(QStringLiteral("words"));
        QVERIFY(words);
        words->setPlainText(QStringLiteral("Criteria reviewed in the T+7 meeting."));
        typeInto(&dialog, "passphrase", QStringLiteral("a long personal one"));
        typeInto(&dialog, "passphraseAgain", QStringLiteral("a long personal one"));
        keepShot(&dialog, "signoff-dialog.png");
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Signed);
    }

    void aWrongPassphraseIsSaidAndNothingSigned()
    {
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"));
        r.justification = QStringLiteral("reviewed");
        QVERIFY(m_desk->sign(r).ok());
        SignOffDialog dialog(m_desk.get(), QStringLiteral("Operations Lead"), SignOffDialog::Mode::Sign,
                             QStringLiteral("Ada"));
        dialog.show();
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))->isEnabled());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("words"))->setPlainText(QStringLiteral("reviewed"));
        typeInto(&dialog, "passphrase", QStringLiteral("a wrong passphrase"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("not the passphrase")), 30000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_desk->line(QStringLiteral("Operations Lead")).status, SignatureStatus::Missing);
    }

    // Typing never moves a field (the name matching a known signer, an error line appearing); a
    // missing justification is said before the passphrase step and keeps both passphrases; the
    // time shown runs on to the moment of signing.
    void nothingMovesAndNothingTypedIsLost()
    {
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"));
        r.justification = QStringLiteral("reviewed");
        QVERIFY(m_desk->sign(r).ok());
        SignOffDialog dialog(m_desk.get(), QStringLiteral("Operations Lead"), SignOffDialog::Mode::Sign, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pass = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"));
        const QPoint passAt = pass->mapTo(&dialog, QPoint());
        const QPoint againAt = again->mapTo(&dialog, QPoint());
        QVERIFY(again->isEnabled()); // nobody named yet: could be a first signature
        typeInto(&dialog, "name", QStringLiteral("Ada"));
        QVERIFY(!again->isEnabled()); // Ada has a passphrase
        QCOMPARE(pass->mapTo(&dialog, QPoint()), passAt);
        QCOMPARE(again->mapTo(&dialog, QPoint()), againAt);
        typeInto(&dialog, "passphrase", QStringLiteral("Ada's passphrase typed"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); // no justification
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY2(error->text().contains(QStringLiteral("write why")), qPrintable(error->text()));
        QCOMPARE(pass->text(), QStringLiteral("Ada's passphrase typed"));
        QCOMPARE(pass->mapTo(&dialog, QPoint()), passAt);
        auto *when = dialog.findChild<QLabel *>(QStringLiteral("when"));
        const QString opened = when->text();
        QTRY_VERIFY_WITH_TIMEOUT(when->text() != opened, 3000); // a running clock, not the time of opening
    }

    // The refusal's own words: what is refused, not "What you sign".
    void refusingSaysWhatIsRefused()
    {
        SignOffDialog dialog(m_desk.get(), QStringLiteral("Operations Lead"), SignOffDialog::Mode::Refuse,
                             QStringLiteral("Ada"));
        QStringList texts;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY(!texts.contains(QStringLiteral("What you sign:")));
        QVERIFY(texts.contains(QStringLiteral("What you refuse to sign:")));
        QVERIFY(!texts.contains(QStringLiteral("Meaning:")));
    }

    // A value that a standing signature covers is changed only after the person was told whose
    // signature it invalidates; "No" keeps the value and the signature.
    void aChangeThatInvalidatesASignatureIsAskedFirst()
    {
        const SignedContent content = m_desk->currentContent();
        QVERIFY(!content.figures.isEmpty());
        const SignedFigure figure = content.figures.first();
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"));
        r.justification = QStringLiteral("reviewed");
        QVERIFY(m_desk->sign(r).ok());
        QCOMPARE(m_desk->record().signedRolesCovering(figure.item, figure.field),
                 QStringList{QStringLiteral("Technical Lead")});

        ChecklistDesk checklist(*m_session);
        ItemDetailsPane pane(&checklist);
        pane.setSignOff(m_desk.get());
        pane.showItem(figure.item);
        pane.show();
        const ChecklistNode *node = m_session->document()->find(figure.item);
        qsizetype at = -1;
        for (qsizetype i = 0; i < node->fields().size(); ++i) {
            if (node->fields().at(i).key == figure.field)
                at = i;
        }
        QVERIFY(at >= 0 && at < pane.fieldEditors().size());
        FieldEditor *editor = pane.fieldEditors().at(at);
        const ChecklistField *field = node->field(figure.field);
        const QString newValue =
            field->type == ChecklistField::Type::Choice ? field->choices.last() : QStringLiteral("7");
        QString asked;
        auto answer = [&asked](QMessageBox::StandardButton button) { answerNextQuestion(&asked, button); };
        if (auto *line = editor->findChild<QLineEdit *>())
            line->setText(newValue);
        else
            editor->findChild<QComboBox *>()->setCurrentIndex(editor->findChild<QComboBox *>()->count() - 1);
        answer(QMessageBox::No);
        QVERIFY(!editor->commit());
        QVERIFY2(asked.contains(QStringLiteral("Technical Lead")), qPrintable(asked));
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Signed);
        QCOMPARE(m_session->state().field(figure.item, figure.field), figure.value);

        if (auto *line = editor->findChild<QLineEdit *>())
            line->setText(newValue);
        else
            editor->findChild<QComboBox *>()->setCurrentIndex(editor->findChild<QComboBox *>()->count() - 1);
        asked.clear();
        answer(QMessageBox::Yes);
        QVERIFY(editor->commit());
        QVERIFY(!asked.isEmpty());
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Invalidated);
    }

    // Every signature covers the recorded T0: recording it anew, from the Launch menu or in the
    // checklist's launch-time blank, names the signatures first; "No" changes nothing.
    void recordingT0AgainIsAskedFirst()
    {
        // Whole seconds, as the record keeps T0.
        const QDateTime first = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, Qt::UTC);
        QVERIFY(m_session->recordOne(LaunchTiming::recorded(first)));
        SignOffRequest r = firstUse(QStringLiteral("Technical Lead"), QStringLiteral("Ada"));
        r.justification = QStringLiteral("reviewed");
        QVERIFY(m_desk->sign(r).ok());
        QVERIFY(m_desk->signaturesInvalidatedByT0(first).isEmpty());
        QCOMPARE(m_desk->signaturesInvalidatedByT0(first.addSecs(60)), QStringList{QStringLiteral("Technical Lead")});
        // Cleared is another T0 as well.
        QCOMPARE(m_desk->signaturesInvalidatedByT0(QDateTime()), QStringList{QStringLiteral("Technical Lead")});

        // The checklist's "Time of launch recorded" blank is T0 itself.
        QString launchItem;
        QString launchKey;
        for (const ChecklistNode *n : m_session->document()->nodesInOrder())
            for (const ChecklistField &f : n->fields())
                if (launchItem.isEmpty() && LaunchTiming::isLaunchTimeField(f)) {
                    launchItem = n->id();
                    launchKey = f.key;
                }
        QVERIFY(!launchItem.isEmpty());
        QVERIFY(m_desk->signaturesInvalidatedByValue(launchItem, launchKey, LaunchTiming::toStored(first)).isEmpty());
        QCOMPARE(
            m_desk->signaturesInvalidatedByValue(launchItem, launchKey, LaunchTiming::toStored(first.addSecs(600))),
            QStringList{QStringLiteral("Technical Lead")});

        LaunchTimeline timeline(m_session.get());
        QWidget window;
        QString asked;
        auto answer = [&asked](QMessageBox::StandardButton button) { answerNextQuestion(&asked, button); };
        answer(QMessageBox::No);
        LaunchMenu::recordT0Now(&timeline, &window, m_desk.get());
        QVERIFY2(asked.contains(QStringLiteral("Technical Lead")) && asked.contains(QStringLiteral("T0")),
                 qPrintable(asked));
        QCOMPARE(m_session->timing().recorded(), first);
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Signed);
        asked.clear();
        answer(QMessageBox::Yes);
        LaunchMenu::recordT0Now(&timeline, &window, m_desk.get());
        QVERIFY(!asked.isEmpty());
        QVERIFY(m_session->timing().recorded() != first);
        QCOMPARE(m_desk->line(QStringLiteral("Technical Lead")).status, SignatureStatus::Invalidated);
    }

    // Every signature covers the template too: the import's confirmation names whose it invalidates.
    void anotherTemplateInvalidatesEverySignature()
    {
        const QString sha = m_desk->currentContent().templateSha;
        QVERIFY(!sha.isEmpty());
        QVERIFY(m_desk->signaturesInvalidatedByTemplate(QStringLiteral("0123")).isEmpty()); // nobody signed yet
        SignOffRequest r = firstUse(QStringLiteral("Operations Lead"), QStringLiteral("Grace"));
        r.justification = QStringLiteral("reviewed");
        QVERIFY(m_desk->sign(r).ok());
        QVERIFY(m_desk->signaturesInvalidatedByTemplate(sha).isEmpty());
        QCOMPARE(m_desk->signaturesInvalidatedByTemplate(QStringLiteral("0123")),
                 QStringList{QStringLiteral("Operations Lead")});
    }

    void thePanelShowsEveryLine()
    {
        SignOffRequest r = firstUse(QStringLiteral("Operations Lead"), QStringLiteral("Grace"));
        r.reason = QStringLiteral("Restore of the Milvus backup never tested.");
        QVERIFY(m_desk->refuse(r).ok());
        SignOffPanel panel(m_desk.get());
        panel.resize(900, 300);
        panel.show();
        const auto text = [&panel](const QString &role) {
            auto *l = panel.findChild<QLabel *>(QStringLiteral("state:") + role);
            return l ? l->text() : QString();
        };
        QVERIFY(text(QStringLiteral("Project Manager")).contains(QStringLiteral("not signed")));
        QVERIFY(text(QStringLiteral("Operations Lead")).contains(QStringLiteral("refused by Grace")));
        QVERIFY(text(QStringLiteral("Operations Lead")).contains(QStringLiteral("Milvus")));
        keepShot(&panel, "signoff-panel.png");
    }

private:
    // A request as the dialog makes it for someone who signs for the first time.
    SignOffRequest firstUse(const QString &role, const QString &name) const
    {
        return SignOffTestSupport::firstUseRequest(*m_desk, role, name,
                                                   Passphrase::newKey(name + QStringLiteral("'s own passphrase")));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<LaunchRecord> m_session;
    std::unique_ptr<SignOffDesk> m_desk;
};

QTEST_MAIN(TestSignOffDialog)
#include "tst_signoffdialog.moc"
