#pragma once

#include <QWidget>

class IncidentDesk;
class IncidentDetailView;
class IncidentListModel;
class QLabel;
class QTableView;

// The incidents of the launch: the list above, the selected one's detail below.
class IncidentsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPanel(IncidentDesk *desk, QWidget *parent = nullptr);

    QTableView *listView() const { return m_list; }
    IncidentListModel *listModel() const { return m_model; }
    IncidentDetailView *detailView() const { return m_detail; }
    void selectIncident(const QString &id);

signals:
    void openRequested();
    void contactsRequested();
    void changeFailed(const QString &message);

private:
    void updateSummary();

    IncidentDesk *m_desk;
    IncidentListModel *m_model;
    QTableView *m_list;
    IncidentDetailView *m_detail;
    QLabel *m_summary;
};
