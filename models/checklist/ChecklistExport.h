#pragma once

#include "models/checklist/ChecklistNode.h"

#include <QByteArray>
#include <functional>

// Read access to the state of items, so export does not depend on where state lives.
struct ItemStateView
{
    std::function<bool(const QString &id)> isDone;
    std::function<QString(const QString &id)> note;
    std::function<QString(const QString &id, const QString &key)> field;
};

// The template's own Markdown with tasks ticked ("[x]") and blanks filled ("_____[42] ms"):
// everything else stays as the author wrote it, and the result imports again with the
// same item ids. Control characters (an ESC in a title) are kept byte for byte, not escaped:
// the export is data for a file or a pipe, and escaping would change the text and with it the
// ids; only what the command line prints for people is escaped (escapeControlCharacters()).
QString exportMarkdown(const ChecklistDocument &document, const ItemStateView &state);

// One JSON node per heading, group and list item: id, kind, title, done, note, fields, children.
QByteArray exportJson(const ChecklistDocument &document, const ItemStateView &state);
