#include "ui/team/CollisionsDialog.h"

#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

CollisionsDialog::CollisionsDialog(ChecklistDesk *desk, QWidget *parent)
    : QDialog(parent),
      m_desk(desk),
      m_session(&desk->record()),
      m_collisions(desk),
      m_heading(new QLabel(this)),
      m_list(new QVBoxLayout)
{
    setWindowTitle(tr("Changes that met another desk's change"));
    setModal(false);
    m_heading->setWordWrap(true);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_list);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void CollisionsDialog::addCollisions(const QVector<AuditEvent> &offlineEvents)
{
    for (const OfflineCollision &c : m_collisions.findAll(offlineEvents))
        addRow(c);
    updateHeading();
}

void CollisionsDialog::addRow(const OfflineCollision &c)
{
    Row row;
    row.collision = c;
    row.box = new QFrame(this);
    static_cast<QFrame *>(row.box)->setFrameShape(QFrame::StyledPanel);
    row.text = new QLabel(row.box);
    row.text->setTextFormat(Qt::RichText);
    row.text->setWordWrap(true);
    const QString sharedAt = c.sharedAt();
    const QString mine =
        tr("<b>Yours:</b> %1 — made offline at %2%3")
            .arg(OfflineCollision::changeText(c.mine, *m_session).toHtmlEscaped(),
                 OfflineCollision::timeText(c.mine.timeUtc),
                 sharedAt.isEmpty() ? QString() : tr(", shared at %1").arg(OfflineCollision::timeText(sharedAt)));
    const QString theirs = tr("<b>Theirs:</b> %1 — %2 at %3")
                               .arg(c.theirs.actor.displayName().toHtmlEscaped(),
                                    OfflineCollision::changeText(c.theirs, *m_session).toHtmlEscaped(),
                                    OfflineCollision::timeText(c.theirs.timeUtc));
    row.text->setText(QStringLiteral("<b>%1</b><br>%2<br>%3").arg(c.itemTitle.toHtmlEscaped(), mine, theirs));
    row.message = new QLabel(row.box);
    row.message->setWordWrap(true);
    row.message->setStyleSheet(QStringLiteral("color:#b01c1c"));
    row.message->hide();
    row.keepMine = new QPushButton(tr("Keep mine"), row.box);
    row.keepMine->setToolTip(tr("Yours is the later change and stands; nothing more is written."));
    row.takeTheirs = new QPushButton(tr("Take theirs"), row.box);
    row.takeTheirs->setToolTip(tr("Writes their value again, as your new change."));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(row.keepMine);
    buttons->addWidget(row.takeTheirs);
    buttons->addStretch(1);
    auto *texts = new QVBoxLayout;
    texts->addWidget(row.text);
    texts->addWidget(row.message);
    auto *layout = new QHBoxLayout(row.box);
    layout->addLayout(texts, 1);
    layout->addLayout(buttons);
    QWidget *box = row.box;
    connect(row.keepMine, &QPushButton::clicked, this, [this, box] { settle(box, false); });
    connect(row.takeTheirs, &QPushButton::clicked, this, [this, box] { settle(box, true); });
    m_list->addWidget(row.box);
    m_rows.append(row);
}

void CollisionsDialog::settle(QWidget *box, bool takeTheirs)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [box](const Row &r) { return r.box == box; });
    if (it == m_rows.end())
        return;
    if (takeTheirs) {
        if (const Status s = m_collisions.takeTheirs(it->collision); !s) {
            it->message->setText(s.message());
            it->message->show();
            return;
        }
    }
    box->deleteLater();
    m_rows.erase(it);
    updateHeading();
    if (m_rows.isEmpty())
        accept();
}

void CollisionsDialog::updateHeading()
{
    // Both are in the record, theirs first: the later one (yours) is what the checklist shows.
    m_heading->setText(tr("Changes made on this desk while the team record could not be reached met another "
                          "desk's change to the same thing. Both are in the record, yours after theirs, so yours "
                          "stands unless you take theirs. Closing this list keeps yours."));
}

QPushButton *CollisionsDialog::keepMineButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).keepMine : nullptr;
}

QPushButton *CollisionsDialog::takeTheirsButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).takeTheirs : nullptr;
}

QString CollisionsDialog::rowText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).text->text() : QString();
}
