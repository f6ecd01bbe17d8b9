#pragma once

#include <QAbstractItemModel>
#include <QHash>

class ChecklistDesk;
class LaunchRecord;
class ChecklistNode;
class LaunchTimeline;

// The checklist as a tree for views: one row per node, ticking through Qt::CheckStateRole.
// Setting data writes an event to the store first; the row changes when the store says so.
class ChecklistTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ProgressColumn,
        DueColumn, // the due state in words ("OVERDUE · since 18:00"), empty without a timeline
        ColumnCount
    };
    enum Role {
        NodeIdRole = Qt::UserRole + 1,
        KindRole,       // ChecklistNode::Kind as int
        DoneRole,       // bool, tickable nodes only
        SearchTextRole, // title, note and field values, for the filter
        TaskTotalRole,  // tasks at or below the node
        TaskDoneRole,
        IsHeadingRole,    // phases, sections and groups: rows whose progress is drawn as a bar
        DueStateRole,     // DueState as int (DueState::None without a timeline)
        NotYetSharedRole, // bool: changed while the team record could not be reached, waiting in the outbox
    };

    // Ticks in the tree go through desk (one Undo with the window's other checklist changes).
    explicit ChecklistTreeModel(ChecklistDesk *desk, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Due-soon and overdue rows stand out (colour, and the word in DueColumn) once a timeline is set.
    void setTimeline(LaunchTimeline *timeline);

    QModelIndex indexForId(const QString &id, int column = TitleColumn) const;
    const ChecklistNode *node(const QModelIndex &index) const;
    QString lastError() const { return m_lastError; }

signals:
    void changeFailed(const QString &message);

private:
    void rebuildCounts();
    void onItemsChanged(const QStringList &ids);
    QString displayTitle(const ChecklistNode *node) const;
    QString progressText(const ChecklistNode *node) const;
    static bool isContainer(const ChecklistNode *node);
    bool isDone(const QString &id) const;

    ChecklistDesk *m_desk;
    LaunchRecord *m_session;
    LaunchTimeline *m_timeline = nullptr;
    QHash<const ChecklistNode *, QPair<int, int>> m_taskCounts; // node -> (done, total)
    QString m_lastError;
};
