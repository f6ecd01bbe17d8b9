#pragma once

#include "models/core/Error.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>

class RecordBackend;
struct StoredTemplate;

// The parsed forms of the checklist templates, kept beside them (ParsedChecklist): a cache that
// saves every command the parsing of the Markdown. The import event names each form's format and
// BLAKE2b-256 digest, so the chain vouches for it; readers check it against that digest and read
// the Markdown instead when it is missing, of another format, or does not match. The table is
// made by a writer that finds it missing, so a record of schema 3 stays readable by programs
// that do not know it.
namespace ParsedTemplates {

// The table, in the back end's column type for bytes.
QString createTable(const QString &blobType);
// Inside the append's transaction: the template's parsed form, when it has one and the record
// keeps them.
Status store(const RecordBackend &backend, const StoredTemplate &storedTemplate);
// The form kept for templateSha in this format, or empty.
Result<QByteArray> load(const RecordBackend &backend, const QString &templateSha, int format);
// (sha256, format) -> (digest, seq of the last import naming it): the forms the trail vouches for.
using Named = QHash<QPair<QString, int>, QPair<QString, qint64>>;
// Why a kept form differs from the digest its import named (and that import's seq), or "".
QString changedSince(const RecordBackend &backend, const Named &named, qint64 *seq);

} // namespace ParsedTemplates
