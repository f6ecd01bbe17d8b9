#include "ui/services/StateStyle.h"

#include <QCoreApplication>

namespace StateStyle {

QColor colour(ServiceState state)
{
    switch (state) {
    case ServiceState::Up: return QColor(0x2e, 0x7d, 0x32);
    case ServiceState::Degraded: return QColor(0xef, 0x8f, 0x00);
    case ServiceState::Pending: return QColor(0xf9, 0xa8, 0x25);
    case ServiceState::Down: return QColor(0xc6, 0x28, 0x28);
    case ServiceState::Unknown: return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

QString symbol(ServiceState state)
{
    switch (state) {
    case ServiceState::Up: return QStringLiteral("✔");
    case ServiceState::Degraded: return QStringLiteral("!");
    case ServiceState::Pending: return QStringLiteral("…");
    case ServiceState::Down: return QStringLiteral("✖");
    case ServiceState::Unknown: return QStringLiteral("?");
    }
    return {};
}

QString label(ServiceState state)
{
    // The state's stored name (serviceStateName) stays English; the shown word is translated.
    const QString word = serviceStateWord(state);
    return symbol(state) + QLatin1Char(' ') + word;
}

} // namespace StateStyle
