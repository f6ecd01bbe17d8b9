#include "models/itemmodels/CriteriaTreeModel.h"

namespace {

// internalId: 0 for a criterion row, criterion index + 1 for its points.
constexpr quintptr kTop = 0;

bool sameShape(const CriteriaSummary &a, const CriteriaSummary &b)
{
    if (a.criteria.size() != b.criteria.size())
        return false;
    for (int i = 0; i < a.criteria.size(); ++i) {
        if (a.criteria.at(i).points.size() != b.criteria.at(i).points.size()
            || a.criteria.at(i).id != b.criteria.at(i).id)
            return false;
    }
    return true;
}

} // namespace

CriteriaTreeModel::CriteriaTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString CriteriaTreeModel::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Met: return tr("\u2714 met");
    case Verdict::NotMet: return tr("\u2718 not met");
    case Verdict::Unknown: break;
    }
    return tr("? not known");
}

void CriteriaTreeModel::setSummaries(const CriteriaSummary &live, const CriteriaSummary &recorded)
{
    if (sameShape(live, m_live)) {
        m_live = live;
        m_recorded = recorded;
        for (int i = 0; i < m_live.criteria.size(); ++i) {
            const QModelIndex top = index(i, 0);
            emit dataChanged(top, index(i, ColumnCount - 1));
            const int points = int(m_live.criteria.at(i).points.size());
            if (points > 0)
                emit dataChanged(index(0, 0, top), index(points - 1, ColumnCount - 1, top));
        }
        return;
    }
    beginResetModel();
    m_live = live;
    m_recorded = recorded;
    endResetModel();
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_live.criteria.size() ? createIndex(row, column, kTop) : QModelIndex();
    if (parent.internalId() != kTop || parent.row() >= m_live.criteria.size())
        return {};
    if (row >= m_live.criteria.at(parent.row()).points.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int CriteriaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_live.criteria.size());
    if (parent.column() != 0 || parent.internalId() != kTop)
        return 0;
    return int(m_live.criteria.at(parent.row()).points.size());
}

int CriteriaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const CriterionPoint *CriteriaTreeModel::recordedPoint(int criterion, int point) const
{
    if (criterion >= m_recorded.criteria.size())
        return nullptr;
    const CriterionResult &c = m_recorded.criteria.at(criterion);
    return point < c.points.size() ? &c.points.at(point) : nullptr;
}

QString CriteriaTreeModel::recordedText(int criterion, int point, bool *differs) const
{
    const CriterionPoint &now = m_live.criteria.at(criterion).points.at(point);
    const CriterionPoint *rec = recordedPoint(criterion, point);
    *differs = false;
    if (!rec
        || (now.figure.isEmpty() && now.verdict == Verdict::Unknown && rec->figure.isEmpty()
            && rec->verdict == Verdict::Unknown))
        return {}; // nothing measured, nothing recorded
    if (rec->verdict == now.verdict && rec->figure == now.figure && rec->source == now.source)
        return rec->figure.isEmpty() && rec->verdict == Verdict::Unknown ? QString() : tr("recorded");
    *differs = true;
    if (rec->figure.isEmpty() && rec->verdict == Verdict::Unknown)
        return tr("not yet recorded");
    return tr("recorded: %1 (%2)")
        .arg(rec->figure.isEmpty() ? tr("no figure") : rec->figure, verdictText(rec->verdict));
}

QVariant CriteriaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool top = index.internalId() == kTop;
    const int ci = top ? index.row() : int(index.internalId() - 1);
    if (ci >= m_live.criteria.size())
        return {};
    const CriterionResult &c = m_live.criteria.at(ci);
    if (top) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TextColumn)
                return c.title;
            if (index.column() == VerdictColumn)
                return verdictText(c.verdict);
            if (index.column() == RecordedColumn && ci < m_recorded.criteria.size()
                && m_recorded.criteria.at(ci).verdict != c.verdict)
                return tr("recorded: %1").arg(verdictText(m_recorded.criteria.at(ci).verdict));
            return {};
        case VerdictRole: return int(c.verdict);
        case ItemIdRole: return c.id;
        case PointIdRole: return QString();
        case DiffersRole: return ci < m_recorded.criteria.size() && m_recorded.criteria.at(ci).verdict != c.verdict;
        default: return {};
        }
    }
    if (index.row() >= c.points.size())
        return {};
    const CriterionPoint &p = c.points.at(index.row());
    bool differs = false;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TextColumn: return p.text;
        case VerdictColumn: return verdictText(p.verdict);
        case FigureColumn: return p.figureShown();
        case ThresholdColumn: return p.thresholdShown();
        case SourceColumn: return p.note.isEmpty() ? p.sourceShown() : tr("%1 — \"%2\"").arg(p.sourceShown(), p.note);
        case RecordedColumn: return recordedText(ci, index.row(), &differs);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole: return p.note.isEmpty() ? p.sourceShown() : tr("%1\nNote: %2").arg(p.sourceShown(), p.note);
    case VerdictRole: return int(p.verdict);
    case ItemIdRole: return c.id;
    case PointIdRole: return p.id;
    case DiffersRole: recordedText(ci, index.row(), &differs); return differs;
    default: return {};
    }
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TextColumn: return tr("Criterion");
    case VerdictColumn: return tr("Verdict");
    case FigureColumn: return tr("Figure");
    case ThresholdColumn: return tr("Threshold");
    case SourceColumn: return tr("Source");
    case RecordedColumn: return tr("In the record");
    case ColumnCount: break;
    }
    return {};
}
