#include "models/session/OperatorProfile.h"

#include <QSettings>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace OperatorProfile {

QStringList launchRoles()
{
    return {QStringLiteral("Platform Lead"), QStringLiteral("n8n Administrator"),
            QStringLiteral("Database Administrator"), QStringLiteral("System Administrator"),
            QStringLiteral("Support Lead")};
}

Actor load()
{
    QSettings settings;
    QString name = settings.value(QStringLiteral("operator/name")).toString();
    // Earlier versions offered the placeholder "unknown" when the login name was not set, and an
    // OK kept it: that is nobody's name, so it is asked again.
    if (name == QLatin1String("unknown"))
        name.clear();
    return Actor::person(name, settings.value(QStringLiteral("operator/role")).toString());
}

void save(const Actor &actor)
{
    QSettings settings;
    settings.setValue(QStringLiteral("operator/name"), actor.name);
    settings.setValue(QStringLiteral("operator/role"), actor.role);
}

QString systemUserName()
{
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {}; // never a made-up name: nothing is recorded for nobody
}

QString accountFullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid()); account && account->pw_gecos) {
        // "Dana Schulz,Room 4,+49 …": the name is the first field.
        const QString name = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0).simplified();
        if (!name.isEmpty())
            return name;
    }
#endif
    return systemUserName();
}

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/golive.sqlite");
}

} // namespace OperatorProfile
