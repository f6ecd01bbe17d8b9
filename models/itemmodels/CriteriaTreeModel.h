#pragma once

#include "models/criteria/CriterionResult.h"

#include <QAbstractItemModel>

// The success criteria as a two-level tree: each criterion, and under it its points, with the
// verdict (word and symbol), figure, threshold and source of the live evaluation, and beside it
// how that compares with what the record holds.
class CriteriaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TextColumn,
        VerdictColumn,
        FigureColumn,
        ThresholdColumn,
        RecordedColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int(Verdict)
        ItemIdRole,                     // the criterion's item id
        PointIdRole,                    // the point's id ("" on a criterion row)
        DiffersRole,                    // live and recorded differ
    };

    explicit CriteriaTreeModel(QObject *parent = nullptr);

    // live: what is measured now with the record's confirmations; recorded: the record alone.
    void setSummaries(const CriteriaSummary &live, const CriteriaSummary &recorded);
    const CriteriaSummary &live() const { return m_live; }

    // "✔ met", "✘ not met", "? not known".
    static QString verdictText(Verdict verdict);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const CriterionPoint *recordedPoint(int criterion, int point) const;
    QString recordedText(int criterion, int point, bool *differs) const;

    CriteriaSummary m_live;
    CriteriaSummary m_recorded;
};
