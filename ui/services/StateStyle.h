#pragma once

#include "models/monitoring/ServiceState.h"

#include <QColor>
#include <QString>

// How a state looks: a colour, always beside its word (never colour alone), and a symbol that
// survives grey-scale printing and colour blindness.
namespace StateStyle {
QColor colour(ServiceState state);
QString symbol(ServiceState state); // ✔ ! … ✖ ?
QString label(ServiceState state);  // "✔ UP"
} // namespace StateStyle
