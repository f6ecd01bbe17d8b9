#pragma once

#include <QWidget>

class ChecklistDesk;
class LaunchRecord;
class ChecklistTreeModel;
class ChecklistFilterProxy;
class QComboBox;
class QLineEdit;
class QProgressBar;
class QTreeView;

// The checklist tree with its filter (all / open / done), text search and overall progress.
class ChecklistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPanel(ChecklistDesk *desk, QWidget *parent = nullptr);

    QString currentItemId() const;
    void selectItem(const QString &id);
    void focusSearch();
    void focusTree();
    QTreeView *treeView() const { return m_tree; }
    ChecklistTreeModel *model() const { return m_model; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    // F3 / Shift+F3: the next (previous) match of the search, selected in the tree.
    void goToMatch(bool forward);

signals:
    void currentItemChanged(const QString &id);
    void changeFailed(const QString &message);
    // Enter, F2 or Tab on an item: the person wants to fill in its values.
    void inputRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateProgress();
    void expandToSections();
    void fitColumns();

    ChecklistDesk *m_desk;
    LaunchRecord *m_session;
    ChecklistTreeModel *m_model;
    ChecklistFilterProxy *m_proxy;
    QComboBox *m_showCombo;
    QLineEdit *m_searchEdit;
    QProgressBar *m_overall;
    QTreeView *m_tree;
};
