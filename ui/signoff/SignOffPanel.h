#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class SignOffDesk;

// The sign-off lines of the launch: per role who signed when, or that it is missing, refused (with
// the reason) or invalidated (by whom, when, what changed); the digest of what a signature given
// now would cover; and Sign… / Refuse… for each line.
class SignOffPanel final : public QWidget
{
    Q_OBJECT

public:
    SignOffPanel(SignOffDesk *desk, QWidget *parent = nullptr);

    // The name a dialog offers first (the desk's operator).
    void setDefaultName(const QString &name) { m_defaultName = name; }

private:
    void rebuild();
    void open(const QString &role, bool sign);

    SignOffDesk *m_desk;
    QString m_defaultName;
    QGridLayout *m_grid = nullptr;
    QLabel *m_digest = nullptr;
    QLabel *m_problems = nullptr;
};
