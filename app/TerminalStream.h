#pragma once

#include "models/core/TerminalText.h"

#include <QTextStream>

#include <cstdio>

// Standard output or error for people: whatever is written passes escapeControlCharacters(), so
// a title, a note or a server's message quoted in a line cannot drive the terminal. Data (an
// export, JSON) is written apart from it, as it is.
class TerminalStream
{
public:
    explicit TerminalStream(FILE *file) : m_stream(file) {}

    TerminalStream &operator<<(const QString &text)
    {
        m_stream << escapeControlCharacters(text);
        return *this;
    }
    TerminalStream &operator<<(const char *text) { return *this << QString::fromUtf8(text); }
    TerminalStream &operator<<(char c) { return *this << QString(QLatin1Char(c)); }
    TerminalStream &operator<<(QTextStreamFunction manipulator) // Qt::endl
    {
        m_stream << manipulator;
        return *this;
    }

    void flush() { m_stream.flush(); }

private:
    QTextStream m_stream;
};
