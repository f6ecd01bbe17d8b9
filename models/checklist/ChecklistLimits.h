#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QString>

// How large a checklist may be: far above any real one (the largest we know has a few hundred
// items, a line a few hundred bytes, a handful of blanks on it), low enough that no file can make
// an import, a tick or the window stall on its size.
namespace ChecklistLimits {

// 40,000 tasks with two or three steps each and their headings are some 135,000 items.
inline constexpr qsizetype kMaxItems = 200000;         // list items and headings
inline constexpr qsizetype kMaxBlanksOnALine = 250000; // "_____" runs on one line
inline constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;

// The first limit the Markdown in bytes goes beyond, as an Error naming the file (name), the line
// and the limit; no error when it stays within all of them. One walk over the bytes, before
// anything is parsed: what is refused costs no more than reading it.
Error check(const QString &name, const QByteArray &bytes);

} // namespace ChecklistLimits
