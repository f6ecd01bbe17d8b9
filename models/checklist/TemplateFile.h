#pragma once

#include "models/checklist/MarkdownChecklistReader.h"
#include "models/core/Error.h"

#include <QString>

// A checklist template read from a file or a resource and checked before anything uses it.
struct TemplateFile
{
    static constexpr qint64 kMaxBytes = qint64{10} * 1024 * 1024;

    QString name; // file name shown in the audit trail
    QString markdown;
    QString sha256;
    std::shared_ptr<ChecklistDocument> document;
    MarkdownReadStats stats;

    // Reads and checks path: not empty, not binary, valid UTF-8, at most 10 MB, with at least
    // one task item. An Error names the file (and line): NotFound, Invalid (not a checklist).
    static Result<TemplateFile> load(const QString &path);
    static Result<TemplateFile> fromMarkdown(const QString &name, const QByteArray &bytes);
};
