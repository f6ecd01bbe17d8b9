#include "models/team/TeamRecordAddress.h"

#include "models/record/RecordLocation.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace {

Error missing(const QString &what)
{
    return Error::make(Error::Code::Invalid,
                       QCoreApplication::translate("TeamRecordAddress", "The team record needs %1.").arg(what));
}

} // namespace

QString TeamRecordAddress::sslModeOf(Tls tls)
{
    switch (tls) {
    case Tls::Require: return QStringLiteral("require");
    case Tls::VerifyFull: return QStringLiteral("verify-full");
    case Tls::Prefer: break;
    }
    return QStringLiteral("prefer");
}

Result<QString> TeamRecordAddress::compose() const
{
    const QString h = host.trimmed();
    const QString db = database.trimmed();
    const QString u = user.trimmed();
    const QString secret = keychainName.trimmed();
    if (h.isEmpty())
        return missing(QCoreApplication::translate("TeamRecordAddress", "a server (host name or address)"));
    if (port < 1 || port > 65535)
        return missing(QCoreApplication::translate("TeamRecordAddress", "a port between 1 and 65535"));
    if (db.isEmpty())
        return missing(QCoreApplication::translate("TeamRecordAddress", "a database"));
    if (passwordSource == PasswordSource::Keychain && secret.isEmpty())
        return missing(QCoreApplication::translate("TeamRecordAddress", "the name of the secret in the keychain"));
    // QUrl percent-encodes what a name may hold (an @ in a user, a space in a database).
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(h);
    url.setPort(port);
    url.setUserName(u);
    url.setPath(QLatin1Char('/') + db);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslModeOf(tls));
    if (passwordSource == PasswordSource::Keychain)
        query.addQueryItem(QStringLiteral("keychain"), secret);
    url.setQuery(query);
    if (!url.isValid())
        return Error::make(Error::Code::Invalid,
                           QCoreApplication::translate("TeamRecordAddress", "The team record address is not usable: %1")
                               .arg(url.errorString()));
    const QString text = url.toString(QUrl::FullyEncoded);
    if (const auto checked = RecordLocation::parse(text); !checked)
        return checked.error();
    return text;
}

TeamRecordAddress TeamRecordAddress::from(const RecordLocation &location)
{
    TeamRecordAddress a;
    if (!location.isPostgres())
        return a;
    a.host = location.host();
    a.port = location.port();
    a.database = location.database();
    a.user = location.user();
    if (location.sslMode() == QLatin1String("require"))
        a.tls = Tls::Require;
    else if (location.sslMode() == QLatin1String("verify-full"))
        a.tls = Tls::VerifyFull;
    a.keychainName = location.keychainName();
    a.passwordSource = a.keychainName.isEmpty() ? PasswordSource::Environment : PasswordSource::Keychain;
    return a;
}

namespace TeamRecordSettings {

namespace {
const QString kLastAddress = QStringLiteral("team/lastAddress");
}

QString lastAddress()
{
    return QSettings().value(kLastAddress).toString();
}

void rememberAddress(const QString &address)
{
    // parse() refuses an address with a password: nothing secret reaches the settings file.
    if (const auto location = RecordLocation::parse(address); location && location->isPostgres())
        QSettings().setValue(kLastAddress, address);
}

} // namespace TeamRecordSettings
