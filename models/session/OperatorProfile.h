#pragma once

#include "models/record/AuditEvent.h"

#include <QStringList>

// The operator at this desk: asked once, remembered in the user's settings, and stamped on
// every event they make.
namespace OperatorProfile {

// The launch roles the checklist names, in its order.
QStringList launchRoles();

// The remembered operator, or an empty name when none has been set yet.
Actor load();
void save(const Actor &actor);

// The login name of the user running the program; "" when the system does not say.
QString systemUserName();
// The account's full name from the system's user database (the first comma-separated field of
// its GECOS entry), else its login name; "" when neither is known. What the first start proposes
// and what a command without --as records.
QString accountFullName();

// Where the store lives unless --db says otherwise: golive.sqlite in the app data folder.
QString defaultStorePath();

} // namespace OperatorProfile
