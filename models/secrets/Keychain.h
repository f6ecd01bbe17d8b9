#pragma once

#include "models/core/Error.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace QKeychain {
class Job;
}

// The OS keychain (the Secret Service of GNOME Keyring or KWallet, through QtKeychain) as a second
// secret source beside the environment: ${keychain:NAME} in a catalogue is the secret stored under
// NAME for the service "org.golive.GoLiveControl". Reading waits for the keychain in a local event
// loop (needs a QCoreApplication), at most timeoutMs.
namespace Keychain {

inline QString serviceName()
{
    return QStringLiteral("org.golive.GoLiveControl");
}

// The secret, or NotFound (nothing stored under name) or Unreachable (no keychain service runs,
// access denied, no answer in time) with a message a person can act on.
Result<QString> read(const QString &name, int timeoutMs = 5000);
// read(), remembered in this process's memory (only) once it succeeded, so the threads that
// open one record (the window's, the writer's, the verifier's) do not each ask the keychain, and
// the user, again. A secret stored anew later is read by the next process.
Result<QString> readRemembered(const QString &name);
Status write(const QString &name, const QString &secret, int timeoutMs = 5000);
// Invalid unless ${keychain:NAME} can refer to name: a letter or '_' first, then letters, digits, '_'.
Status checkName(const QString &name);

} // namespace Keychain

// Stores one secret in the OS keychain without waiting, for the window (its thread never blocks):
// start() hands the secret to a QtKeychain write job and keeps no copy of it; finished() says how it
// went — ok, or Unreachable in words a person can act on (no keychain service runs, access denied,
// no answer within the time-out). One write at a time.
class KeychainWriter final : public QObject
{
    Q_OBJECT

public:
    explicit KeychainWriter(QObject *parent = nullptr);
    ~KeychainWriter() override;
    // Invalid at once (nothing started) for a name ${keychain:NAME} cannot refer to or an empty
    // secret, Busy while a write runs; otherwise ok, and finished() follows.
    Status start(const QString &name, const QString &secret, int timeoutMs = 10000);
    bool isRunning() const;

signals:
    void finished(const Status &status);

private:
    void finish(const Status &status);

    QPointer<QKeychain::Job> m_job;
    QString m_name;
    QTimer m_timeout;
};
