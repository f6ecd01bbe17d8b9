#include "ui/signoff/SignOffPanel.h"

#include "models/signoff/SignOffDesk.h"
#include "ui/signoff/SignOffDialog.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString when(const QString &timeUtc)
{
    const QDateTime t = QDateTime::fromString(timeUtc, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : timeUtc;
}

// The line's state in words, with a symbol so that it reads without colour.
QString describe(const SignatureLine &l)
{
    switch (l.status) {
    case SignatureStatus::Missing: return SignOffPanel::tr("○ not signed yet");
    case SignatureStatus::Signed:
        return SignOffPanel::tr("✔ signed by %1 on %2").arg(l.name.toHtmlEscaped(), when(l.timeUtc))
            + (l.justification.isEmpty()
                   ? QString()
                   : SignOffPanel::tr("<br><i>Justification:</i> %1").arg(l.justification.toHtmlEscaped()));
    case SignatureStatus::Refused:
        return SignOffPanel::tr("✘ refused by %1 on %2<br><i>Reason:</i> %3")
            .arg(l.name.toHtmlEscaped(), when(l.timeUtc), l.reason.toHtmlEscaped());
    case SignatureStatus::Invalidated:
        return SignOffPanel::tr("⚠ INVALIDATED — signed by %1 on %2; changed by %3 on %4: %5")
            .arg(l.name.toHtmlEscaped(), when(l.timeUtc), l.invalidatedBy.name.toHtmlEscaped(), when(l.invalidatedAt),
                 l.invalidatedBecause.toHtmlEscaped());
    case SignatureStatus::NotValid:
        return SignOffPanel::tr("✖ NOT VALID — \"signed\" by %1 on %2, but the record does not bear it out: %3")
            .arg(l.name.toHtmlEscaped(), when(l.timeUtc), l.notValidBecause.toHtmlEscaped());
    }
    return {};
}

} // namespace

SignOffPanel::SignOffPanel(SignOffDesk *desk, QWidget *parent) : QWidget(parent), m_desk(desk)
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QWidget(this);
    m_grid = new QGridLayout(grid);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(grid);
    m_digest = new QLabel(this);
    m_digest->setWordWrap(true);
    m_digest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_digest);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    connect(m_desk, &SignOffDesk::changed, this, &SignOffPanel::rebuild);
    rebuild();
}

void SignOffPanel::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const SignatureLine &l : m_desk->lines()) {
        auto *role = new QLabel(QStringLiteral("<b>%1</b>").arg(l.role.toHtmlEscaped()));
        auto *state = new QLabel(describe(l));
        state->setObjectName(QStringLiteral("state:") + l.role);
        state->setWordWrap(true);
        auto *sign = new QPushButton(l.status == SignatureStatus::Invalidated ? tr("Sign again…") : tr("Sign…"));
        sign->setEnabled(l.status != SignatureStatus::Signed);
        auto *refuse = new QPushButton(tr("Refuse…"));
        refuse->setEnabled(l.status != SignatureStatus::Signed);
        m_grid->addWidget(role, row, 0, Qt::AlignTop);
        m_grid->addWidget(state, row, 1);
        m_grid->addWidget(sign, row, 2, Qt::AlignTop);
        m_grid->addWidget(refuse, row, 3, Qt::AlignTop);
        const QString r = l.role;
        connect(sign, &QPushButton::clicked, this, [this, r] { open(r, true); });
        connect(refuse, &QPushButton::clicked, this, [this, r] { open(r, false); });
        ++row;
    }
    m_digest->setText(tr("A signature given now covers the content with SHA-256 %1.")
                          .arg(groupedDigest(m_desk->currentContent().digest())));
    QStringList problems;
    for (const SignatureProblem &p : m_desk->problems())
        problems.append(p.message.toHtmlEscaped());
    m_problems->setText(
        problems.isEmpty()
            ? QString()
            : tr("<b>⚠ Signatures that do not match the record:</b><br>%1").arg(problems.join(QStringLiteral("<br>"))));
}

void SignOffPanel::open(const QString &role, bool sign)
{
    SignOffDialog dialog(m_desk, role, sign ? SignOffDialog::Mode::Sign : SignOffDialog::Mode::Refuse, m_defaultName,
                         this);
    dialog.exec();
}
