#pragma once

#include "models/overview/LaunchOverview.h"

#include <QWidget>

// Progress per phase as bars, one row each: the phase's title, its bar, "12/20". Painted, so
// that any number of phases share the height without a scroll bar.
class PhaseBars final : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseBars(QWidget *parent = nullptr);
    void setPhases(const QVector<PhaseProgress> &phases);
    const QVector<PhaseProgress> &phases() const { return m_phases; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<PhaseProgress> m_phases;
};
