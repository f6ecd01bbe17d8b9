#pragma once

#include <QWidget>

class CriteriaDesk;
class CriteriaTreeModel;
class SignOffDesk;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeView;

// The "Success criteria" pane: the criteria tree with verdicts, figures, thresholds, sources and
// how the live figures compare with the record; "Record figures" and "Confirm…"; and the Day 7
// statistics with what the collectors propose, to accept (or edit and accept) into the checklist.
class CriteriaPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CriteriaPanel(CriteriaDesk *desk, QWidget *parent = nullptr);
    // The sign-off: accepting a Day 7 figure a standing signature covers is asked about first.
    void setSignOff(const SignOffDesk *signOff) { m_signOff = signOff; }

    CriteriaTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QTableWidget *statistics() const { return m_statsTable; }

public slots:
    void recordFigures();
    void confirmSelected();
    void acceptSelected();

signals:
    void changeFailed(const QString &message);

private:
    void refreshView();
    void fillStatistics();
    void updateButtons();

    CriteriaDesk *m_desk;
    const SignOffDesk *m_signOff = nullptr;
    CriteriaTreeModel *m_model;
    QLabel *m_summaryLabel;
    QTreeView *m_tree;
    QPushButton *m_measureButton;
    QPushButton *m_recordButton;
    QPushButton *m_confirmButton;
    QTableWidget *m_statsTable;
    QPushButton *m_acceptButton;
};
