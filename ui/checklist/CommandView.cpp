#include "CommandView.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
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
    connect(copy, &QToolButton::clicked, this, [command] { QGuiApplication::clipboard()->setText(command); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(copy, 0, Qt::AlignTop);
}
