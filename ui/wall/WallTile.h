#pragma once

#include "models/overview/LaunchOverview.h"

#include <QFrame>

class FitLabel;

// One service on the wall: its name, its state in a word on the state's colour, and since when,
// its latency and uptime since T0. Its text grows with the tile.
class WallTile final : public QFrame
{
    Q_OBJECT

public:
    explicit WallTile(QWidget *parent = nullptr);

    void show(const ServiceAtGlance &service, const QDateTime &now);
    QString nameText() const;
    QString stateText() const;
    QString detailText() const; // both lines below the state

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitName();

    FitLabel *m_name;
    FitLabel *m_state;
    FitLabel *m_detail;
    FitLabel *m_uptime;
};
