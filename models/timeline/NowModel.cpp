#include "models/timeline/NowModel.h"

#include <QFont>

NowModel::NowModel(LaunchTimeline *timeline, QObject *parent)
    : QAbstractTableModel(parent), m_timeline(timeline), m_entries(timeline->nowList())
{
    connect(timeline, &LaunchTimeline::nowListChanged, this, &NowModel::reload);
}

void NowModel::reload()
{
    beginResetModel();
    m_entries = m_timeline->nowList();
    endResetModel();
}

int NowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NowEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return dueStateWord(e.status.state);
        case WhenColumn: return e.when;
        case ItemColumn: return e.title;
        default: return {};
        }
    case Qt::ToolTipRole:
        return e.status.words.isEmpty() ? e.status.text
                                        : tr("%1 — the checklist says: %2").arg(e.status.text, e.status.words);
    case Qt::BackgroundRole: {
        const QColor c = dueStateBackground(e.status.state);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole:
        return dueStateBackground(e.status.state).isValid() ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (index.column() == StateColumn && e.status.state == DueState::Overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case NodeIdRole: return e.item;
    case RoundRole: return e.round;
    case DueStateRole: return int(e.status.state);
    default: return {};
    }
}

QVariant NowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case WhenColumn: return tr("When");
    case ItemColumn: return tr("Item");
    default: return {};
    }
}
