#include "ui/criteria/CriteriaPanel.h"

#include "models/criteria/CriteriaDesk.h"
#include "models/itemmodels/CriteriaTreeModel.h"
#include "ui/criteria/ConfirmPointDialog.h"
#include "ui/signoff/InvalidationWarning.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace {

enum StatColumn {
    BlankColumn,
    RecordedColumn,
    SourceColumn,
    ProposedColumn,
    ToRecordColumn,
    StatColumnCount
};

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// Tells the panel of every keystroke in a value's editor: Accept follows what is typed, not only
// what was committed when the editor closed.
class TypedValueDelegate final : public QStyledItemDelegate
{
public:
    TypedValueDelegate(std::function<void()> typed, QObject *parent)
        : QStyledItemDelegate(parent), m_typed(std::move(typed))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            QObject::connect(line, &QLineEdit::textChanged, line, [typed = m_typed] { typed(); });
        return editor;
    }

private:
    std::function<void()> m_typed;
};

// The value to record on a row: the editor's text while one is open on it, else the cell's.
QString valueToRecord(const QTableWidget *table, int row)
{
    if (row < 0 || row >= table->rowCount())
        return {};
    const QModelIndex index = table->model()->index(row, ToRecordColumn);
    if (const auto *editor = qobject_cast<const QLineEdit *>(table->indexWidget(index)))
        return editor->text();
    const QTableWidgetItem *value = table->item(row, ToRecordColumn);
    return value ? value->text() : QString();
}

} // namespace

CriteriaPanel::CriteriaPanel(CriteriaDesk *desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_model(new CriteriaTreeModel(this)),
      m_summaryLabel(new QLabel(this)),
      m_tree(new QTreeView(this)),
      m_measureButton(new QPushButton(tr("&Measure again"), this)),
      m_recordButton(new QPushButton(tr("&Record figures"), this)),
      m_confirmButton(new QPushButton(tr("&Confirm…"), this)),
      m_statsTable(new QTableWidget(0, StatColumnCount, this)),
      m_acceptButton(new QPushButton(tr("&Accept"), this))
{
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_summaryLabel->setWordWrap(true);
    m_recordButton->setToolTip(tr("Append the figures measured now to the launch record, where they differ from "
                                  "what it holds."));
    m_confirmButton->setToolTip(tr("Give your verdict on the selected point, met or not met, with a note."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summaryLabel, 1);
    buttons->addWidget(m_measureButton);
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_confirmButton);

    auto *criteria = new QWidget(this);
    auto *criteriaLayout = new QVBoxLayout(criteria);
    criteriaLayout->setContentsMargins(0, 0, 0, 0);
    criteriaLayout->addLayout(buttons);
    criteriaLayout->addWidget(m_tree);

    m_statsTable->setObjectName(QStringLiteral("day7Table"));
    m_statsTable->setHorizontalHeaderLabels(
        {tr("Day 7 statistic"), tr("In the record"), tr("Source"), tr("Collectors propose"), tr("Value to record")});
    m_statsTable->verticalHeader()->hide();
    m_statsTable->horizontalHeader()->setStretchLastSection(true);
    m_statsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *statsHeader = new QHBoxLayout;
    statsHeader->addWidget(new QLabel(tr("<b>Day 7 statistics</b> — proposed from the collectors over the 7 days "
                                         "after T0; edit a value before accepting it to record it as yours."),
                                      this),
                           1);
    statsHeader->addWidget(m_acceptButton);
    auto *stats = new QWidget(this);
    auto *statsLayout = new QVBoxLayout(stats);
    statsLayout->setContentsMargins(0, 0, 0, 0);
    statsLayout->addLayout(statsHeader);
    statsLayout->addWidget(m_statsTable);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(criteria);
    split->addWidget(stats);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_measureButton, &QPushButton::clicked, m_desk, &CriteriaDesk::refresh);
    connect(m_recordButton, &QPushButton::clicked, this, &CriteriaPanel::recordFigures);
    connect(m_confirmButton, &QPushButton::clicked, this, &CriteriaPanel::confirmSelected);
    connect(m_acceptButton, &QPushButton::clicked, this, &CriteriaPanel::acceptSelected);
    connect(m_tree, &QTreeView::doubleClicked, this, &CriteriaPanel::confirmSelected);
    connect(m_desk, &CriteriaDesk::changed, this, &CriteriaPanel::refreshView);
    connect(m_desk, &CriteriaDesk::recordFailed, this, &CriteriaPanel::changeFailed);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CriteriaPanel::updateButtons);
    connect(m_statsTable, &QTableWidget::currentCellChanged, this, &CriteriaPanel::updateButtons);
    connect(m_statsTable, &QTableWidget::itemChanged, this, &CriteriaPanel::updateButtons);
    m_statsTable->setItemDelegateForColumn(ToRecordColumn, new TypedValueDelegate([this] { updateButtons(); }, this));
    refreshView();
    m_tree->expandAll();
    // Wide enough for the checklist's words and the figures as they come ("99.752 % (25.0 min down)").
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->setColumnWidth(CriteriaTreeModel::TextColumn, 36 * em);
    m_tree->setColumnWidth(CriteriaTreeModel::VerdictColumn, 10 * em);
    m_tree->setColumnWidth(CriteriaTreeModel::FigureColumn, 19 * em);
    m_tree->setColumnWidth(CriteriaTreeModel::ThresholdColumn, 20 * em);
    m_tree->setColumnWidth(CriteriaTreeModel::RecordedColumn, 11 * em);
    m_statsTable->setWordWrap(false);
    m_statsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_statsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_statsTable->setColumnWidth(BlankColumn, 34 * em);
    m_statsTable->setColumnWidth(RecordedColumn, 10 * em);
    m_statsTable->setColumnWidth(SourceColumn, 18 * em);
    m_statsTable->setColumnWidth(ProposedColumn, 22 * em);
}

