#pragma once

#include <QWidget>

class LaunchTimeline;
class QLabel;
class QPushButton;
class QTimer;

// The launch clock: "T−01:59:12" before T0 and "T+05:12:00" after, updated every second, with
// whether T0 is planned or recorded; "T0 not set" and a button to plan it when there is none.
class T0Clock final : public QWidget
{
    Q_OBJECT

public:
    explicit T0Clock(LaunchTimeline *timeline, QWidget *parent = nullptr);

    QString clockText() const;
    QString detailText() const;
    void update();

signals:
    void planRequested();

private:
    LaunchTimeline *m_timeline;
    QLabel *m_clock;
    QLabel *m_detail;
    QPushButton *m_plan;
    QTimer *m_timer;
};
