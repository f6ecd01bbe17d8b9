#pragma once

#include "models/checklist/ChecklistNode.h"

#include <memory>

// What the reader saw, for reports and tests: every list item must become a node.
struct MarkdownReadStats
{
    int listItems = 0;
    int bulleted = 0;
    int numbered = 0;
    int taskMarkers = 0; // task markers on list items only
    int codeBlocks = 0;
};

// Turns checklist Markdown into a ChecklistDocument, using md4c for the syntax (laid out in blocks
// as Qt's own Markdown reader does, see MarkdownBlocks.h) and adding what the checklist means:
// phases, sections, tasks, sub-steps, blanks.
//
// Files whose indentation was lost are read the way their author meant them: plain bullets
// that follow a task item belong to that task item, as do unbolded task items that follow a
// bold one, and bold label paragraphs ("**Email Processing:**") right after such a task
// become groups inside it.
class MarkdownChecklistReader
{
public:
    static std::unique_ptr<ChecklistDocument> read(const QString &markdown, MarkdownReadStats *stats = nullptr);
};

// Gives every node an id derived from its place (the ids of its ancestors) and its text, so
// that an edited template keeps the ids of the items that did not change.
void assignStableIds(ChecklistNode *root);
