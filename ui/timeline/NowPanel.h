#pragma once

#include <QWidget>

class LaunchTimeline;
class NowModel;
class QLabel;
class QTableView;

// The "Now" list: what is due within the next hour and what is late. Clicking a line asks for
// its item to be selected in the checklist.
class NowPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NowPanel(LaunchTimeline *timeline, QWidget *parent = nullptr);

    NowModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void itemActivated(const QString &id);

private:
    void updatePlaceholder();

    LaunchTimeline *m_timeline;
    NowModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
};
