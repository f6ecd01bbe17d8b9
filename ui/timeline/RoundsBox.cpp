#include "ui/timeline/RoundsBox.h"

#include "models/checklist/ChecklistNode.h"
#include "models/session/LaunchRecord.h"
#include "models/timeline/LaunchTimeline.h"
#include "models/timeline/TimeWords.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The button's words for one more round of an open-ended plan ("Hour", "Day", ... as roundName() says).
QString addRoundText(const QString &roundName)
{
    if (roundName == QLatin1String("Hour"))
        return RoundsBox::tr("Add hour");
    if (roundName == QLatin1String("Day"))
        return RoundsBox::tr("Add day");
    if (roundName == QLatin1String("Week"))
        return RoundsBox::tr("Add week");
    if (roundName == QLatin1String("Month"))
        return RoundsBox::tr("Add month");
    return RoundsBox::tr("Add round");
}

} // namespace

RoundsBox::RoundsBox(LaunchTimeline *timeline, QWidget *parent)
    : QGroupBox(parent),
      m_timeline(timeline),
      m_reading(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(this))
{
    m_reading->setWordWrap(true);
    m_reading->setObjectName(QStringLiteral("roundsReading"));
    setObjectName(QStringLiteral("roundsBox"));
    m_list->setObjectName(QStringLiteral("roundsList"));
    m_add->setObjectName(QStringLiteral("addRoundButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reading);
    layout->addWidget(m_list);
    layout->addWidget(m_add, 0, Qt::AlignRight);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const Status s =
            m_timeline->setRoundDone(m_owner, item->data(Qt::UserRole).toInt(), item->checkState() == Qt::Checked);
        if (!s)
            emit changeFailed(s.message());
        refresh();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const auto added = m_timeline->addRound(m_owner); !added)
            emit changeFailed(added.error().message);
        refresh();
    });
    connect(timeline, &LaunchTimeline::roundsChanged, this, &RoundsBox::refresh);
    connect(timeline, &LaunchTimeline::statusesChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_owner))
            refresh();
    });
    hide();
}

void RoundsBox::showItem(const QString &id)
{
    m_owner = m_timeline->roundOwner(id);
    refresh();
}

void RoundsBox::refresh()
{
    const RoundPlan *plan = m_timeline->schedule().roundPlan(m_owner);
    setVisible(plan != nullptr);
    if (!plan)
        return;
    const ChecklistDocument *doc = m_timeline->session()->document();
    const ChecklistNode *owner = doc ? doc->find(m_owner) : nullptr;
    const QVector<RoundStatus> rounds = m_timeline->roundsOf(m_owner);
    int done = 0;
    for (const RoundStatus &r : rounds)
        done += r.done;
    setTitle(tr("Rounds: %1 of %2 done").arg(done).arg(rounds.size()));
    // The reading of the checklist's words, so that a wrong one is seen.
    m_reading->setText(tr("%1, each round ticked on its own (the checklist says: %2).")
                           .arg(owner ? owner->title() : m_owner, plan->words));
    const QSignalBlocker block(m_list);
    const int scroll = m_list->count() == rounds.size() ? m_list->currentRow() : -1;
    m_list->clear();
    const bool writable = !m_timeline->session()->isReadOnly();
    int current = -1;
    for (const RoundStatus &r : rounds) {
        QString text = r.round.label;
        if (r.from.isValid()) {
            text += QStringLiteral("  %1–%2").arg(
                QLocale().toString(r.from.toLocalTime(), tr("ddd HH:mm", "date format: weekday and time")),
                shownTime(r.to));
        }
        if (r.state != DueState::None && r.state != DueState::NotDueYet)
            text += QStringLiteral("  — ") + dueStateWord(r.state);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, r.round.number);
        item->setFlags(writable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                                : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(r.done ? Qt::Checked : Qt::Unchecked);
        if (const QColor c = dueStateBackground(r.state); c.isValid() && r.state != DueState::DueNow) {
            item->setBackground(c);
            item->setForeground(QColor(Qt::black));
        }
        if (current < 0 && !r.done && (r.state == DueState::DueNow || r.state == DueState::DueSoon))
            current = int(m_list->count() - 1);
    }
    m_list->setMaximumHeight(8 * (m_list->sizeHintForRow(0) + 2) + 8);
    const int row = scroll >= 0 ? scroll : current;
    if (row >= 0) {
        m_list->setCurrentRow(row);
        m_list->scrollToItem(m_list->item(row), QAbstractItemView::PositionAtCenter);
    }
    m_add->setVisible(!plan->span.open);
    m_add->setEnabled(writable);
    m_add->setText(addRoundText(plan->recurrence.roundName()));
}
