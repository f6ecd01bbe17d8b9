#include "ui/timeline/T0Clock.h"

#include "models/session/LaunchRecord.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/TimeWords.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

T0Clock::T0Clock(LaunchTimeline *timeline, QWidget *parent)
    : QWidget(parent),
      m_timeline(timeline),
      m_clock(new QLabel(this)),
      m_detail(new QLabel(this)),
      m_plan(new QPushButton(tr("Plan T0…"), this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("t0Clock"));
    m_clock->setObjectName(QStringLiteral("t0ClockText"));
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_clock->setFont(f);
    m_detail->setObjectName(QStringLiteral("t0ClockDetail"));
    m_plan->setObjectName(QStringLiteral("planT0Button"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_clock);
    layout->addWidget(m_detail);
    layout->addWidget(m_plan);
    connect(m_plan, &QPushButton::clicked, this, &T0Clock::planRequested);
    connect(m_timer, &QTimer::timeout, this, &T0Clock::update);
    connect(timeline->session(), &LaunchRecord::timingChanged, this, &T0Clock::update);
    m_timer->start(1000);
    update();
}

QString T0Clock::clockText() const
{
    return m_clock->text();
}

QString T0Clock::detailText() const
{
    return m_detail->text();
}

void T0Clock::update()
{
    const LaunchTiming &timing = m_timeline->session()->timing();
    const auto elapsed = m_timeline->elapsed();
    m_plan->setVisible(!elapsed);
    m_plan->setEnabled(!m_timeline->session()->isReadOnly());
    if (!elapsed) {
        m_clock->setText(tr("T0 not set"));
        m_detail->clear();
        return;
    }
    m_clock->setText(formatSinceT0(*elapsed));
    const QString at = QLocale().toString(m_timeline->t0().toLocalTime(),
                                          tr("ddd d MMM HH:mm", "date format: weekday, day, month and time"));
    m_detail->setText(timing.recorded().isValid() ? tr("T0 recorded %1").arg(at) : tr("T0 planned %1").arg(at));
}
