#pragma once

#include "models/checklist/ChecklistField.h"

#include <QWidget>

class ChecklistDesk;
class LaunchRecord;
class SignOffDesk;
class QComboBox;
class QLabel;
class QLineEdit;

// The input for one blank of an item: typed, validated on entry, written as an event.
// A rejected value stays in the box with the reason beside it, so nothing typed is lost.
class FieldEditor final : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(ChecklistDesk *desk, const QString &itemId, const ChecklistField &field, QWidget *parent = nullptr);

    void showStoredValue();
    // The box a person types or chooses in (what Tab and Enter on the item reach).
    QWidget *input() const;
    QString errorText() const;
    // Writes what is in the editor; false (and the reason shown) when it is not valid, or when
    // the person chose not to invalidate the signatures that cover this blank.
    bool commit();
    // The sign-off whose standing signatures a change here would invalidate: asked first.
    void setSignOff(const SignOffDesk *signOff) { m_signOff = signOff; }

private:
    QString editorText() const;

    ChecklistDesk *m_desk;
    LaunchRecord *m_session;
    QString m_itemId;
    ChecklistField m_field;
    QLineEdit *m_lineEdit = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_error;
    const SignOffDesk *m_signOff = nullptr;
};
