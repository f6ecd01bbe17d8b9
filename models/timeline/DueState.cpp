#include "models/timeline/DueState.h"

#include <QCoreApplication>

QString dueStateWord(DueState state)
{
    switch (state) {
    case DueState::None: return {};
    case DueState::NotDueYet: return QCoreApplication::translate("DueState", "not due yet");
    case DueState::DueSoon: return QCoreApplication::translate("DueState", "due soon");
    case DueState::DueNow: return QCoreApplication::translate("DueState", "due now");
    case DueState::Overdue: return QCoreApplication::translate("DueState", "OVERDUE");
    case DueState::Done: return QCoreApplication::translate("DueState", "done");
    }
    return {};
}

QColor dueStateBackground(DueState state)
{
    switch (state) {
    case DueState::DueSoon: return QColor(0xff, 0xe8, 0xa3); // amber
    case DueState::DueNow: return QColor(0xd4, 0xe8, 0xff);  // light blue
    case DueState::Overdue: return QColor(0xff, 0xc4, 0xc4); // red
    default: return {};
    }
}

DueState dueStateAt(const QDateTime &now, const QDateTime &from, const QDateTime &to, bool done)
{
    if (done)
        return DueState::Done;
    if (!from.isValid() || !now.isValid())
        return DueState::None;
    if (now < from.addSecs(-3600))
        return DueState::NotDueYet;
    if (now < from)
        return DueState::DueSoon;
    if (!to.isValid() || now < to)
        return DueState::DueNow;
    return DueState::Overdue;
}

QString formatSinceT0(qint64 elapsedSeconds)
{
    const qint64 s = elapsedSeconds < 0 ? -elapsedSeconds : elapsedSeconds;
    return QStringLiteral("T%1%2:%3:%4")
        .arg(elapsedSeconds < 0 ? QChar(0x2212) : QLatin1Char('+'))
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
