#include "ui/criteria/ConfirmPointDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ConfirmPointDialog::ConfirmPointDialog(const QString &criterion, const QString &point, QWidget *parent)
    : QDialog(parent),
      m_metRadio(new QRadioButton(tr("\u2714 Met"), this)),
      m_notMetRadio(new QRadioButton(tr("\u2718 Not met"), this)),
      m_noteEdit(new QPlainTextEdit(this)),
      m_hintLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Confirm a success criterion"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<b>%1</b><br>%2").arg(criterion.toHtmlEscaped(), point.toHtmlEscaped()), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_metRadio);
    choice->addWidget(m_notMetRadio);
    choice->addStretch();
    layout->addLayout(choice);
    auto *noteLabel = new QLabel(tr("&Note (required when not met):"), this);
    noteLabel->setBuddy(m_noteEdit);
    layout->addWidget(noteLabel);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setTabChangesFocus(true);
    layout->addWidget(m_noteEdit);
    m_hintLabel->setWordWrap(true);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttons);
    m_metRadio->setObjectName(QStringLiteral("metRadio"));
    m_notMetRadio->setObjectName(QStringLiteral("notMetRadio"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_metRadio, &QRadioButton::toggled, this, &ConfirmPointDialog::updateOk);
    connect(m_notMetRadio, &QRadioButton::toggled, this, &ConfirmPointDialog::updateOk);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &ConfirmPointDialog::updateOk);
    updateOk();
}

Verdict ConfirmPointDialog::verdict() const
{
    if (m_metRadio->isChecked())
        return Verdict::Met;
    return m_notMetRadio->isChecked() ? Verdict::NotMet : Verdict::Unknown;
}

QString ConfirmPointDialog::note() const
{
    return m_noteEdit->toPlainText().trimmed();
}

void ConfirmPointDialog::setVerdict(Verdict verdict)
{
    m_metRadio->setChecked(verdict == Verdict::Met);
    m_notMetRadio->setChecked(verdict == Verdict::NotMet);
}

void ConfirmPointDialog::setNote(const QString &note)
{
    m_noteEdit->setPlainText(note);
}

void ConfirmPointDialog::updateOk()
{
    const Verdict v = verdict();
    const bool ok = v == Verdict::Met || (v == Verdict::NotMet && !note().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (v == Verdict::Unknown)
        m_hintLabel->setText(tr("Choose met or not met."));
    else if (v == Verdict::NotMet && note().isEmpty())
        m_hintLabel->setText(tr("Say why it is not met."));
    else
        m_hintLabel->clear();
}
