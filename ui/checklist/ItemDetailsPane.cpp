#include "ui/checklist/ItemDetailsPane.h"

#include "models/checklist/ChecklistNode.h"
#include "models/itemmodels/HistoryModel.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "ui/checklist/CommandView.h"
#include "ui/checklist/FieldEditor.h"
#include "ui/timeline/RoundsBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using Kind = ChecklistNode::Kind;

ItemDetailsPane::ItemDetailsPane(ChecklistDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_session(&desk->record()),
      m_breadcrumb(new QLabel(this)),
      m_title(new QLabel(this)),
      m_doneBox(new QCheckBox(tr("Done"), this)),
      m_paragraphs(new QLabel(this)),
      m_stepsBox(new QGroupBox(tr("Steps"), this)),
      m_steps(new QListWidget(m_stepsBox)),
      m_fieldsBox(new QGroupBox(tr("Values"), this)),
      m_fieldsForm(new QFormLayout(m_fieldsBox)),
      m_commandsBox(new QGroupBox(tr("Commands"), this)),
      m_commandsLayout(new QVBoxLayout(m_commandsBox)),
      m_noteBox(new QGroupBox(tr("Note"), this)),
      m_noteEdit(new QPlainTextEdit(m_noteBox)),
      m_saveNote(new QPushButton(tr("Save note"), m_noteBox)),
      m_history(new HistoryModel(this)),
      m_historyView(new QTableView(this))
{
    setObjectName(QStringLiteral("itemDetails"));
    m_breadcrumb->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_breadcrumb->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paragraphs->setWordWrap(true);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What happened, who was called, what is pending… (Ctrl+Return saves)"));
    m_noteEdit->setMaximumHeight(90);
    m_noteEdit->setTabChangesFocus(true); // Tab leaves the note; a note is rarely tabbed text
    // Space on the tree ticks; Tab goes through what needs the keyboard here.
    m_doneBox->setFocusPolicy(Qt::ClickFocus);

    auto *stepsLayout = new QVBoxLayout(m_stepsBox);
    stepsLayout->addWidget(m_steps);
    auto *noteLayout = new QVBoxLayout(m_noteBox);
    noteLayout->addWidget(m_noteEdit);
    noteLayout->addWidget(m_saveNote, 0, Qt::AlignRight);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    m_contentLayout = contentLayout;
    contentLayout->addWidget(m_breadcrumb);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_doneBox);
    contentLayout->addWidget(m_paragraphs);
    contentLayout->addWidget(m_stepsBox);
    contentLayout->addWidget(m_fieldsBox);
    contentLayout->addWidget(m_commandsBox);
    contentLayout->addWidget(m_noteBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_historyView->setModel(m_history);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *historyBox = new QGroupBox(tr("History of this item"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_historyView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_doneBox, &QCheckBox::clicked, this, [this](bool checked) {
        if (const Status s = m_desk->setDone(m_itemId, checked); !s)
            emit changeFailed(s.message());
        refreshValues();
    });
    connect(m_steps, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (const Status s = m_desk->setDone(id, item->checkState() == Qt::Checked); !s)
            emit changeFailed(s.message());
        refreshValues();
    });
    connect(m_saveNote, &QPushButton::clicked, this, &ItemDetailsPane::saveNote);
    auto *saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEdit);
    saveShortcut->setContext(Qt::WidgetShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &ItemDetailsPane::saveNote);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ItemDetailsPane::backToTree);
    connect(m_session, &LaunchRecord::itemsChanged, this, [this](const QStringList &ids) {
        bool relevant = ids.contains(m_itemId);
        for (int i = 0; m_node && !relevant && i < m_node->childCount(); ++i)
            relevant = ids.contains(m_node->child(i)->id());
        if (relevant)
            refreshValues();
    });
    connect(m_session, &LaunchRecord::documentReplaced, this, [this] { showItem(m_itemId); });
    connect(m_session, &LaunchRecord::timingChanged, this, [this] { refreshValues(); });
    // A change the writer could not save is shown at the item it was for.
    connect(m_session, &LaunchRecord::writeFailed, this, [this](const QString &subject, const QString &message) {
        const ChecklistNode *n = m_session->document() ? m_session->document()->find(subject) : nullptr;
        if (subject != m_itemId && !(n && m_node && n->parent() == m_node))
            return;
        refreshValues();
        emit changeFailed(message);
    });
    showItem(QString());
}

QList<FieldEditor *> ItemDetailsPane::fieldEditors() const
{
    QList<FieldEditor *> out;
    for (const auto &e : m_editors) {
        if (e)
            out.append(e);
    }
    return out;
}

void ItemDetailsPane::showItem(const QString &id)
{
    m_itemId = id;
    m_node = m_session->document() ? m_session->document()->find(id) : nullptr;
    if (m_node && m_node->kind() == Kind::Document)
        m_node = nullptr;
    rebuild();
    if (m_rounds)
        m_rounds->showItem(m_node ? id : QString());
}

void ItemDetailsPane::setTimeline(LaunchTimeline *timeline)
{
    m_rounds = new RoundsBox(timeline, this);
    m_contentLayout->insertWidget(m_contentLayout->indexOf(m_paragraphs) + 1, m_rounds);
    connect(m_rounds, &RoundsBox::changeFailed, this, &ItemDetailsPane::changeFailed);
    m_rounds->showItem(m_node ? m_itemId : QString());
}

