#pragma once

#include "models/overview/LaunchOverview.h"

#include <QTimer>
#include <QWidget>

class FitLabel;
class OverviewSource;
class PhaseBars;
class QGridLayout;
class QLabel;
class WallTile;

// The room's big screen: the T0 clock, every service large, open incidents with their timers,
// progress per phase and the last confirmed hourly report. Read from three metres; nothing to
// click. It follows the record and the monitor, and looks at the clock every second. Esc or F11
// closes it.
class WallView final : public QWidget
{
    Q_OBJECT

public:
    explicit WallView(OverviewSource *source, QWidget *parent = nullptr);

    void refresh();
    // What it shows, for tests and screen readers.
    QString clockText() const;
    QString overallText() const;
    QList<WallTile *> tiles() const { return m_tiles; }
    QStringList incidentLines() const;
    QString reportText() const;
    const PhaseBars *phaseBars() const { return m_phases; }

signals:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showServices(const LaunchOverview &o);
    void showIncidents(const LaunchOverview &o);
    void showReport(const LaunchOverview &o);
    void reflowTiles();
    int unit() const;

    OverviewSource *m_source;
    FitLabel *m_title;
    FitLabel *m_t0Detail;
    FitLabel *m_now;
    QLabel *m_clock;
    QLabel *m_overall;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    QList<WallTile *> m_tiles;
    int m_columns = 0; // of the grid as laid out, 0 when it must be laid out again
    QLabel *m_noServices;
    QList<QLabel *> m_headings;
    QVector<FitLabel *> m_incidentLines; // two lines per incident shown
    PhaseBars *m_phases;
    QVector<FitLabel *> m_reportLines;
    QTimer m_tick;
};
