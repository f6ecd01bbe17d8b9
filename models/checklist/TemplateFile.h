#pragma once

#include "MarkdownChecklistReader.h"

#include <QString>

// A checklist template read from a file or a resource and checked before anything uses it.
struct TemplateFile
{
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    QString name; // file name shown in the audit trail
    QString markdown;
    QString sha256;
    std::shared_ptr<ChecklistDocument> document;
    MarkdownReadStats stats;

    // Reads and checks path: not empty, not binary, valid UTF-8, at most 10 MB, with at least
    // one task item. On failure returns false and a message naming the file (and line).
    static bool load(const QString &path, TemplateFile *out, QString *error);
    static bool fromMarkdown(const QString &name, const QByteArray &bytes, TemplateFile *out, QString *error);
};
