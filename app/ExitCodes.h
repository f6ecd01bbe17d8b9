#pragma once

#include "models/core/TerminalText.h"

#include <QString>
#include <QTextStream>

// The exit codes every command shares (golive --help lists them; see README).
enum ExitCode {
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Broken = 3 // the audit trail does not verify
};

// Says message on stderr, as every command does, and gives code back to return. A message may
// quote a title or a server's words: its control characters are shown escaped.
inline int fail(const QString &message, int code = Failed)
{
    QTextStream(stderr) << "golive: " << escapeControlCharacters(message) << Qt::endl;
    return code;
}
