#include "ui/checklist/ChecklistPanel.h"

#include "models/checklist/ChecklistNode.h"
#include "models/itemmodels/ChecklistFilter.h"
#include "models/itemmodels/ChecklistTreeModel.h"
#include "models/session/ChecklistDesk.h"
#include "models/session/LaunchRecord.h"
#include "ui/checklist/ProgressDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProgressBar>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

ChecklistPanel::ChecklistPanel(ChecklistDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_session(&desk->record()),
      m_model(new ChecklistTreeModel(desk, this)),
      m_proxy(new ChecklistFilterProxy(this)),
      m_showCombo(new QComboBox(this)),
      m_searchEdit(new QLineEdit(this)),
      m_overall(new QProgressBar(this)),
      m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_showCombo->addItem(tr("All items"), int(ChecklistFilterProxy::Show::All));
    m_showCombo->addItem(tr("Open items"), int(ChecklistFilterProxy::Show::Open));
    m_showCombo->addItem(tr("Done items"), int(ChecklistFilterProxy::Show::Done));
    m_showCombo->setObjectName(QStringLiteral("showCombo"));
    m_searchEdit->setPlaceholderText(tr("Search the checklist (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));

    m_tree->setModel(m_proxy);
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_tree->setItemDelegateForColumn(ChecklistTreeModel::ProgressColumn, new ProgressDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The titles take the width; Progress and Due only what they show. A title too long for
    // its column keeps its start and end ("Phase 1: One…Launch"), the whole of it in the tooltip.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setIndentation(qMax(12, fontMetrics().height() * 3 / 4));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setMinimumSectionSize(40);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::ProgressColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::DueColumn, QHeaderView::Interactive);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showCombo);
    filters->addWidget(m_searchEdit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_overall);
    layout->addWidget(m_tree, 1);

    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShow(ChecklistFilterProxy::Show(m_showCombo->currentData().toInt()));
        m_tree->expandAll();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        if (text.isEmpty())
            expandToSections();
        else
            m_tree->expandAll();
    });
    // Enter in the search goes to the first match (not the first row), Down likewise.
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_tree->setCurrentIndex(QModelIndex());
        goToMatch(true);
        focusTree();
    });
    m_searchEdit->installEventFilter(this);
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this); // its width is what the columns share
    for (const auto &[keys, forward] :
         {std::pair{QKeySequence(Qt::Key_F3), true}, std::pair{QKeySequence(Qt::SHIFT | Qt::Key_F3), false}}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const bool ahead = forward;
        connect(shortcut, &QShortcut::activated, this, [this, ahead] { goToMatch(ahead); });
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit currentItemChanged(currentItemId()); });
    connect(m_model, &ChecklistTreeModel::changeFailed, this, &ChecklistPanel::changeFailed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistPanel::updateProgress);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChecklistPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateProgress();
        expandToSections();
    });
    updateProgress();
    expandToSections();
}

QString ChecklistPanel::currentItemId() const
{
    return m_tree->currentIndex().data(ChecklistTreeModel::NodeIdRole).toString();
}

void ChecklistPanel::selectItem(const QString &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void ChecklistPanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void ChecklistPanel::focusTree()
{
    m_tree->setFocus(Qt::OtherFocusReason);
    if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
}

void ChecklistPanel::goToMatch(bool forward)
{
    const QModelIndex match = m_proxy->nextMatch(m_tree->currentIndex(), forward);
    if (!match.isValid())
        return;
    m_tree->scrollTo(match);
    m_tree->setCurrentIndex(match);
}

void ChecklistPanel::fitColumns()
{
    // Due as wide as what it says, as long as the titles keep room for most of them (from a
    // quarter of the tree up to two fifths where the tree is wide).
    QHeaderView *header = m_tree->header();
    const int room = m_tree->viewport()->width();
    const int titles = fontMetrics().averageCharWidth() * 48;
    const int most = qMax(header->minimumSectionSize(), qBound(room / 4, room - titles, room * 2 / 5));
    m_tree->resizeColumnToContents(ChecklistTreeModel::DueColumn);
    if (header->sectionSize(ChecklistTreeModel::DueColumn) > most)
        header->resizeSection(ChecklistTreeModel::DueColumn, most);
}

bool ChecklistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == m_searchEdit && plain && key->key() == Qt::Key_Down) {
        m_tree->setCurrentIndex(QModelIndex());
        goToMatch(true);
        focusTree();
        return true;
    }
    if (watched == m_tree && plain && m_tree->currentIndex().isValid()
        && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2
            || key->key() == Qt::Key_Tab)) {
        emit inputRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistPanel::updateProgress()
{
    const ChecklistDocument *doc = m_session->document();
    const QModelIndex root;
    int done = 0;
    int total = 0;
    for (int row = 0; row < m_model->rowCount(root); ++row) {
        const QModelIndex phase = m_model->index(row, 0, root);
        done += phase.data(ChecklistTreeModel::TaskDoneRole).toInt();
        total += phase.data(ChecklistTreeModel::TaskTotalRole).toInt();
    }
    m_overall->setRange(0, qMax(1, total));
    m_overall->setValue(done);
    m_overall->setFormat(
        tr("%1 of %n task(s) done (%p%) — %2", nullptr, total).arg(done).arg(doc ? doc->title() : QString()));
}

void ChecklistPanel::expandToSections()
{
    // Phases and sections open, tasks closed: the launch plan at a glance, steps on demand.
    // The column sized to its contents is sized once at the end, not over every visible row at
    // each of the thousands of sections a large checklist opens.
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(ChecklistTreeModel::ProgressColumn, QHeaderView::Fixed);
    m_tree->collapseAll();
    m_tree->expandToDepth(0);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex phase = m_proxy->index(row, 0);
        for (int r = 0; r < m_proxy->rowCount(phase); ++r) {
            const QModelIndex child = m_proxy->index(r, 0, phase);
            const auto kind = ChecklistNode::Kind(child.data(ChecklistTreeModel::KindRole).toInt());
            if (kind == ChecklistNode::Kind::Section)
                m_tree->expand(child);
        }
    }
    header->setSectionResizeMode(ChecklistTreeModel::ProgressColumn, QHeaderView::ResizeToContents);
}
