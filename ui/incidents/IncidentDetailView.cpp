#include "ui/incidents/IncidentDetailView.h"

#include "models/incidents/IncidentDesk.h"
#include "models/timeline/TimeWords.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString hhmm(const QDateTime &t)
{
    return shownTime(t);
}

QString contactLine(const Contact &c)
{
    QStringList details;
    for (const QString &d : {c.name, c.phone, c.email}) {
        if (!d.isEmpty())
            details.append(d.toHtmlEscaped());
    }
    const QString who = QStringLiteral("<b>%1</b>").arg(c.role.toHtmlEscaped());
    if (details.isEmpty())
        return QObject::tr("%1 — <i>no contact details yet</i>").arg(who);
    return QStringLiteral("%1 — %2").arg(who, details.join(QStringLiteral(" · ")));
}

QString timerText(const IncidentTimer &t)
{
    QString elapsed = IncidentLog::formatDuration(t.elapsedSecs);
    if (t.targetSecs < 0)
        return elapsed;
    if (t.targetSecs == 0)
        return QObject::tr("%1 (immediately)").arg(elapsed);
    return QObject::tr("%1 of %2").arg(elapsed, IncidentLog::formatDuration(t.targetSecs));
}

} // namespace

IncidentDetailView::IncidentDetailView(IncidentDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_header(new QLabel(this)),
      m_levelLabel(new QLabel(this)),
      m_levelCombo(new QComboBox(this)),
      m_escalate(new QPushButton(tr("Escalate"), this)),
      m_call(new QLabel(this)),
      m_response(new QLabel(this)),
      m_acknowledge(new QPushButton(tr("Acknowledged"), this)),
      m_steps(new QListWidget(this)),
      m_rollbackLabel(new QLabel(this)),
      m_rollback(new QPushButton(this)),
      m_timeline(new QListWidget(this)),
      m_noteEdit(new QLineEdit(this)),
      m_addNote(new QPushButton(tr("Add note"), this)),
      m_resolved(new QLabel(this)),
      m_resolutionEdit(new QLineEdit(this)),
      m_resolve(new QPushButton(tr("Resolve"), this)),
      m_body(new QWidget(this)),
      m_empty(new QLabel(tr("Select an incident, or open one from the Incidents menu."), this)),
      m_tick(new QTimer(this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_call->setTextFormat(Qt::RichText);
    m_call->setWordWrap(true);
    m_call->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_noteEdit->setPlaceholderText(tr("What happened, what was decided…"));
    m_resolutionEdit->setPlaceholderText(tr("How it was resolved"));
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setMinimumHeight(150);

    auto *escalation = new QGroupBox(tr("Escalation"), m_body);
    auto *el = new QVBoxLayout(escalation);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelLabel, 1);
    levelRow->addWidget(m_levelCombo);
    levelRow->addWidget(m_escalate);
    el->addLayout(levelRow);
    auto *callRow = new QHBoxLayout;
    callRow->addWidget(m_call, 1);
    auto *contacts = new QPushButton(tr("Contacts…"), escalation);
    callRow->addWidget(contacts, 0, Qt::AlignTop);
    el->addLayout(callRow);
    auto *responseRow = new QHBoxLayout;
    responseRow->addWidget(m_response, 1);
    responseRow->addWidget(m_acknowledge);
    el->addLayout(responseRow);

    auto *steps = new QGroupBox(tr("Response steps"), m_body);
    auto *sl = new QVBoxLayout(steps);
    sl->addWidget(m_steps);

    auto *rollback = new QGroupBox(tr("Rollback"), m_body);
    auto *rl = new QHBoxLayout(rollback);
    rl->addWidget(m_rollbackLabel, 1);
    rl->addWidget(m_rollback);

    auto *timeline = new QGroupBox(tr("Timeline"), m_body);
    auto *tl = new QVBoxLayout(timeline);
    tl->addWidget(m_timeline);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);
    tl->addLayout(noteRow);

    auto *resolution = new QGroupBox(tr("Resolution"), m_body);
    auto *resl = new QVBoxLayout(resolution);
    resl->addWidget(m_resolved);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_resolutionEdit, 1);
    resolveRow->addWidget(m_resolve);
    resl->addLayout(resolveRow);
    m_resolved->setWordWrap(true);

    auto *bl = new QVBoxLayout(m_body);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_header);
    bl->addWidget(escalation);
    bl->addWidget(steps);
    bl->addWidget(rollback);
    bl->addWidget(timeline, 1);
    bl->addWidget(resolution);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);

    connect(m_steps, &QListWidget::itemChanged, this, &IncidentDetailView::stepChanged);
    connect(m_escalate, &QPushButton::clicked, this,
            [this] { report(true, m_desk->escalate(m_id, m_levelCombo->currentData().toInt()).message()); });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { report(true, m_desk->acknowledge(m_id).message()); });
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const Incident *i = m_desk->log().find(m_id);
        if (!i)
            return;
        const bool running = i->rollbackStartedAt.isValid() && !i->rollbackFinishedAt.isValid();
        report(true, (running ? m_desk->finishRollback(m_id, tr("completed")) : m_desk->startRollback(m_id)).message());
    });
    auto addNote = [this] {
        const Status s = m_desk->addNote(m_id, m_noteEdit->text());
        if (s)
            m_noteEdit->clear();
        report(s.ok(), s.message());
    };
    connect(m_addNote, &QPushButton::clicked, this, addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, addNote);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        const Status s = m_desk->resolve(m_id, m_resolutionEdit->text());
        if (s)
            m_resolutionEdit->clear();
        report(s.ok(), s.message());
    });
    connect(contacts, &QPushButton::clicked, this, &IncidentDetailView::contactsRequested);
    connect(m_desk, &IncidentDesk::incidentsChanged, this, &IncidentDetailView::rebuild);
    connect(m_desk, &IncidentDesk::contactsChanged, this, &IncidentDetailView::rebuild);
    connect(m_desk, &IncidentDesk::playbookChanged, this, &IncidentDetailView::rebuild);
    connect(m_tick, &QTimer::timeout, this, &IncidentDetailView::updateTimers);
    m_tick->start(1000);
    rebuild();
}

