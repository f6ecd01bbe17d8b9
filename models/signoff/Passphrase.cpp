#include "models/signoff/Passphrase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Passphrase {

QByteArray derive(const QString &passphrase, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, passphrase.toUtf8(), salt, iterations,
                                              quint64(SignerKey::kHashBytes));
}

SignerKey newKey(const QString &passphrase)
{
    SignerKey key;
    key.salt.resize(SignerKey::kSaltBytes);
    QRandomGenerator::system()->generate(key.salt.begin(), key.salt.end());
    key.hash = derive(passphrase, key.salt, key.iterations);
    return key;
}

bool matches(const SignerKey &key, const QByteArray &derived)
{
    if (!key.isValid() || derived.size() != key.hash.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < derived.size(); ++i)
        difference |= static_cast<unsigned char>(derived.at(i) ^ key.hash.at(i));
    return difference == 0;
}

Status checkNew(const QString &passphrase, const QString &again)
{
    if (passphrase.size() < kMinLength)
        return Status::failure(Error::Code::Invalid,
                               QCoreApplication::translate("Passphrase",
                                                           "Choose a passphrase of at least %n characters.", nullptr,
                                                           kMinLength));
    if (passphrase != again)
        return Status::failure(Error::Code::Invalid,
                               QCoreApplication::translate("Passphrase", "The two passphrases differ."));
    return {};
}

} // namespace Passphrase
