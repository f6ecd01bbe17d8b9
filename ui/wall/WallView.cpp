#include "ui/wall/WallView.h"

#include "models/overview/OverviewSource.h"
#include "models/timeline/DueState.h"
#include "models/timeline/TimeWords.h"
#include "ui/wall/FitLabel.h"
#include "ui/wall/PhaseBars.h"
#include "ui/wall/WallTile.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int kIncidentsShown = 3; // more are counted in the last line
constexpr int kReportLines = 4;

QColor overallColour(OverallState state)
{
    switch (state) {
    case OverallState::Operational: return QColor(0x2e, 0x7d, 0x32);
    case OverallState::Degraded: return QColor(0xef, 0x8f, 0x00);
    case OverallState::PartialOutage: return QColor(0xe6, 0x51, 0x00);
    case OverallState::MajorOutage: return QColor(0xc6, 0x28, 0x28);
    case OverallState::NotWatched: break;
    }
    return QColor(0x55, 0x55, 0x55);
}

QLabel *heading(const QString &text, QWidget *parent, QList<QLabel *> *all)
{
    auto *label = new QLabel(text, parent);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    all->append(label);
    return label;
}
} // namespace

WallView::WallView(OverviewSource *source, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_source(source),
      m_title(new FitLabel(this)),
      m_t0Detail(new FitLabel(this)),
      m_now(new FitLabel(this)),
      m_clock(new QLabel(this)),
      m_overall(new QLabel(this)),
      m_tileArea(new QWidget(this)),
      m_tileGrid(new QGridLayout(m_tileArea)),
      m_noServices(new QLabel(tr("No services are watched on this desk."), m_tileArea)),
      m_phases(new PhaseBars(this))
{
    setWindowTitle(tr("Wall — %1").arg(QGuiApplication::applicationDisplayName()));
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x12, 0x14, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    setPalette(dark);
    m_clock->setAlignment(Qt::AlignCenter);
    m_overall->setAlignment(Qt::AlignCenter);
    m_overall->setAutoFillBackground(true);
    m_noServices->setAlignment(Qt::AlignCenter);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileArea->installEventFilter(this);

    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_t0Detail);
    names->addWidget(m_now);
    names->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(names, 3);
    top->addWidget(m_clock, 3);
    top->addWidget(m_overall, 2);

    auto *incidents = new QVBoxLayout;
    incidents->addWidget(heading(tr("Open incidents"), this, &m_headings));
    for (int i = 0; i < kIncidentsShown * 2 + 1; ++i) {
        m_incidentLines.append(new FitLabel(this));
        // An incident's title may take two lines; its level and timers fit one.
        m_incidentLines.last()->setMaxLines(i % 2 == 0 && i < kIncidentsShown * 2 ? 2 : 1);
        incidents->addWidget(m_incidentLines.last());
    }
    incidents->addStretch(1);
    auto *progress = new QVBoxLayout;
    progress->addWidget(heading(tr("Progress"), this, &m_headings));
    progress->addWidget(m_phases, 1);
    auto *report = new QVBoxLayout;
    report->addWidget(heading(tr("Last hourly report"), this, &m_headings));
    for (int i = 0; i < kReportLines; ++i) {
        m_reportLines.append(new FitLabel(this));
        m_reportLines.last()->setMaxLines(i >= 2 ? 2 : 1); // the figures and the issues may need two
        report->addWidget(m_reportLines.last());
    }
    report->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(incidents, 5);
    bottom->addLayout(progress, 4);
    bottom->addLayout(report, 3);

    auto *page = new QVBoxLayout(this);
    page->addLayout(top, 0);
    page->addWidget(m_tileArea, 5);
    page->addLayout(bottom, 3);

    connect(source, &OverviewSource::changed, this, &WallView::refresh);
    connect(&m_tick, &QTimer::timeout, this, &WallView::refresh);
    m_tick.start(1000);
    refresh();
}

