#include "models/record/RecordLocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

Error invalid(const QString &text, const QString &why)
{
    return Error::make(
        Error::Code::Invalid,
        QCoreApplication::translate("RecordLocation", "The team record address %1 is not usable: %2").arg(text, why));
}

} // namespace

bool RecordLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<RecordLocation> RecordLocation::parse(const QString &text)
{
    RecordLocation location;
    location.m_text = text;
    if (!looksLikeUrl(text)) {
        location.m_path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    // Never echo what may be a password back: name the address without it.
    QUrl shown = url;
    shown.setPassword(QString());
    const QString safe = url.isValid() ? shown.toString() : QStringLiteral("postgresql://…");
    if (!url.isValid())
        return invalid(safe, url.errorString());
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':')))
        return invalid(safe,
                       QCoreApplication::translate("RecordLocation",
                                                   "it holds a password. A password never goes on the command "
                                                   "line: set PGPASSWORD, put it in ~/.pgpass, or store it in "
                                                   "the keychain and add ?keychain=NAME."));
    location.m_kind = Kind::Postgres;
    location.m_host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return invalid(
            safe,
            QCoreApplication::translate("RecordLocation", "it names no database (postgresql://user@host:port/dbname)"));
    const QUrlQuery query(url);
    for (const auto &pair : query.queryItems(QUrl::FullyDecoded)) {
        if (pair.first == QLatin1String("sslmode")) {
            if (!sslModes().contains(pair.second))
                return invalid(safe,
                               QCoreApplication::translate("RecordLocation", "sslmode must be one of %1")
                                   .arg(sslModes().join(QStringLiteral(", "))));
            location.m_sslMode = pair.second;
        } else if (pair.first == QLatin1String("keychain")) {
            location.m_keychain = pair.second;
        } else {
            return invalid(
                safe,
                QCoreApplication::translate("RecordLocation", "unknown option \"%1\" (known: sslmode, keychain)")
                    .arg(pair.first));
        }
    }
    return location;
}

QString RecordLocation::display() const
{
    if (!isPostgres())
        return m_path;
    QString shown = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        shown += m_user + QLatin1Char('@');
    shown += m_host + QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/') + m_database;
    return shown;
}

QString RecordLocation::connectOptions() const
{
    // A desk must learn within seconds that the server is gone, not after TCP's minutes: a short
    // connect time-out, keep-alives on an idle connection, and a bound on unacknowledged data.
    return QStringLiteral("sslmode=%1;connect_timeout=3;application_name=golive;keepalives=1;keepalives_idle=5;"
                          "keepalives_interval=2;keepalives_count=2;tcp_user_timeout=5000")
        .arg(m_sslMode);
}

QString RecordLocation::localName() const
{
    QString name = QStringLiteral("%1-%2-%3").arg(m_host).arg(m_port).arg(m_database);
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return name;
}
