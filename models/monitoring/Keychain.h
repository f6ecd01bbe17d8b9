#pragma once

#include "record/Error.h"

#include <QString>

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
Status write(const QString &name, const QString &secret, int timeoutMs = 5000);

} // namespace Keychain
