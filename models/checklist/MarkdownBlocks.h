#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// One block of a Markdown text (a heading, paragraph, list item or line of a code block) with what
// the checklist reader asks of it.
struct MarkdownBlock
{
    enum class Marker : quint8 {
        None,
        Unchecked,
        Checked
    };

    QString text;         // as QTextBlock::text() gives it
    int headingLevel = 0; // 1-6 for # to ######
    bool code = false;    // a line of a fenced or indented code block
    int indent = 0;       // the block's own indentation: a paragraph continuing a list item
    int list = -1;        // the index of its list in MarkdownLayout::lists, or -1
    Marker marker = Marker::None;
    bool whollyBold = false; // every visible character is bold (and there is one)
    QStringList inlineCode;  // the `code` spans, trimmed, in order
};

struct MarkdownList
{
    int indent = 1; // nesting depth, 1 for a top-level list
    bool numbered = false;
};

struct MarkdownLayout
{
    std::vector<MarkdownBlock> blocks;
    std::vector<MarkdownList> lists;
};

// Lays Markdown out in blocks with md4c exactly as QTextDocument::setMarkdown() (GitHub dialect) does
// in Qt 6.4, without building the document: the checklists people imported keep their item ids
// and their shape, quirks included (a tight list item's code lines are items of that list; a
// paragraph after an empty list item is one). Raw HTML is taken as its text.
MarkdownLayout layOutMarkdown(const QString &markdown);
