#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// A moment as a person types it (T0 in the Plan T0 dialog, `golive t0 plan`): ISO 8601 with a
// space or a T ("2026-12-07 09:00", "2026-12-07T09:00:30Z", "2026-12-07 09:00+01:00"), or the
// desk's own short form ("07.12.2026 09:00" on a German desk). Without an offset it is the
// desk's local time. Returns the moment in UTC, or an invalid QDateTime when the text is none
// of these (never a guess: a field typed in the wrong order is refused, not moved).
QDateTime parseTypedTime(const QString &text, const QLocale &locale = QLocale());

// The form the dialogs show as expected and prefill with: "2026-12-07 09:00" (local time).
QString typedTimeText(const QDateTime &moment);
// The hint for an empty or refused field: "YYYY-MM-DD HH:MM".
QString typedTimeFormatHint();
