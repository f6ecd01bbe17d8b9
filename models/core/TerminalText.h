#pragma once

#include <QString>

// Text from a checklist, the record or a server, made safe to print for a person on a terminal or
// into a log: every control character (C0 but tab and line feed, DEL, C1) is written as an escape
// a person can read ("\x1b", "\u009b"), so "ESC[2J" in an item's title shows as "\x1b[2J" instead
// of clearing the screen, and an OSC sequence cannot retitle the window. Tab and line feed stay:
// they are the layout of what is printed. A backslash stays as it is.
// Never for data (an export written to a file or a pipe): that is kept byte for byte.
QString escapeControlCharacters(const QString &text);
