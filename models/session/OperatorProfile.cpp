#include "OperatorProfile.h"

#include <QSettings>
#include <QStandardPaths>

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
    return Actor::person(settings.value(QStringLiteral("operator/name")).toString(),
                         settings.value(QStringLiteral("operator/role")).toString());
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
    return QStringLiteral("unknown");
}

QString defaultStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/golive.sqlite");
}

} // namespace OperatorProfile
