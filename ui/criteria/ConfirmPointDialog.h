#pragma once

#include "models/criteria/CriterionResult.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QDialogButtonBox;

// Asks a person's verdict on one success-criterion point: met or not met, and a note, which is
// required for "not met" (the OK button stays disabled until there is one).
class ConfirmPointDialog final : public QDialog
{
    Q_OBJECT

public:
    ConfirmPointDialog(const QString &criterion, const QString &point, QWidget *parent = nullptr);

    Verdict verdict() const;
    QString note() const;
    void setVerdict(Verdict verdict);
    void setNote(const QString &note);

private:
    void updateOk();

    QRadioButton *m_metRadio;
    QRadioButton *m_notMetRadio;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_hintLabel;
    QDialogButtonBox *m_buttons;
};
