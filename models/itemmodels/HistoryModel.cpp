#include "models/itemmodels/HistoryModel.h"

#include "models/checklist/ChecklistNode.h"
#include "models/timeline/TimeWords.h"

#include <QCoreApplication>
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
    auto quoted = [](const QString &v) { return v.isEmpty() ? tr("(empty)") : QStringLiteral("\"%1\"").arg(v); };
    const QString previous = e.payloadText("previous");
    QString text;
    switch (e.kind) {
    case EventKind::ItemTicked: text = tr("ticked"); break;
    case EventKind::ItemUnticked: text = tr("unticked"); break;
    case EventKind::NoteSet: text = tr("note: %1 → %2").arg(quoted(previous), quoted(e.payloadText("note"))); break;
    case EventKind::FieldSet: {
        const QString key = e.payloadText("field");
        const ChecklistField *f = node ? node->field(key) : nullptr;
        const QString label = f && !f->label.isEmpty() ? f->label : key;
        const QString unit = f && !f->unit.isEmpty() ? QLatin1Char(' ') + f->unit : QString();
        text = QStringLiteral("%1: %2 → %3%4").arg(label, quoted(previous), quoted(e.payloadText("value")), unit);
        // Accepted from a collector: say from where (a typed value has no source).
        if (const QString source = e.payloadText("source"); !source.isEmpty())
            text += QCoreApplication::translate("HistoryModel", " (from %1)").arg(source);
        break;
    }
    case EventKind::T0Planned:
        text = tr("T0 planned: %1 → %2").arg(quoted(previous), quoted(e.payloadText("time")));
        break;
    case EventKind::T0Recorded:
        text = tr("T0 recorded: %1 → %2").arg(quoted(previous), quoted(e.payloadText("time")));
        break;
    case EventKind::ServiceStateConfirmed:
        text =
            QStringLiteral("%1 %2: %3").arg(e.payloadText("service"), e.payloadText("state"), e.payloadText("reason"));
        break;
    case EventKind::TemplateImported: text = tr("checklist imported: %1").arg(e.payloadText("name")); break;
    case EventKind::MaintenanceAdded:
    case EventKind::MaintenanceRemoved: text = eventKindName(e.kind); break;
    case EventKind::RoundTicked: text = tr("round %1 ticked").arg(e.payload.value(tr("round")).toInteger()); break;
    case EventKind::RoundUnticked: text = tr("round %1 unticked").arg(e.payload.value(tr("round")).toInteger()); break;
    case EventKind::RoundAdded: text = tr("round %1 added").arg(e.payload.value(tr("round")).toInteger()); break;
    default: text = eventKindName(e.kind); break; // features describe their own kinds
    }
    if (!e.payloadText("carriedFrom").isEmpty())
        text += tr(" (carried over from %1)").arg(e.payloadText("carriedFrom"));
    if (e.reverts())
        text = tr("undo of #%1: %2").arg(e.reverts()).arg(text);
    return text;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return shownDateTime(QDateTime::fromString(e.timeUtc, Qt::ISODateWithMs));
        case WhoColumn: return e.actor.displayName();
        case ChangeColumn: return describe(e, m_node);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("Event #%1 at %2 UTC, hash %3").arg(e.seq).arg(e.timeUtc, e.hash.left(16));
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
