#pragma once

#include "models/reports/ReportDesk.h"

#include <QAbstractTableModel>

// The hourly reports side by side: one row per checklist field (and a last row with each hour's
// stage), one column per hour. Proposed values are italic, the operator's drafts marked, confirmed
// values bold; a confirmed value a newer proposal disagrees with says so. Editing a cell sets the
// draft or, once confirmed, records a correction through the desk.
class ReportsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StageRole = Qt::UserRole + 1,
        DiffersRole,
        ConfirmedRole,
        HealthRole
    };
    static constexpr int kStageRow = int(kReportFields.size());

    explicit ReportsTableModel(ReportDesk *desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int hourAt(int column) const { return column + 1; }
    static QString stageText(const HourReport &hour);

signals:
    // An edit the desk refused (not a number, the record is read-only, ...).
    void editRefused(const QString &message);

private:
    void reload();

    ReportDesk *m_desk;
    QVector<HourReport> m_hours;
};
