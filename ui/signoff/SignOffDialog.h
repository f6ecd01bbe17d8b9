#pragma once

#include "models/signoff/SignOffDesk.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Asks one lead to sign (or refuse) one signature line: shows exactly what is signed — the content's
// summary and its SHA-256 —, the printed name, role, meaning, date and time, and asks for the
// signer's personal passphrase (chosen here on first use). The desk runs the slow passphrase step
// on its worker and decides whether the signature is recorded; this shows progress and result.
class SignOffDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Sign,
        Refuse
    };

    SignOffDialog(SignOffDesk *desk, const QString &role, Mode mode, const QString &defaultName,
                  QWidget *parent = nullptr);

    QString digestShown() const { return m_content.digest(); }

private:
    void nameChanged();
    void submit();
    void derived(const PassphraseProof &proof, const std::optional<SignerKey> &newKey);
    void setBusy(bool busy);

    SignOffDesk *m_desk;
    QString m_role;
    Mode m_mode;
    SignedContent m_content;
    QLineEdit *m_name = nullptr;
    QLabel *m_passLabel = nullptr;
    QLineEdit *m_pass = nullptr;
    QLineEdit *m_passAgain = nullptr;
    QLabel *m_passAgainLabel = nullptr;
    QPlainTextEdit *m_words = nullptr; // justification or reason
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
