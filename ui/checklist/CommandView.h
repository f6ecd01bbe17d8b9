#pragma once

#include <QWidget>

// A command from the checklist in a monospace box with a button that copies it.
class CommandView final : public QWidget
{
    Q_OBJECT

public:
    explicit CommandView(const QString &command, QWidget *parent = nullptr);
};
