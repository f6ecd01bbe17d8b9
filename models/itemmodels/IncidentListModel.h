#pragma once

#include <QAbstractTableModel>

class IncidentDesk;

// The incidents of the record, one row each in the order they were opened.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        TitleColumn,
        LevelColumn,
        StatusColumn,
        StepsColumn,
        OpenedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ResolvedRole,
    };

    explicit IncidentListModel(IncidentDesk *desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfIncident(const QString &id) const;

private:
    void update();

    IncidentDesk *m_desk;
    int m_rows = 0;
};