void CriteriaPanel::refreshView()
{
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setSummaries(m_desk->live(), m_desk->recorded());
    if (wasEmpty)
        m_tree->expandAll();
    const QDateTime from = m_desk->windowFrom();
    const QLocale locale;
    QString window;
    if (!from.isValid())
        window = tr("No T0 recorded yet: the 7-day window has not begun.");
    else if (m_desk->data().now.isValid() && m_desk->data().now < m_desk->windowTo())
        window = tr("7-day window %1 – %2 UTC, still open: figures so far.")
                     .arg(locale.toString(from, QLocale::ShortFormat),
                          locale.toString(m_desk->windowTo(), QLocale::ShortFormat));
    else
        window = tr("7-day window %1 – %2 UTC.")
                     .arg(locale.toString(from, QLocale::ShortFormat),
                          locale.toString(m_desk->windowTo(), QLocale::ShortFormat));
    const QString measuring = m_desk->isRecordPending() ? tr(" Checking the record before the figures are recorded…")
        : m_desk->isMeasuring()                         ? tr(" Measuring…")
                                                        : QString();
    m_summaryLabel->setText(tr("<b>Overall: %1</b> (in the record: %2). %3%4")
                                .arg(CriteriaTreeModel::verdictText(m_model->live().overall),
                                     CriteriaTreeModel::verdictText(m_desk->recorded().overall), window, measuring));
    fillStatistics();
    updateButtons();
}

void CriteriaPanel::fillStatistics()
{
    const QVector<Day7Row> rows = m_desk->day7();
    const int current = m_statsTable->currentRow();
    m_statsTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Day7Row &r = rows.at(i);
        const QString unit = r.field.unit.isEmpty() ? QString() : QLatin1Char(' ') + r.field.unit;
        const QString blank = r.field.group.isEmpty() ? r.field.label : tr("%1: %2").arg(r.field.group, r.field.label);
        auto *blankItem = readOnly(blank);
        blankItem->setData(Qt::UserRole, r.field.item);
        blankItem->setData(Qt::UserRole + 1, r.field.key);
        m_statsTable->setItem(i, BlankColumn, blankItem);
        m_statsTable->setItem(i, RecordedColumn, readOnly(r.field.isFilled() ? r.field.value + unit : tr("—")));
        QString source;
        if (r.field.isFilled())
            source = tr("%1, by %2").arg(r.field.origin.source, r.field.origin.actor.displayName());
        m_statsTable->setItem(i, SourceColumn, readOnly(source));
        auto *proposed = readOnly(r.proposal.hasValue() ? r.proposal.value + unit : r.proposal.note);
        proposed->setToolTip(r.proposal.hasValue() ? r.proposal.source : r.proposal.note);
        if (!r.proposal.hasValue())
            proposed->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_statsTable->setItem(i, ProposedColumn, proposed);
        // Keep what the person is typing; otherwise offer the proposal.
        QTableWidgetItem *toRecord = m_statsTable->item(i, ToRecordColumn);
        if (!toRecord || toRecord->data(Qt::UserRole).toString() != r.proposal.value || toRecord->text().isEmpty()) {
            toRecord = new QTableWidgetItem(r.proposal.value);
            toRecord->setData(Qt::UserRole, r.proposal.value);
            m_statsTable->setItem(i, ToRecordColumn, toRecord);
        }
    }
    if (current >= 0 && current < m_statsTable->rowCount())
        m_statsTable->setCurrentCell(current, ToRecordColumn);
}

void CriteriaPanel::updateButtons()
{
    m_recordButton->setEnabled(!m_desk->isRecordPending());
    const QModelIndex current = m_tree->currentIndex();
    m_confirmButton->setEnabled(current.isValid()
                                && !current.data(CriteriaTreeModel::PointIdRole).toString().isEmpty());
    m_acceptButton->setEnabled(!valueToRecord(m_statsTable, m_statsTable->currentRow()).trimmed().isEmpty());
}

void CriteriaPanel::recordFigures()
{
    const auto recorded = m_desk->recordMeasurements();
    if (!recorded)
        emit changeFailed(recorded.error().message);
}

void CriteriaPanel::confirmSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString point = current.data(CriteriaTreeModel::PointIdRole).toString();
    if (!current.isValid() || point.isEmpty())
        return;
    const QString item = current.data(CriteriaTreeModel::ItemIdRole).toString();
    const QModelIndex criterion = current.parent().siblingAtColumn(CriteriaTreeModel::TextColumn);
    ConfirmPointDialog dialog(criterion.data().toString(),
                              current.siblingAtColumn(CriteriaTreeModel::TextColumn).data().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_desk->confirm(item, point, dialog.verdict(), dialog.note()); !s)
        emit changeFailed(s.message());
}

void CriteriaPanel::acceptSelected()
{
    const int row = m_statsTable->currentRow();
    const QTableWidgetItem *blank = row >= 0 ? m_statsTable->item(row, BlankColumn) : nullptr;
    if (!blank)
        return;
    // What is typed counts even when Accept was reached without leaving the editor (Alt+A).
    const QString item = blank->data(Qt::UserRole).toString();
    const QString key = blank->data(Qt::UserRole + 1).toString();
    const QString value = valueToRecord(m_statsTable, row);
    if (!InvalidationWarning::confirm(this, m_signOff, item, key, value))
        return;
    if (const Status s = m_desk->acceptDay7(item, key, value); !s)
        emit changeFailed(s.message());
}
