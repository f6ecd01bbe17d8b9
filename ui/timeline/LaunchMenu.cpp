#include "LaunchMenu.h"

#include "session/ChecklistSession.h"
#include "timeline/LaunchTimeline.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

PlanT0Dialog::PlanT0Dialog(const QDateTime &initial, QWidget *parent)
    : QDialog(parent), m_edit(new QDateTimeEdit(initial.toLocalTime(), this))
{
    setWindowTitle(tr("Plan T0"));
    m_edit->setObjectName(QStringLiteral("t0Edit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Go-live (T0), local time:"), m_edit);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDateTime PlanT0Dialog::time() const
{
    return m_edit->dateTime().toUTC();
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
    QDateTime initial = timeline->session()->timing().planned();
    if (!initial.isValid()) {
        // The next full hour.
        const QDateTime now = timeline->clock().now();
        initial = now.addSecs(3600 - now.time().minute() * 60 - now.time().second());
    }
    PlanT0Dialog dialog(initial, window);
    if (dialog.exec() == QDialog::Accepted)
        report(window, timeline->session()->recordOne(LaunchTiming::planned(dialog.time())));
}

void LaunchMenu::recordT0Now(LaunchTimeline *timeline, QWidget *window)
{
    const QDateTime now = timeline->clock().now();
    const auto answer =
        QMessageBox::question(window, tr("Record T0"),
                              tr("Record the go-live as happening now (%1)? Every due time moves with it.")
                                  .arg(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat)));
    if (answer == QMessageBox::Yes)
        report(window, timeline->session()->recordOne(LaunchTiming::recorded(now)));
}

QMenu *LaunchMenu::create(LaunchTimeline *timeline, QWidget *window)
{
    auto *menu = new QMenu(tr("&Launch"), window);
    menu->setObjectName(QStringLiteral("launchMenu"));
    const bool writable = !timeline->session()->isReadOnly();
    QAction *plan = menu->addAction(tr("&Plan T0…"), window, [timeline, window] { planT0(timeline, window); });
    plan->setObjectName(QStringLiteral("planT0Action"));
    plan->setEnabled(writable);
    QAction *record =
        menu->addAction(tr("&Record T0 now"), window, [timeline, window] { recordT0Now(timeline, window); });
    record->setObjectName(QStringLiteral("recordT0Action"));
    record->setEnabled(writable);
    return menu;
}
