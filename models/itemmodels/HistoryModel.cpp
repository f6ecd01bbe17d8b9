#include "HistoryModel.h"

#include "checklist/ChecklistNode.h"

#include <QDateTime>

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEvents(const QVector<AuditEvent> &events, const ChecklistNode *node)
{
    beginResetModel();
    m_events = events;
    m_node = node;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::describe(const AuditEvent &e, const ChecklistNode *node)
{
    auto quoted = [](const QString &v) {
        return v.isEmpty() ? QStringLiteral("(empty)") : QStringLiteral("\"%1\"").arg(v);
    };
    QString text;
    if (e.slot == AuditSlots::done()) {
        text = e.newValue == QLatin1String("true") ? QStringLiteral("ticked") : QStringLiteral("unticked");
    } else if (e.slot == AuditSlots::note()) {
        text = QStringLiteral("note: %1 → %2").arg(quoted(e.oldValue), quoted(e.newValue));
    } else if (e.slot.startsWith(QLatin1String("field:"))) {
        const ChecklistField *f = node ? node->field(e.slot.mid(6)) : nullptr;
        const QString label = f && !f->label.isEmpty() ? f->label : e.slot.mid(6);
        const QString unit = f && !f->unit.isEmpty() ? QLatin1Char(' ') + f->unit : QString();
        text = QStringLiteral("%1: %2 → %3%4").arg(label, quoted(e.oldValue), quoted(e.newValue), unit);
    } else {
        text = QStringLiteral("%1 %2").arg(e.action, e.newValue);
    }
    if (e.reverts)
        text = QStringLiteral("undo of #%1: %2").arg(e.reverts).arg(text);
    return text;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromString(e.timeUtc, Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case WhoColumn: return e.role.isEmpty() ? e.actor : QStringLiteral("%1 (%2)").arg(e.actor, e.role);
        case ChangeColumn: return describe(e, m_node);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("Event #%1 at %2 UTC, hash %3").arg(e.seq).arg(e.timeUtc, e.hash.left(16));
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case ChangeColumn: return tr("Change");
    default: return {};
    }
}
