#pragma once

// The pieces the Markdown layout (MarkdownBlocks.cpp) is built of: Qt's character formats, what
// raw HTML stands for, and the blocks and lists as QTextDocument would hold them. Internal to
// models/checklist.

#include "models/checklist/MarkdownBlocks.h"

#include <QTextCharFormat>

#include <vector>

namespace markdownlayout {

// Character formats are Qt's own: whether two runs of text are one fragment (and so one `code`
// command) depends on which properties were set, and in which order.
using CharFormat = QTextCharFormat;

bool isBold(const CharFormat &f);

bool isMono(const CharFormat &f);

// QTextCharFormat::setFont(the fixed font) sets every font property: which font does not matter
// here, only that it is always the same one (so `code` inside **bold** is not bold).
void setMonoFont(CharFormat *f);

// A run of text that raw HTML (or an entity) stands for: Qt's HTML reader decides what it says.
struct HtmlRun
{
    bool newBlock = false; // the run starts a paragraph of its own
    QString text;
    CharFormat format;
};

// What Qt's HTML reader makes of html, as runs of text and their character formats. The blocks
// the HTML would make (lists, headings) are taken as plain paragraphs.
std::vector<HtmlRun> readHtml(const QString &html);

struct BlockFormat
{
    int headingLevel = 0;
    bool codeLanguage = false; // QTextFormat::BlockCodeLanguage is set (even to "")
    bool codeFence = false;
    MarkdownBlock::Marker marker = MarkdownBlock::Marker::None;
    int indent = 0;
    int list = -1; // the object index: which list the block belongs to
};

struct Block
{
    BlockFormat format;
    CharFormat separatorFormat; // what text typed at the start of the empty block gets
    QString text;
    // The fragment being written (a run of one format) and what the closed ones showed.
    CharFormat fragmentFormat;
    QString fragment;
    bool anyVisible = false;
    bool allBold = true;
    QStringList inlineCode;

    void closeFragment()
    {
        const QString visible = fragment.trimmed();
        if (!visible.isEmpty()) {
            anyVisible = true;
            allBold = allBold && isBold(fragmentFormat);
            if (isMono(fragmentFormat))
                inlineCode.append(visible);
        }
        fragment.clear();
    }

    void append(const QString &piece, const CharFormat &pieceFormat)
    {
        if (piece.isEmpty())
            return;
        if (text.isEmpty() || pieceFormat != fragmentFormat) {
            closeFragment();
            fragmentFormat = pieceFormat;
        }
        text += piece;
        fragment += piece;
    }

    // What text typed at the end of the block gets when no format was set (QTextCursor::charFormat()).
    CharFormat lastFormat() const
    {
        CharFormat f = text.isEmpty() ? separatorFormat : fragmentFormat;
        f.clearProperty(QTextFormat::ObjectIndex);
        f.clearProperty(QTextFormat::ObjectType);
        return f;
    }
};

struct List
{
    int indent = 1;
    bool numbered = false;
    int blocks = 0;       // when its last block leaves it, the list is deleted (QTextBlockGroup)
    bool deleted = false; // and a block whose format still names it is in no list
    int last = -1;        // its last block in document order
};

bool isBlockBreak(QChar c);

// QString::indexOf(QRegularExpression("<[a-zA-Z]"), from) and "(/>|</)".
qsizetype indexOfOpeningTag(const QString &s, qsizetype from);

qsizetype indexOfClosingTag(const QString &s, qsizetype from);

} // namespace markdownlayout
