#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QString>

// A signer's personal passphrase, kept only as a salted, slow hash (PBKDF2-HMAC-SHA256 through
// QPasswordDigestor): enough to tell that the person at the keyboard is the one who chose it, and
// useless for signing when read from the record. Deriving takes a noticeable fraction of a second
// on purpose; call it off the GUI thread.
struct SignerKey
{
    static constexpr int kIterations = 200000; // the issue asks for at least 100,000
    static constexpr int kMinIterations = 100000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    QByteArray salt;
    int iterations = kIterations;
    QByteArray hash;

    bool isValid() const
    {
        return salt.size() >= kSaltBytes && iterations >= kMinIterations && hash.size() == kHashBytes;
    }
};

// What a person typed, derived with a key's salt and iterations: compared with the key's hash.
struct PassphraseProof
{
    QString name; // whose passphrase it claims to be
    QByteArray derived;
};

namespace Passphrase {
// The slow part: PBKDF2 over the passphrase with this salt and count.
QByteArray derive(const QString &passphrase, const QByteArray &salt, int iterations);
// A new key for a first-time signer: fresh random salt, the standard count.
SignerKey newKey(const QString &passphrase);
// Compares in constant time, so the time taken does not tell how much of it was right.
bool matches(const SignerKey &key, const QByteArray &derived);
// The shortest passphrase accepted when it is set (a personal passphrase, not a PIN).
constexpr int kMinLength = 8;
// Whether a new passphrase may be chosen: long enough, and typed the same twice (Invalid if not).
Status checkNew(const QString &passphrase, const QString &again);
} // namespace Passphrase
