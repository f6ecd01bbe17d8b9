#include "models/reports/ReportsTableModel.h"
#include "models/timeline/TimeWords.h"

#include <QColor>
#include <QFont>

ReportsTableModel::ReportsTableModel(ReportDesk *desk, QObject *parent)
    : QAbstractTableModel(parent), m_desk(desk), m_hours(desk->hours())
{
    connect(desk, &ReportDesk::reportsChanged, this, &ReportsTableModel::reload);
}

void ReportsTableModel::reload()
{
    QVector<HourReport> hours = m_desk->hours();
    if (hours.size() != m_hours.size()) {
        beginResetModel();
        m_hours = std::move(hours);
        endResetModel();
        return;
    }
    m_hours = std::move(hours);
    if (m_hours.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ReportsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kStageRow + 1;
}

int ReportsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hours.size());
}

QString ReportsTableModel::stageText(const HourReport &h)
{
    switch (h.stage) {
    case HourReport::Stage::Upcoming: return tr("upcoming");
    case HourReport::Stage::Running: return tr("under way");
    case HourReport::Stage::Collecting: return tr("collecting…");
    case HourReport::Stage::Proposed: return tr("proposed: confirm");
    case HourReport::Stage::Confirmed:
        return tr("confirmed by %1").arg(h.confirmed ? h.confirmed->confirmedBy.name : QString());
    }
    return {};
}

QVariant ReportsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.column() >= m_hours.size())
        return {};
    const HourReport &h = m_hours.at(index.column());
    if (role == StageRole)
        return int(h.stage);
    if (index.row() == kStageRow) {
        if (role == Qt::DisplayRole)
            return stageText(h);
        if (role == Qt::ToolTipRole && h.confirmed)
            return tr("Confirmed %1 UTC (event #%2); %n correction(s)", nullptr, int(h.confirmed->corrections.size()))
                .arg(h.confirmed->confirmedAtUtc.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')))
                .arg(h.confirmed->seq);
        if (role == Qt::ForegroundRole && h.stage == HourReport::Stage::Proposed)
            return QColor(0x1f, 0x5f, 0xbf);
        return {};
    }
    const ReportField field = kReportFields.at(size_t(index.row()));
    const ReportCell &c = h.cell(field);
    switch (role) {
    case Qt::DisplayRole:
        if (c.differs)
            return tr("%1 (now %2)").arg(c.value.isEmpty() ? QStringLiteral("—") : c.value, c.proposed);
        if (c.value.isEmpty())
            return h.isOver() ? QStringLiteral("—") : QString();
        return c.value;
    case Qt::EditRole: return c.value;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (c.confirmed)
            lines << tr("Confirmed; source: %1").arg(c.source.isEmpty() ? tr("none") : c.source);
        else if (c.edited)
            lines << tr("Typed by the operator (proposed: %1)").arg(c.proposed.isEmpty() ? tr("nothing") : c.proposed);
        else if (!c.value.isEmpty())
            lines << tr("Proposed from %1").arg(c.source);
        if (!c.note.isEmpty())
            lines << c.note;
        if (c.differs)
            lines
                << tr("A newer proposal says %1; the confirmed value stays until someone corrects it.").arg(c.proposed);
        if (h.confirmed) {
            for (const ReportCorrection &k : h.confirmed->corrections) {
                if (k.field == field)
                    lines << tr("Corrected by %1: %2 → %3 %4")
                                 .arg(k.actor.displayName(), k.previous.isEmpty() ? tr("(empty)") : k.previous, k.value,
                                      k.reason.isEmpty() ? QString() : QStringLiteral("(%1)").arg(k.reason));
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(c.confirmed);
        font.setItalic(!c.confirmed && !c.edited);
        return font;
    }
    case Qt::ForegroundRole:
        if (c.differs)
            return QColor(0xb0, 0x3a, 0x00);
        if (!c.confirmed)
            return c.edited ? QColor(0x8a, 0x4b, 0x00) : QColor(0x1f, 0x5f, 0xbf);
        return {};
    case Qt::BackgroundRole:
        if (field == ReportField::Health) {
            switch (healthFromWord(c.value)) {
            case Health::Green: return QColor(0xc8, 0xeb, 0xc8);
            case Health::Yellow: return QColor(0xf7, 0xe7, 0x9c);
            case Health::Red: return QColor(0xf4, 0xb4, 0xb4);
            case Health::Unknown: break;
            }
        }
        return {};
    case DiffersRole: return c.differs;
    case ConfirmedRole: return c.confirmed;
    case HealthRole: return field == ReportField::Health ? int(healthFromWord(c.value)) : QVariant();
    default: return {};
    }
}

QVariant ReportsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section > kStageRow)
            return {};
        return section == kStageRow ? tr("Report") : reportFieldLabel(kReportFields.at(size_t(section)));
    }
    if (section < 0 || section >= m_hours.size())
        return {};
    const HourReport &h = m_hours.at(section);
    if (!h.from.isValid())
        return tr("Hour %1").arg(h.hour);
    const QString span = QStringLiteral("%1–%2").arg(shownTime(h.from), shownTime(h.to));
    return role == Qt::ToolTipRole ? tr("Hour %1 (T+%1h): %2").arg(h.hour).arg(span)
                                   : tr("Hour %1\n%2").arg(h.hour).arg(span);
}

Qt::ItemFlags ReportsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.column() >= m_hours.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() != kStageRow && m_hours.at(index.column()).isOver())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReportsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Status s = m_desk->setValue(hourAt(index.column()), kReportFields.at(size_t(index.row())), value.toString());
    if (!s) {
        emit editRefused(s.message());
        return false;
    }
    return true;
}