void IncidentDetailView::showIncident(const QString &id)
{
    m_id = id;
    rebuild();
}

void IncidentDetailView::report(bool, const QString &message)
{
    if (!message.isEmpty())
        emit changeFailed(message);
}

void IncidentDetailView::stepChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    const int step = m_steps->row(item) + 1;
    const Status s = m_desk->setStepDone(m_id, step, item->checkState() == Qt::Checked);
    report(s.ok(), s.message());
}

void IncidentDetailView::rebuild()
{
    const Incident *i = m_desk->log().find(m_id);
    m_empty->setVisible(!i);
    m_body->setVisible(i);
    if (!i)
        return;
    m_filling = true;
    const IncidentPlaybook &book = m_desk->playbook();
    QString header = tr("<span style='font-size:large'><b>%1 · %2</b></span><br>%3 · opened %4 by %5")
                         .arg(i->label(), i->title.toHtmlEscaped(), i->type.toHtmlEscaped(), hhmm(i->openedAt),
                              i->openedBy.displayName().toHtmlEscaped());
    if (!i->service.isEmpty())
        header +=
            tr("<br>Linked to the outage of <b>%1</b> (record #%2)").arg(i->service.toHtmlEscaped()).arg(i->outageSeq);
    m_header->setText(header);

    const EscalationLevel *level = book.level(i->level);
    m_levelLabel->setText(level ? tr("<b>Level %1 — %2</b>").arg(level->level).arg(level->name.toHtmlEscaped())
                                : tr("<b>Level %1</b>").arg(i->level));
    m_levelCombo->clear();
    for (const EscalationLevel &l : book.levels())
        m_levelCombo->addItem(tr("Level %1 — %2").arg(l.level).arg(l.name), l.level);
    m_levelCombo->setCurrentIndex(qMax(0, m_levelCombo->findData(qMin(i->level + 1, book.highestLevel()))));
    QStringList call;
    for (const Contact &c : m_desk->whoToCall(i->level))
        call.append(contactLine(c));
    m_call->setText(call.isEmpty() ? tr("<i>The escalation matrix names nobody for this level.</i>")
                                   : tr("Call: ") + call.join(QStringLiteral("<br>")));

    // Ticking a step rebuilds from inside the list's own signal: update the items in place then.
    bool sameSteps = m_steps->count() == i->steps.size() && m_stepsOf == i->id;
    for (int s = 0; sameSteps && s < i->steps.size(); ++s) {
        QListWidgetItem *item = m_steps->item(s);
        item->setCheckState(i->stepDone.at(s) ? Qt::Checked : Qt::Unchecked);
        if (i->isResolved())
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
    }
    if (!sameSteps)
        m_steps->clear();
    m_stepsOf = i->id;
    for (int s = 0; !sameSteps && s < i->steps.size(); ++s) {
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(s + 1).arg(i->steps.at(s)), m_steps);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable
                       | (i->isResolved() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        item->setCheckState(i->stepDone.at(s) ? Qt::Checked : Qt::Unchecked);
    }

    // Every step in sight: a runbook is short, and a scrolled-away step is a forgotten one.
    const int rowHeight = m_steps->count() > 0 ? m_steps->sizeHintForRow(0) : 0;
    m_steps->setFixedHeight(rowHeight * int(m_steps->count()) + 2 * m_steps->frameWidth() + 6);
    m_timeline->clear();
    for (const IncidentEntry &e : i->timeline) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1  %2: %3").arg(hhmm(e.at), e.actor.name, e.text), m_timeline);
        item->setToolTip(tr("%1 by %2, record #%3").arg(shownDateTime(e.at), e.actor.displayName()).arg(e.seq));
        if (e.kind == EventKind::IncidentNoteAdded) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    m_timeline->scrollToBottom();

    const bool open = !i->isResolved();
    for (QWidget *w :
         {static_cast<QWidget *>(m_levelCombo), static_cast<QWidget *>(m_escalate), static_cast<QWidget *>(m_rollback),
          static_cast<QWidget *>(m_resolutionEdit), static_cast<QWidget *>(m_resolve)})
        w->setEnabled(open);
    m_escalate->setEnabled(open && m_levelCombo->count() > 0);
    m_resolutionEdit->setVisible(open);
    m_resolve->setVisible(open);
    QStringList figures;
    if (i->timeToAcknowledgeSecs() >= 0)
        figures.append(tr("acknowledged after %1").arg(IncidentLog::formatDuration(i->timeToAcknowledgeSecs())));
    if (!open)
        figures.append(tr("resolved after %1").arg(IncidentLog::formatDuration(i->timeToResolveSecs())));
    QString resolved =
        open ? QString() : tr("<b>Resolved at %1:</b> %2").arg(hhmm(i->resolvedAt), i->resolution.toHtmlEscaped());
    if (!figures.isEmpty())
        resolved += (resolved.isEmpty() ? QString() : QStringLiteral("<br>")) + tr("Time to acknowledge / resolve: ")
            + figures.join(QStringLiteral(", "));
    m_resolved->setText(resolved);
    m_resolved->setVisible(!resolved.isEmpty());
    m_filling = false;
    updateTimers();
}

