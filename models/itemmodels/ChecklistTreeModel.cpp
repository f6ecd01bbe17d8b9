#include "models/itemmodels/ChecklistTreeModel.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/LaunchTimeline.h"

#include <QBrush>
#include <QFont>

using Kind = ChecklistNode::Kind;

ChecklistTreeModel::ChecklistTreeModel(ChecklistDesk *desk, QObject *parent)
    : QAbstractItemModel(parent), m_desk(desk), m_session(&desk->record())
{
    LaunchRecord *session = m_session;
    rebuildCounts();
    // The reset begins while the old nodes still exist: views and proxies may read them then.
    connect(session, &LaunchRecord::documentAboutToBeReplaced, this, [this] { beginResetModel(); });
    connect(session, &LaunchRecord::documentReplaced, this, [this] {
        rebuildCounts();
        endResetModel();
    });
    connect(session, &LaunchRecord::itemsChanged, this, &ChecklistTreeModel::onItemsChanged);
}

const ChecklistNode *ChecklistTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_session->document() ? m_session->document()->root() : nullptr;
    return static_cast<const ChecklistNode *>(index.internalPointer());
}

QModelIndex ChecklistTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const ChecklistNode *p = node(parent);
    if (!p || row >= p->childCount())
        return {};
    return createIndex(row, column, const_cast<ChecklistNode *>(p->child(row)));
}

QModelIndex ChecklistTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const ChecklistNode *n = node(child);
    const ChecklistNode *p = n ? n->parent() : nullptr;
    if (!p || !p->parent())
        return {};
    return createIndex(p->row(), 0, const_cast<ChecklistNode *>(p));
}

int ChecklistTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const ChecklistNode *p = node(parent);
    return p ? p->childCount() : 0;
}

int ChecklistTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void ChecklistTreeModel::setTimeline(LaunchTimeline *timeline)
{
    m_timeline = timeline;
    connect(timeline, &LaunchTimeline::statusesChanged, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            const QModelIndex first = indexForId(id, TitleColumn);
            if (first.isValid())
                emit dataChanged(first, first.siblingAtColumn(DueColumn));
        }
    });
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, DueColumn));
}

QModelIndex ChecklistTreeModel::indexForId(const QString &id, int column) const
{
    const ChecklistNode *n = m_session->document() ? m_session->document()->find(id) : nullptr;
    if (!n || !n->parent())
        return {};
    return createIndex(n->row(), column, const_cast<ChecklistNode *>(n));
}

QString ChecklistTreeModel::displayTitle(const ChecklistNode *n) const
{
    if (n->fields().isEmpty())
        return n->title();
    QStringList values;
    for (const ChecklistField &f : n->fields())
        values.append(f.shown(m_session->fieldValue(n->id(), f.key))); // "2,5" on a German desk
    return fillFields(n->title(), n->fields(), values);
}

QVariant ChecklistTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ChecklistNode *n = node(index);
    const auto counts = m_taskCounts.value(n);
    const DueStatus due = m_timeline ? m_timeline->status(n->id()) : DueStatus();
    const bool notYetShared = index.column() == TitleColumn && m_session->isNotYetShared(n->id());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return displayTitle(n);
        if (index.column() == DueColumn)
            return due.text;
        return progressText(n);
    case Qt::BackgroundRole:
        if (index.column() != ProgressColumn) {
            const QColor c = dueStateBackground(due.state);
            if (c.isValid() && due.state != DueState::DueNow)
                return c;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != ProgressColumn && dueStateBackground(due.state).isValid()
            && due.state != DueState::DueNow)
            return QColor(Qt::black);
        if (notYetShared)
            return QColor(0x8a, 0x4b, 0x00); // the status bar's offline colour
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn && n->isTickable())
            return isDone(n->id()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (notYetShared) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (index.column() == DueColumn && due.state == DueState::Overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (index.column() == TitleColumn && isContainer(n)) {
            QFont f;
            f.setBold(true);
            if (n->kind() == Kind::Phase)
                f.setPointSizeF(f.pointSizeF() * 1.1);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && !due.words.isEmpty())
            return tr("The checklist says: %1").arg(due.words);
        if (notYetShared)
            return tr("Not yet shared: made while the team record could not be reached; shared when the "
                      "server answers.");
        if (const QString note = m_session->note(n->id()); !note.isEmpty())
            return tr("Note: %1").arg(note);
        // The whole title: a long one is elided in the middle where the column is narrow.
        if (index.column() == TitleColumn)
            return displayTitle(n);
        return {};
    case NodeIdRole: return n->id();
    case KindRole: return int(n->kind());
    case DoneRole: return isDone(n->id());
    case SearchTextRole: {
        QString text = displayTitle(n);
        const QString note = m_session->note(n->id());
        if (!note.isEmpty())
            text += QLatin1Char('\n') + note;
        return text;
    }
    case TaskTotalRole: return counts.second;
    case TaskDoneRole: return counts.first;
    case IsHeadingRole: return isContainer(n);
    case DueStateRole: return int(due.state);
    case NotYetSharedRole: return m_session->isNotYetShared(n->id());
    default: return {};
    }
}

