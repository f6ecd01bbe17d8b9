#pragma once

#include "models/team/OfflineCollision.h"

#include <QDialog>

class ChecklistDesk;
class LaunchRecord;
class QLabel;
class QPushButton;
class QVBoxLayout;

// "Changes that met another desk's change": for each change this desk made offline that met
// someone else's, the item, both changes, and Keep mine / Take theirs. Non-modal: the desk works
// on while a person decides. What Take theirs writes is OfflineCollisions'.
class CollisionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CollisionsDialog(ChecklistDesk *desk, QWidget *parent = nullptr);

    // Adds the collisions these offline events stand for (from collisionsFound).
    void addCollisions(const QVector<AuditEvent> &offlineEvents);
    int count() const { return int(m_rows.size()); }
    // For tests: the row of an item's collision, its buttons.
    QPushButton *keepMineButton(int row) const;
    QPushButton *takeTheirsButton(int row) const;
    QString rowText(int row) const;

private:
    struct Row
    {
        OfflineCollision collision;
        QWidget *box = nullptr;
        QLabel *text = nullptr;
        QLabel *message = nullptr;
        QPushButton *keepMine = nullptr;
        QPushButton *takeTheirs = nullptr;
    };
    void addRow(const OfflineCollision &collision);
    void settle(QWidget *box, bool takeTheirs);
    void updateHeading();

    ChecklistDesk *m_desk;
    LaunchRecord *m_session;
    OfflineCollisions m_collisions;
    QLabel *m_heading;
    QVBoxLayout *m_list;
    QVector<Row> m_rows;
};