void IncidentDetailView::updateTimers()
{
    const Incident *i = m_desk->log().find(m_id);
    if (!i)
        return;
    const QDateTime now = m_desk->clock().now();
    const int minutes = m_desk->responseMinutes(i->level);
    const IncidentTimer response = i->responseTimer(now, minutes);
    QString text;
    QString style;
    if (i->isAcknowledged()) {
        text = tr("Response: acknowledged after %1").arg(timerText(response));
        style = QStringLiteral("color:#1d7a2e");
    } else if (!response.running) {
        text = tr("Response: not acknowledged");
    } else {
        text = tr("Response timer: %1").arg(timerText(response));
        if (response.overdue()) {
            text += tr(" — overdue by %1").arg(IncidentLog::formatDuration(-response.remainingSecs()));
            style = QStringLiteral("color:#b01c1c; font-weight:bold");
        } else if (response.targetSecs > 0) {
            text += tr(" — due at %1").arg(hhmm(i->levelSince.addSecs(response.targetSecs)));
        }
    }
    m_response->setText(text);
    m_response->setStyleSheet(style);
    m_acknowledge->setEnabled(response.running);

    const int target = m_desk->playbook().rollbackTargetMinutes();
    const IncidentTimer rb = i->rollbackTimer(now, target);
    const QString targetText = target > 0 ? tr("target %1 min").arg(target) : tr("no target in the checklist");
    QString rbStyle;
    if (!rb.started) {
        m_rollbackLabel->setText(tr("Not started (%1)").arg(targetText));
        m_rollback->setText(tr("Start rollback"));
    } else if (rb.running) {
        m_rollbackLabel->setText(tr("Rolling back: %1").arg(timerText(rb)));
        m_rollback->setText(tr("Rollback finished"));
        rbStyle = rb.overdue() ? QStringLiteral("color:#b01c1c; font-weight:bold") : QString();
    } else {
        m_rollbackLabel->setText(tr("Rolled back in %1 (%2)%3")
                                     .arg(IncidentLog::formatDuration(rb.elapsedSecs), targetText,
                                          rb.overdue() ? tr(" — over target") : QString()));
        m_rollback->setText(tr("Start rollback"));
    }
    m_rollbackLabel->setStyleSheet(rbStyle);
}