bool ChecklistTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ChecklistNode *n = node(index);
    if (!index.isValid() || role != Qt::CheckStateRole || !n->isTickable())
        return false;
    const bool done = value.toInt() == Qt::Checked;
    if (const Status s = m_desk->setDone(n->id(), done); !s) {
        m_lastError = s.message();
        emit changeFailed(m_lastError);
        return false;
    }
    return true; // the session's itemsChanged signal updates the rows
}

Qt::ItemFlags ChecklistTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const ChecklistNode *n = node(index);
    if (index.column() == TitleColumn && n->isTickable() && !m_session->isReadOnly())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ChecklistTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Checklist");
    case ProgressColumn: return tr("Progress");
    default: return tr("Due");
    }
}

bool ChecklistTreeModel::isDone(const QString &id) const
{
    // With a change waiting in a team record's outbox, the tick as made, not as last shared.
    return m_session->isDone(id);
}

bool ChecklistTreeModel::isContainer(const ChecklistNode *n)
{
    return n->kind() == Kind::Phase || n->kind() == Kind::Section || n->kind() == Kind::Group;
}

QString ChecklistTreeModel::progressText(const ChecklistNode *n) const
{
    // Headings count the tasks below them; a task counts its own ticked steps.
    if (isContainer(n)) {
        const auto counts = m_taskCounts.value(n);
        return counts.second > 0 ? QStringLiteral("%1/%2").arg(counts.first).arg(counts.second) : QString();
    }
    int done = 0;
    int total = 0;
    for (int i = 0; i < n->childCount(); ++i) {
        const ChecklistNode *c = n->child(i);
        if (c->isTickable()) {
            ++total;
            done += isDone(c->id()) ? 1 : 0;
        }
    }
    return total > 0 ? tr("%1/%n step(s)", nullptr, total).arg(done) : QString();
}

void ChecklistTreeModel::rebuildCounts()
{
    m_taskCounts.clear();
    if (!m_session->document())
        return;
    // Post-order: a node's counts are the tasks at or below it.
    std::function<QPair<int, int>(const ChecklistNode *)> count = [&](const ChecklistNode *n) {
        QPair<int, int> c{0, 0};
        if (n->kind() == Kind::Task) {
            c.second = 1;
            c.first = isDone(n->id()) ? 1 : 0;
        }
        for (int i = 0; i < n->childCount(); ++i) {
            const auto sub = count(n->child(i));
            c.first += sub.first;
            c.second += sub.second;
        }
        m_taskCounts.insert(n, c);
        return c;
    };
    count(m_session->document()->root());
}

void ChecklistTreeModel::onItemsChanged(const QStringList &ids)
{
    rebuildCounts();
    for (const QString &id : ids) {
        const QModelIndex first = indexForId(id, TitleColumn);
        if (!first.isValid())
            continue;
        emit dataChanged(first, indexForId(id, ProgressColumn));
        // Ancestors' progress changes with the item.
        for (QModelIndex p = first.parent(); p.isValid(); p = p.parent())
            emit dataChanged(p, p.siblingAtColumn(ProgressColumn));
    }
}
