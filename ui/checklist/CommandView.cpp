#include "ui/checklist/CommandView.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>

CommandView::CommandView(const QString &command, QWidget *parent) : QWidget(parent)
{
    auto *text = new QPlainTextEdit(command, this);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lines = int(command.count(QLatin1Char('\n'))) + 1;
    text->setFixedHeight(text->fontMetrics().lineSpacing() * qMin(lines, 6) + 14);
    auto *copy = new QToolButton(this);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy this command to the clipboard"));
    // Says it was copied for a moment, at the same width, so nothing beside it moves.
    const QString copied = tr("Copied ✓");
    copy->setMinimumWidth(qMax(copy->sizeHint().width(),
                               copy->fontMetrics().horizontalAdvance(copied) + copy->sizeHint().width()
                                   - copy->fontMetrics().horizontalAdvance(copy->text())));
    auto *restore = new QTimer(this);
    restore->setSingleShot(true);
    restore->setInterval(1500);
    connect(restore, &QTimer::timeout, copy, [copy] { copy->setText(tr("Copy")); });
    connect(copy, &QToolButton::clicked, this, [command, copy, copied, restore] {
        QGuiApplication::clipboard()->setText(command);
        copy->setText(copied);
        restore->start();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(copy, 0, Qt::AlignTop);
}
