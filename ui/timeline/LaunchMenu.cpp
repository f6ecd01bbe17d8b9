#include "ui/timeline/LaunchMenu.h"

#include "models/session/LaunchRecord.h"
#include "models/signoff/SignOffDesk.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/TimingDesk.h"
#include "models/timeline/TypedTime.h"
#include "ui/signoff/InvalidationWarning.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

PlanT0Dialog::PlanT0Dialog(const QDateTime &initial, QWidget *parent)
    : QDialog(parent),
      m_edit(new QLineEdit(typedTimeText(initial), this)),
      m_readBack(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Plan T0"));
    m_edit->setObjectName(QStringLiteral("t0Edit"));
    m_edit->setPlaceholderText(typedTimeFormatHint());
    m_edit->selectAll(); // typing replaces the proposal as a whole
    // Room for the longest read-back, so the dialog never grows while typing.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")) * 2);
    m_readBack->setObjectName(QStringLiteral("t0ReadBack"));
    m_readBack->setWordWrap(true);
    m_readBack->setMinimumHeight(m_readBack->fontMetrics().lineSpacing() * 2);
    m_readBack->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Go-live (T0), local time (%1):").arg(typedTimeFormatHint()), m_edit);
    layout->addRow(QString(), m_readBack);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &PlanT0Dialog::reread);
    reread();
}

QDateTime PlanT0Dialog::time() const
{
    return parseTypedTime(m_edit->text());
}

QString PlanT0Dialog::readBack() const
{
    return m_readBack->text();
}

void PlanT0Dialog::reread()
{
    const QDateTime moment = time();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(moment.isValid());
    if (moment.isValid())
        m_readBack->setText(tr("T0 is %1 (%2 UTC).")
                                .arg(QLocale().toString(moment.toLocalTime(), QLocale::LongFormat),
                                     moment.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else
        m_readBack->setText(tr("Not a date and time: type it as %1, e.g. %2.")
                                .arg(typedTimeFormatHint(), typedTimeText(QDateTime::currentDateTime())));
}

namespace {

void report(QWidget *window, const Status &s)
{
    if (!s)
        QMessageBox::warning(window, QObject::tr("Not saved"), s.message());
}

} // namespace

void LaunchMenu::planT0(LaunchTimeline *timeline, QWidget *window)
{
    TimingDesk desk(*timeline->session(), timeline->clock());
    PlanT0Dialog dialog(desk.proposedPlan(), window);
    if (dialog.exec() == QDialog::Accepted)
        report(window, desk.plan(dialog.time()));
}

void LaunchMenu::recordT0Now(LaunchTimeline *timeline, QWidget *window, const SignOffDesk *signOff)
{
    const QDateTime now = timeline->clock().now();
    // Signatures that cover another T0 are the graver question, and the one asked.
    if (signOff && !signOff->signaturesInvalidatedByT0(now).isEmpty()) {
        if (!InvalidationWarning::confirmT0(window, signOff, now))
            return;
    } else if (QMessageBox::question(window, tr("Record T0"),
                                     tr("Record the go-live as happening now (%1)? Every due time moves with it.")
                                         .arg(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat)))
               != QMessageBox::Yes) {
        return;
    }
    report(window, TimingDesk(*timeline->session(), timeline->clock()).record(now));
}

QMenu *LaunchMenu::create(LaunchTimeline *timeline, QWidget *window, const SignOffSource &signOff)
{
    auto *menu = new QMenu(tr("&Launch"), window);
    menu->setObjectName(QStringLiteral("launchMenu"));
    const bool writable = !timeline->session()->isReadOnly();
    QAction *plan = menu->addAction(tr("&Plan T0…"), window, [timeline, window] { planT0(timeline, window); });
    plan->setObjectName(QStringLiteral("planT0Action"));
    plan->setEnabled(writable);
    QAction *record = menu->addAction(tr("&Record T0 now"), window, [timeline, window, signOff] {
        recordT0Now(timeline, window, signOff ? signOff() : nullptr);
    });
    record->setObjectName(QStringLiteral("recordT0Action"));
    record->setEnabled(writable);
    return menu;
}
