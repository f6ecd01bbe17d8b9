#pragma once

#include "models/core/Error.h"

#include <QString>

class RecordLocation;

// The fields of File → Connect to team record…, and the postgresql:// address they make. It has
// no password on purpose: libpq takes it from PGPASSWORD or ~/.pgpass, or the OS keychain holds
// it under keychainName.
struct TeamRecordAddress
{
    enum class Tls {
        Prefer,    // TLS whenever the server offers it (sslmode=prefer)
        Require,   // TLS or no connection
        VerifyFull // TLS, and the server's certificate and name are checked
    };
    enum class PasswordSource {
        Environment, // PGPASSWORD or ~/.pgpass
        Keychain     // the OS keychain, the secret named keychainName
    };

    QString host;
    int port = 5432;
    QString database;
    QString user;
    Tls tls = Tls::Prefer;
    PasswordSource passwordSource = PasswordSource::Environment;
    QString keychainName;

    // The address (postgresql://user@host:port/db?sslmode=…[&keychain=…]), checked by
    // RecordLocation::parse; Invalid with what is missing or wrong.
    Result<QString> compose() const;
    // The fields of a parsed team record address (the last one connected to, say).
    static TeamRecordAddress from(const RecordLocation &location);
    static QString sslModeOf(Tls tls);
};

// The team record this desk last connected to (File → Connect to team record…), remembered in
// the settings. Only the address: it never holds a secret.
namespace TeamRecordSettings {
QString lastAddress();
void rememberAddress(const QString &address);
} // namespace TeamRecordSettings
