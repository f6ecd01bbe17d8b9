#pragma once
// Shared by the libFuzzer harnesses: the Qt application some readers need, and input as text.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// A QGuiApplication on the offscreen platform (QTextDocument's Markdown reader wants one); made once.
void ensureGuiApplication();
// A QCoreApplication; made once.
void ensureCoreApplication();

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}
