#pragma once

#include <QGroupBox>

class LaunchTimeline;
class QLabel;
class QListWidget;
class QPushButton;

// The rounds of a recurring item in its details: each round with its time and state in words,
// ticked on its own; "Add hour" (or day, round) for work the lead extends.
class RoundsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit RoundsBox(LaunchTimeline *timeline, QWidget *parent = nullptr);

    void showItem(const QString &id);
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }

signals:
    void changeFailed(const QString &message);

private:
    void refresh();

    LaunchTimeline *m_timeline;
    QString m_owner;
    QLabel *m_reading;
    QListWidget *m_list;
    QPushButton *m_add;
};