void ItemDetailsPane::clearDynamic()
{
    for (const auto &e : std::as_const(m_editors))
        delete e;
    m_editors.clear();
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    while (QLayoutItem *item = m_commandsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ItemDetailsPane::rebuild()
{
    clearDynamic();
    const bool has = m_node != nullptr;
    const bool writable = !m_session->isReadOnly();
    if (!has) {
        m_breadcrumb->clear();
        m_title->setText(tr("Select an item of the checklist"));
        m_paragraphs->setText(tr("Space ticks the selected item, Ctrl+F searches, Ctrl+Z undoes your last change."));
        m_paragraphs->show();
    } else {
        QStringList crumbs;
        for (const ChecklistNode *p = m_node->parent(); p && p->kind() != Kind::Document; p = p->parent())
            crumbs.prepend(p->title());
        m_breadcrumb->setText(crumbs.join(QStringLiteral(" › ")));
        m_title->setText(m_node->title());
        m_paragraphs->setText(m_node->paragraphs().join(QStringLiteral("\n\n")));
        m_paragraphs->setVisible(!m_node->paragraphs().isEmpty());
    }
    m_doneBox->setVisible(has && m_node->isTickable());
    m_doneBox->setEnabled(writable);

    int tickableChildren = 0;
    for (int i = 0; has && i < m_node->childCount(); ++i)
        tickableChildren += m_node->child(i)->isTickable();
    m_stepsBox->setVisible(tickableChildren > 0);

    m_fieldsBox->setVisible(has && !m_node->fields().isEmpty());
    if (has) {
        for (const ChecklistField &f : m_node->fields()) {
            auto *editor = new FieldEditor(m_desk, m_node->id(), f, m_fieldsBox);
            editor->setSignOff(m_signOff);
            m_editors.append(editor);
            m_fieldsForm->addRow(f.label.isEmpty() ? tr("Value:") : f.label + QLatin1Char(':'), editor);
        }
        // A task's steps often carry its commands ("PostgreSQL connection: `pg_isready`").
        QStringList commands = m_node->commands();
        for (int i = 0; i < m_node->childCount(); ++i)
            commands += m_node->child(i)->commands();
        commands.removeDuplicates();
        for (const QString &command : std::as_const(commands))
            m_commandsLayout->addWidget(new CommandView(command, m_commandsBox));
        m_commandsBox->setVisible(!commands.isEmpty());
    } else {
        m_commandsBox->hide();
    }
    m_noteBox->setVisible(has);
    m_noteEdit->setReadOnly(!writable);
    m_saveNote->setEnabled(writable);
    m_noteEdit->document()->setModified(false);
    refreshValues();
}

void ItemDetailsPane::refreshValues()
{
    if (!m_node) {
        m_history->setEvents({}, nullptr);
        return;
    }
    m_doneBox->setChecked(m_session->isDone(m_itemId));
    const QSignalBlocker block(m_steps);
    m_steps->clear();
    for (int i = 0; i < m_node->childCount(); ++i) {
        const ChecklistNode *child = m_node->child(i);
        if (!child->isTickable())
            continue;
        auto *item = new QListWidgetItem(child->title(), m_steps);
        item->setData(Qt::UserRole, child->id());
        item->setFlags(m_session->isReadOnly() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_session->isDone(child->id()) ? Qt::Checked : Qt::Unchecked);
    }
    m_steps->setMaximumHeight(qMin(8, m_steps->count()) * (m_steps->sizeHintForRow(0) + 2) + 8);
    for (const auto &e : std::as_const(m_editors)) {
        if (e)
            e->showStoredValue();
    }
    if (!m_noteEdit->document()->isModified()) {
        m_noteEdit->setPlainText(m_session->note(m_itemId));
        m_noteEdit->document()->setModified(false);
    }
    const auto history = m_session->history(m_itemId);
    m_history->setEvents(history ? history.value() : QVector<AuditEvent>(), m_node);
    m_historyView->resizeColumnsToContents();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->scrollToBottom();
}

void ItemDetailsPane::setSignOff(const SignOffDesk *signOff)
{
    m_signOff = signOff;
    for (const auto &e : std::as_const(m_editors)) {
        if (e)
            e->setSignOff(signOff);
    }
}

QList<QWidget *> ItemDetailsPane::inputChain() const
{
    QList<QWidget *> chain;
    for (const auto &e : m_editors) {
        if (e && e->input() && e->isEnabled())
            chain.append(e->input());
    }
    if (m_stepsBox->isVisibleTo(this) && m_steps->count() > 0)
        chain.append(m_steps);
    if (m_noteBox->isVisibleTo(this)) {
        chain.append(m_noteEdit);
        if (m_saveNote->isEnabled())
            chain.append(m_saveNote);
    }
    return chain;
}

void ItemDetailsPane::focusFirstInput()
{
    const QList<QWidget *> chain = inputChain();
    if (chain.isEmpty())
        return;
    chain.first()->setFocus(Qt::TabFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(chain.first()))
        line->selectAll();
}

bool ItemDetailsPane::focusNextPrevChild(bool next)
{
    const QList<QWidget *> chain = inputChain();
    QWidget *focused = focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < chain.size() && at < 0; ++i) {
        if (chain.at(i) == focused || chain.at(i)->isAncestorOf(focused))
            at = i;
    }
    if (at < 0)
        return QWidget::focusNextPrevChild(next);
    const qsizetype to = next ? at + 1 : at - 1;
    if (to < 0 || to >= chain.size()) {
        emit backToTree();
        return true;
    }
    chain.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(chain.at(to)))
        line->selectAll();
    return true;
}

bool ItemDetailsPane::saveNote()
{
    if (!m_node)
        return false;
    if (const Status s = m_desk->setNote(m_itemId, m_noteEdit->toPlainText()); !s) {
        emit changeFailed(s.message());
        return false;
    }
    m_noteEdit->document()->setModified(false);
    refreshValues();
    return true;
}
