#pragma once

#include "models/checklist/ChecklistNode.h"

#include <QByteArray>

#include <memory>

// The parsed form of a checklist template: its tree (kinds, ids, titles, blanks, commands) as CBOR
// (RFC 8949), kept in the record beside the Markdown so that a command reads the tree instead of
// parsing the text again. It refers to the text for the words it finds there, so it is read
// together with that text. The record's import event names the form's format and digest, so the
// chain covers it like the text; a form of another format, or one that does not match, is never
// used: the Markdown is read again instead.
//
// Format 1: ["golive.parsed-checklist", 1, template sha256, index, tree]
//   index: a byte string of 9-byte entries sorted by id: the 5 bytes of a node's id and where the
//   node starts in tree (4 bytes, big-endian); tree: a byte string holding the root node, where a node is
//   [kind + 8 * flags, id, title, [[field...], [paragraph...], [command...]], [child node...]]
//   title, paragraph, command: a text, or where it is in the template's text (UTF-8): an integer,
//   offset * 65536 + length
//   kind: 0 document, 1 phase, 2 section, 3 group, 4 task, 5 step, 6 entry
//   flags: 1 ticked in the template, 2 numbered, 4 bold
//   id: its 10 hex digits as 5 bytes (a text when it is not such an id)
//   field: [type, label, key, unit, template value, [choice...]]
//   type: 0 text, 1 count, 2 number, 3 percent, 4 date-time, 5 date, 6 choice, 7 time, 8 signature
//   label: a text, or the length of the title's beginning that it is; key: null for "f<position>"
// Items at the end of a node's middle array or of a field that are empty (key: null) are left out.
// A change to the layout, or to what MarkdownChecklistReader makes of any text, needs a new format.
namespace ParsedChecklist {

constexpr int kFormat = 1;

QByteArray encode(const ChecklistDocument &document, const QString &templateSha);

// The document parsed holds, when it is a form of kFormat made from the template templateSha,
// whose text (UTF-8, checked against that hash) is markdown; otherwise null.
std::unique_ptr<ChecklistDocument> decode(const QByteArray &parsed, const QString &templateSha,
                                          const QByteArray &markdown);

// The node with this id alone (no parent, no children), read from parsed without building the
// tree: for a command that looks at one item. Null when there is none, or parsed is not a form of
// kFormat made from templateSha.
std::unique_ptr<ChecklistNode> findNode(const QByteArray &parsed, const QString &templateSha,
                                        const QByteArray &markdown, const QString &id);

} // namespace ParsedChecklist
