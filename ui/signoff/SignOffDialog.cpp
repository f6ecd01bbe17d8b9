#include "ui/signoff/SignOffDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

SignOffDialog::SignOffDialog(SignOffDesk *desk, const QString &role, Mode mode, const QString &defaultName,
                             QWidget *parent)
    : QDialog(parent), m_desk(desk), m_role(role), m_mode(mode), m_content(desk->currentContent())
{
    setWindowTitle(mode == Mode::Sign ? tr("Sign: %1").arg(role) : tr("Refuse to sign: %1").arg(role));
    auto *layout = new QVBoxLayout(this);

    auto *intro =
        new QLabel(mode == Mode::Sign ? tr("By signing you declare: <b>%1</b>.")
                                            .arg(SignOffDesk::shownMeaning(SignOffDesk::meaning()).toHtmlEscaped())
                                      : tr("You refuse: <b>%1</b>. Write why below.")
                                            .arg(SignOffDesk::shownMeaning(SignOffDesk::meaning()).toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *content = new QPlainTextEdit(this);
    content->setReadOnly(true);
    content->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    content->setPlainText(m_content.summaryLines().join(QLatin1Char('\n')));
    content->setMinimumHeight(110); // it scrolls; the form below must never be squeezed
    layout->addWidget(new QLabel(mode == Mode::Sign ? tr("What you sign:") : tr("What you refuse to sign:"), this));
    layout->addWidget(content, 1);

    auto *form = new QFormLayout;
    auto *digest = new QLabel(groupedDigest(m_content.digest()), this);
    digest->setWordWrap(true);
    digest->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    digest->setObjectName(QStringLiteral("digest"));
    form->addRow(tr("SHA-256 of the content:"), digest);
    form->addRow(tr("Role:"), new QLabel(role, this));
    m_name = new QLineEdit(defaultName, this); // the named operator, or empty: never a placeholder name
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("your name, as it is to be printed"));
    form->addRow(tr("Printed name:"), m_name);
    form->addRow(mode == Mode::Sign ? tr("Meaning:") : tr("You refuse:"),
                 new QLabel(SignOffDesk::shownMeaning(SignOffDesk::meaning()), this));
    // The time of signing, not of opening: the clock runs until the signature is made.
    auto *when = new QLabel(this);
    when->setObjectName(QStringLiteral("when"));
    auto showTime = [when] { when->setText(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat)); };
    showTime();
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, when, showTime);
    clock->start(1000);
    form->addRow(mode == Mode::Sign ? tr("Date and time of signing:") : tr("Date and time of refusing:"), when);

    if (mode == Mode::Sign && m_desk->needsJustification(m_content)) {
        QStringList open = m_content.criteriaNotMet();
        open += m_content.criteriaNotKnown();
        auto *warning =
            new QLabel(tr("⚠ Not met or not known: %1. A signature needs a written justification, printed on the "
                          "report.")
                           .arg(open.isEmpty() ? tr("no criteria were evaluated") : open.join(QStringLiteral("; "))),
                       this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    if (mode == Mode::Refuse || m_desk->needsJustification(m_content)) {
        m_words = new QPlainTextEdit(this);
        m_words->setObjectName(QStringLiteral("words"));
        m_words->setTabChangesFocus(true); // Tab goes on to the passphrase, as in every other field
        m_words->setFixedHeight(70);
        form->addRow(mode == Mode::Refuse ? tr("Reason for refusing:") : tr("Justification:"), m_words);
    }

    // Both passphrase rows are always there (the second only enabled for a first signature), the
    // hint under them keeps two lines and the error line its room: nothing moves while typing.
    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase:"), m_pass);
    m_passAgain = new QLineEdit(this);
    m_passAgain->setObjectName(QStringLiteral("passphraseAgain"));
    m_passAgain->setEchoMode(QLineEdit::Password);
    m_passAgainLabel = new QLabel(tr("Passphrase again:"), this);
    form->addRow(m_passAgainLabel, m_passAgain);
    m_passLabel = new QLabel(this);
    m_passLabel->setObjectName(QStringLiteral("passphraseHint"));
    m_passLabel->setWordWrap(true);
    m_passLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_passLabel->setMinimumHeight(m_passLabel->fontMetrics().lineSpacing() * 3 + 2); // German takes three
    form->addRow(QString(), m_passLabel);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3 + 2);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Sign ? tr("Sign") : tr("Refuse"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SignOffDialog::nameChanged);
    connect(m_pass, &QLineEdit::textEdited, m_error, &QLabel::clear);
    nameChanged();
    resize(680, 680);
}

void SignOffDialog::nameChanged()
{
    const bool known = m_desk->isEnrolled(m_name->text().trimmed());
    m_passLabel->setText(known ? tr("Your personal passphrase, as you chose it at your first signature.")
                               : tr("First signature under this name: choose a personal passphrase (at least %n "
                                    "characters) and type it twice.",
                                    nullptr, Passphrase::kMinLength));
    m_passAgain->setEnabled(!known);
    m_passAgainLabel->setEnabled(!known);
    if (known)
        m_passAgain->clear();
}

void SignOffDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_pass->setEnabled(!busy);
    if (busy)
        m_error->setText(tr("Checking the passphrase…"));
}

void SignOffDialog::submit()
{
    const QString name = m_name->text().trimmed();
    const QString pass = m_pass->text();
    if (name.isEmpty()) {
        m_error->setText(tr("Type your printed name."));
        return;
    }
    // What the desk would refuse anyway is said before the slow step, with nothing typed lost.
    if (!m_desk->isEnrolled(name)) {
        if (const Status s = Passphrase::checkNew(pass, m_passAgain->text()); !s) {
            m_error->setText(s.message());
            return;
        }
    }
    SignOffRequest words;
    if (m_words)
        (m_mode == Mode::Sign ? words.justification : words.reason) = m_words->toPlainText();
    if (const Status s = m_desk->checkWords(words, m_mode == Mode::Sign, m_content); !s) {
        m_error->setText(s.message());
        return;
    }
    // The desk derives on its worker; this waits without blocking and shows the result.
    const Status started = m_desk->prove(
        name, pass, m_passAgain->text(), this,
        [this](const PassphraseProof &proof, const std::optional<SignerKey> &newKey) { derived(proof, newKey); });
    if (!started) {
        m_error->setText(started.message());
        return;
    }
    setBusy(true);
}

void SignOffDialog::derived(const PassphraseProof &proof, const std::optional<SignerKey> &newKey)
{
    setBusy(false);
    SignOffRequest r;
    r.role = m_role;
    r.name = proof.name;
    r.expectedDigest = m_content.digest();
    r.proof = proof;
    r.newKey = newKey;
    if (m_words)
        (m_mode == Mode::Sign ? r.justification : r.reason) = m_words->toPlainText();
    const Status s = m_mode == Mode::Sign ? m_desk->sign(r) : m_desk->refuse(r);
    if (!s) {
        m_error->setText(s.message());
        // A wrong passphrase is typed again; anything else keeps what was typed.
        if (s.code() == Error::Code::Unauthorized)
            m_pass->clear();
        m_pass->setFocus();
        return;
    }
    m_pass->clear();
    m_passAgain->clear();
    accept();
}
