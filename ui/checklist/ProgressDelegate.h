#pragma once

#include <QStyledItemDelegate>

// Draws "done of total" tasks as a small progress bar in the checklist's progress column.
class ProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
