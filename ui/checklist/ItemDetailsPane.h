#pragma once

#include <QPointer>
#include <QWidget>

class ChecklistNode;
class ChecklistDesk;
class LaunchRecord;
class FieldEditor;
class HistoryModel;
class LaunchTimeline;
class RoundsBox;
class SignOffDesk;
class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QVBoxLayout;

// Everything about the selected item: its sub-steps, blanks, note, commands to copy and its
// own history from the audit trail.
class ItemDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ItemDetailsPane(ChecklistDesk *desk, QWidget *parent = nullptr);

    void showItem(const QString &id);
    QString itemId() const { return m_itemId; }
    QList<FieldEditor *> fieldEditors() const;
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    HistoryModel *historyModel() const { return m_history; }
    bool saveNote();
    // Shows the rounds of recurring items (ticked on their own) from the timeline.
    void setTimeline(LaunchTimeline *timeline);
    RoundsBox *roundsBox() const { return m_rounds; }
    // The sign-off: a value change that would invalidate a signature is asked about first.
    void setSignOff(const SignOffDesk *signOff);
    // Enter or F2 on an item: its first value, or its note when it has none.
    void focusFirstInput();
    // What Tab reaches in the pane, in order: the values, the steps, the note, Save note.
    QList<QWidget *> inputChain() const;

signals:
    void changeFailed(const QString &message);
    // Esc, or Tab past the last input (Shift+Tab before the first): back to the checklist.
    void backToTree();

protected:
    bool focusNextPrevChild(bool next) override;

private:
    void rebuild();
    void refreshValues();
    void clearDynamic();

    ChecklistDesk *m_desk;
    LaunchRecord *m_session;
    QString m_itemId;
    const ChecklistNode *m_node = nullptr;

    QLabel *m_breadcrumb;
    QLabel *m_title;
    QCheckBox *m_doneBox;
    QLabel *m_paragraphs;
    QGroupBox *m_stepsBox;
    QListWidget *m_steps;
    QGroupBox *m_fieldsBox;
    QFormLayout *m_fieldsForm;
    QGroupBox *m_commandsBox;
    QVBoxLayout *m_commandsLayout;
    QGroupBox *m_noteBox;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_saveNote;
    HistoryModel *m_history;
    QTableView *m_historyView;
    QList<QPointer<FieldEditor>> m_editors;
    QVBoxLayout *m_contentLayout = nullptr;
    RoundsBox *m_rounds = nullptr;
    const SignOffDesk *m_signOff = nullptr;
};
