#pragma once

#include "models/signoff/Passphrase.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QThread;

// The slow passphrase step (PBKDF2, a noticeable moment on purpose) on a thread of its own, so
// the GUI thread never waits for it. Owned by the sign-off desk; a dialog asks it and shows the
// progress and the result.
class PassphraseWorker final : public QObject
{
    Q_OBJECT

public:
    // What the typed passphrase gave: derived with the signer's key, or a new key for a first
    // signer (then derived is the new key's hash).
    struct Outcome
    {
        QByteArray derived;
        std::optional<SignerKey> newKey;
    };
    using Done = std::function<void(const Outcome &)>;

    explicit PassphraseWorker(QObject *parent = nullptr);
    // Waits for a derivation still running: nothing outlives the desk.
    ~PassphraseWorker() override;

    // Derives passphrase with key (a new key when there is none). done runs on context's thread
    // once it is ready, and not at all when context is gone by then.
    void start(const QString &passphrase, const std::optional<SignerKey> &key, QObject *context, const Done &done);
    bool isBusy() const;

private:
    QVector<QPointer<QThread>> m_running;
};
