#pragma once

#include <QString>

class QDateTime;
class QWidget;
class SignOffDesk;

namespace InvalidationWarning {

// Before a blank of the checklist gets a new value: when standing signatures cover it, names them
// and asks whether to change it all the same. True when nothing is invalidated, the value is not
// new, it would be refused anyway, or the person said yes. signOff may be null (no sign-off yet).
bool confirm(QWidget *parent, const SignOffDesk *signOff, const QString &item, const QString &fieldKey,
             const QString &typed);
// The same before T0 is recorded anew (Launch → Record T0 now).
bool confirmT0(QWidget *parent, const SignOffDesk *signOff, const QDateTime &recorded);

} // namespace InvalidationWarning