void WallView::refresh()
{
    const LaunchOverview o = m_source->overview();
    m_title->setFullText(o.title);
    if (const auto elapsed = o.elapsedSecs()) {
        m_clock->setText(formatSinceT0(*elapsed));
        const QString at =
            QLocale().toString(o.t0.toLocalTime(), tr("ddd d MMM HH:mm", "date format: weekday, day, month and time"));
        m_t0Detail->setFullText((o.t0Recorded ? tr("T0 recorded %1") : tr("T0 planned %1")).arg(at));
    } else {
        m_clock->setText(tr("T0 not set"));
        m_t0Detail->clear();
        m_t0Detail->setFullText(QString());
    }
    m_now->setFullText(tr("Now %1").arg(QLocale().toString(o.now.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    const OverallState overall = o.overall();
    m_overall->setText(overallStateWord(overall));
    QPalette p = m_overall->palette();
    p.setColor(QPalette::Window, overallColour(overall));
    p.setColor(QPalette::WindowText, Qt::white);
    m_overall->setPalette(p);
    showServices(o);
    showIncidents(o);
    m_phases->setPhases(o.phases);
    showReport(o);
}

void WallView::showServices(const LaunchOverview &o)
{
    const bool rebuild = m_tiles.size() != o.services.size();
    while (m_tiles.size() > o.services.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < o.services.size())
        m_tiles.append(new WallTile(m_tileArea));
    for (int i = 0; i < o.services.size(); ++i)
        m_tiles.at(i)->show(o.services.at(i), o.now);
    m_noServices->setVisible(o.services.isEmpty());
    if (rebuild) {
        m_columns = 0;
        reflowTiles();
    }
}

namespace {
// The columns that give the tiles the largest text (as WallTile sizes it: a seventh of the
// height, a tenth of the width), with the fewest empty places on a tie.
int bestColumns(int tiles, QSize area)
{
    int best = 1;
    int bestUnit = -1;
    for (int c = 1; c <= tiles; ++c) {
        const int rows = (tiles + c - 1) / c;
        const int unit = std::min(area.height() / rows / 7, area.width() / c / 10);
        if (unit > bestUnit) { // ties keep the fewer columns, which leave fewer places empty
            best = c;
            bestUnit = unit;
        }
    }
    return best;
}
} // namespace

void WallView::reflowTiles()
{
    const int n = int(m_tiles.size());
    const int columns = n == 0 ? 1 : bestColumns(n, m_tileArea->size());
    if (columns == m_columns)
        return;
    m_columns = columns;
    while (m_tileGrid->count() > 0)
        delete m_tileGrid->takeAt(0);
    for (int c = 0; c < m_tileGrid->columnCount(); ++c)
        m_tileGrid->setColumnStretch(c, 0);
    for (int r = 0; r < m_tileGrid->rowCount(); ++r)
        m_tileGrid->setRowStretch(r, 0);
    if (m_tiles.isEmpty()) {
        m_tileGrid->addWidget(m_noServices, 0, 0);
        return;
    }
    for (int i = 0; i < n; ++i)
        m_tileGrid->addWidget(m_tiles.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_tileGrid->setColumnStretch(c, 1);
    for (int r = 0; r <= (n - 1) / columns; ++r)
        m_tileGrid->setRowStretch(r, 1);
}

void WallView::showIncidents(const LaunchOverview &o)
{
    QStringList lines;
    QVector<bool> alarm;
    const int shown = std::min(int(o.incidents.size()), kIncidentsShown);
    for (int i = 0; i < shown; ++i) {
        const IncidentAtGlance &inc = o.incidents.at(i);
        lines << tr("%1 %2").arg(inc.label, inc.title);
        alarm << false;
        QString timer;
        if (inc.acknowledged)
            timer = tr("acknowledged");
        else if (inc.response.targetSecs < 0)
            timer = tr("not acknowledged");
        else if (inc.response.overdue())
            timer = tr("response OVERDUE by %1").arg(IncidentLog::formatDuration(-inc.response.remainingSecs()));
        else
            timer = tr("response due in %1").arg(IncidentLog::formatDuration(inc.response.remainingSecs()));
        // The timer first: where the line is cut, it is the level and age that go.
        lines << tr("%1 · Level %2 · open %3").arg(timer).arg(inc.level).arg(IncidentLog::formatDuration(inc.openSecs));
        alarm << (!inc.acknowledged && inc.response.overdue());
    }
    if (o.incidents.size() > shown)
        lines << tr("and %n more", nullptr, int(o.incidents.size() - shown));
    else if (o.incidents.isEmpty())
        lines << tr("None");
    for (int i = 0; i < m_incidentLines.size(); ++i) {
        FitLabel *line = m_incidentLines.at(i);
        line->setFullText(lines.value(i));
        line->setVisible(i < lines.size());
        QPalette p = palette();
        if (alarm.value(i))
            p.setColor(QPalette::WindowText, QColor(0xff, 0x6e, 0x6e));
        line->setPalette(p);
    }
}

void WallView::showReport(const LaunchOverview &o)
{
    QStringList lines;
    if (const auto &r = o.lastReport) {
        lines << tr("Hour %1 · until %2").arg(r->hour).arg(shownTime(r->to));
        lines << tr("System health: %1").arg(r->health == Health::Unknown ? tr("—") : healthShownWord(r->health));
        lines << tr("Tickets %1 · Executions %2 · Failures %3")
                     .arg(r->tickets.isEmpty() ? tr("—") : r->tickets,
                          r->executions.isEmpty() ? tr("—") : r->executions,
                          r->failures.isEmpty() ? tr("—") : r->failures);
        if (!r->issues.isEmpty())
            lines << r->issues;
    } else {
        lines << tr("None confirmed yet");
    }
    for (int i = 0; i < m_reportLines.size(); ++i) {
        m_reportLines.at(i)->setFullText(lines.value(i));
        m_reportLines.at(i)->setVisible(i < lines.size());
    }
}

QString WallView::clockText() const
{
    return m_clock->text();
}

QString WallView::overallText() const
{
    return m_overall->text();
}

QStringList WallView::incidentLines() const
{
    QStringList lines;
    for (const FitLabel *l : m_incidentLines)
        if (!l->isHidden())
            lines << l->fullText();
    return lines;
}

QString WallView::reportText() const
{
    QStringList lines;
    for (const FitLabel *l : m_reportLines)
        if (!l->isHidden())
            lines << l->fullText();
    return lines.join(QLatin1Char('\n'));
}

void WallView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

int WallView::unit() const
{
    // A line of text is a 30th of the height, and no wider than the width allows.
    return std::max(12, std::min(height() / 30, width() / 50));
}

void WallView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int u = unit();
    m_title->setPixelSize(u, true);
    m_t0Detail->setPixelSize(u * 4 / 5);
    m_now->setPixelSize(u * 4 / 5);
    QFont clock = font();
    clock.setPixelSize(u * 3);
    clock.setBold(true);
    clock.setStyleHint(QFont::Monospace);
    clock.setFamily(QStringLiteral("DejaVu Sans Mono"));
    m_clock->setFont(clock);
    QFont big = font();
    big.setPixelSize(u * 3 / 2);
    big.setBold(true);
    m_overall->setFont(big);
    m_overall->setMinimumHeight(u * 3);
    for (QLabel *h : std::as_const(m_headings)) {
        QFont f = font();
        f.setPixelSize(u * 4 / 5);
        f.setBold(true);
        f.setCapitalization(QFont::AllUppercase);
        h->setFont(f);
    }
    for (int i = 0; i < m_incidentLines.size(); ++i)
        m_incidentLines.at(i)->setPixelSize(i % 2 == 0 ? u : u * 4 / 5, i % 2 == 0);
    for (int i = 0; i < m_reportLines.size(); ++i)
        m_reportLines.at(i)->setPixelSize(i < 2 ? u : u * 4 / 5, i == 0);
    QFont phases = font();
    phases.setPixelSize(u);
    m_phases->setFont(phases);
    QFont none = font();
    none.setPixelSize(u);
    m_noServices->setFont(none);
    layout()->setContentsMargins(u, u / 2, u, u / 2);
    layout()->setSpacing(u / 2);
    m_tileGrid->setSpacing(u / 3);
}

bool WallView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tileArea && event->type() == QEvent::Resize)
        reflowTiles();
    return QWidget::eventFilter(watched, event);
}
