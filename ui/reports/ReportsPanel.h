#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReportDesk;
class ReportsCharts;
class ReportsTableModel;

// The hourly status reports: the hours side by side (fields × hours) with a Confirm button for
// each hour that is over, edit-to-correct, and the charts below. The desk decides; this shows and asks.
class ReportsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPanel(ReportDesk *desk, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ReportsTableModel *model() const { return m_model; }
    ReportsCharts *charts() const { return m_charts; }
    QLabel *messageLabel() const { return m_message; }

private:
    void placeButtons();
    void showMessage(const QString &message);

    ReportDesk *m_desk;
    ReportsTableModel *m_model;
    QTableView *m_table;
    ReportsCharts *m_charts;
    QLabel *m_message;
};
