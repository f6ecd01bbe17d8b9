#include "ui/checklist/ProgressDelegate.h"

#include "models/itemmodels/ChecklistTreeModel.h"

#include <QApplication>
#include <QPainter>

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int total = index.data(ChecklistTreeModel::TaskTotalRole).toInt();
    if (total == 0 || !index.data(ChecklistTreeModel::IsHeadingRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int done = index.data(ChecklistTreeModel::TaskDoneRole).toInt();
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = total;
    bar.progress = done;
    bar.text = QStringLiteral("%1/%2").arg(done).arg(total);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
}
