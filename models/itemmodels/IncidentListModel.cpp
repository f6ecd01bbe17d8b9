#include "models/itemmodels/IncidentListModel.h"

#include "models/incidents/IncidentDesk.h"
#include "models/timeline/TimeWords.h"

#include <QBrush>
#include <QColor>
#include <QFont>

IncidentListModel::IncidentListModel(IncidentDesk *desk, QObject *parent)
    : QAbstractTableModel(parent), m_desk(desk), m_rows(int(desk->log().incidents().size()))
{
    connect(desk, &IncidentDesk::incidentsChanged, this, &IncidentListModel::update);
    connect(desk, &IncidentDesk::playbookChanged, this, &IncidentListModel::update);
}

void IncidentListModel::update()
{
    // Incidents are only ever added at the end; what changes in the rows already shown is their data.
    const int now = int(m_desk->log().incidents().size());
    if (now < m_rows) {
        beginResetModel();
        m_rows = now;
        endResetModel();
        return;
    }
    const int before = m_rows;
    if (now > before) {
        beginInsertRows(QModelIndex(), before, now - 1);
        m_rows = now;
        endInsertRows();
    }
    if (before > 0)
        emit dataChanged(index(0, 0), index(before - 1, ColumnCount - 1));
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &i = m_desk->log().incidents().at(index.row());
    switch (role) {
    case IdRole: return i.id;
    case ResolvedRole: return i.isResolved();
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn: return i.label();
        case TitleColumn: return i.title;
        case LevelColumn: return tr("L%1").arg(i.level);
        case StatusColumn:
            return i.isResolved() ? tr("Resolved") : i.isAcknowledged() ? tr("Acknowledged") : tr("Open");
        case StepsColumn: return tr("%1/%2").arg(i.stepsDone()).arg(i.steps.size());
        case OpenedColumn: return shownTime(i.openedAt);
        default: return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 — %2\nOpened %3 by %4")
            .arg(i.label(), i.type, shownDateTime(i.openedAt), i.openedBy.displayName());
    case Qt::FontRole:
        if (!i.isResolved() && index.column() == StatusColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (i.isResolved())
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (index.column() == StatusColumn && !i.isAcknowledged())
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    default: return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Incident");
    case TitleColumn: return tr("Title");
    case LevelColumn: return tr("Level");
    case StatusColumn: return tr("Status");
    case StepsColumn: return tr("Steps");
    case OpenedColumn: return tr("Opened");
    default: return {};
    }
}

QModelIndex IncidentListModel::indexOfIncident(const QString &id) const
{
    const int row = m_desk->log().position(id);
    return row < 0 || row >= m_rows ? QModelIndex() : index(row, 0);
}
