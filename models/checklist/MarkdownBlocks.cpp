#include "models/checklist/MarkdownBlocks.h"
#include "models/checklist/MarkdownPieces.h"

#include <QHash>

#include <md4c.h>

#include <optional>

// The rules below follow QTextMarkdownImporter and QTextCursor of Qt 6.4 step by step: item ids are
// made from the tree the checklist reader builds on these blocks, so a record imported before md4c
// was used directly must read the same. tests/tst_markdownblocks compares both on every sample.

namespace {

using namespace markdownlayout;

// QTextDocument::MarkdownDialectGitHub in Qt 6.4: md4c's GitHub dialect plus underline (_x_).
constexpr unsigned kQtGitHubDialect = MD_DIALECT_GITHUB | MD_FLAG_UNDERLINE;

QString attribute(const MD_ATTRIBUTE &a)
{
    return QString::fromUtf8(a.text, int(a.size));
}

class Layout
{
public:
    explicit Layout(qsizetype lines)
    {
        m_blocks.reserve(size_t(lines) + 1); // about one block a line: few moves of what is read
        m_blocks.emplace_back();             // a document starts with one empty block
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock(MD_BLOCKTYPE type);
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan(MD_SPANTYPE type);
    int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size);
    MarkdownLayout finish();

private:
    // QTextDocument and QTextCursor, as far as the importer uses them.
    bool documentIsEmpty() const { return m_blocks.size() == 1 && m_blocks.front().text.isEmpty(); }
    Block &cursorBlock() { return m_blocks[size_t(m_cursor)]; }
    bool alive(int list) const { return list >= 0 && !m_lists[size_t(list)].deleted; }
    int insertBlockAt(int index, const BlockFormat &format, const CharFormat &separatorFormat);
    void insertBlock(BlockFormat format, const CharFormat &charFormat); // a copy: m_blocks may move
    void setBlockFormat(const BlockFormat &format);
    void setCharFormat(const CharFormat &format) { m_charFormat = format; }
    CharFormat charFormat() const;
    void insertText(const QString &text, const CharFormat &format);
    void insertHtml(const QString &html);
    int createList(int indent, bool numbered);
    int insertList(int indent, bool numbered);
    void moveToList(int block, int list);
    // QTextMarkdownImporter::insertBlock(): the block for the text that follows.
    void insertBlockForText();
    // Tables: a grid of cells, each the index of its first block; the block after the table ends it.
    int cellEnd(size_t row, size_t column) const;
    void appendRow();
    void appendColumn();
    void mergeEmptyCells(); // as QTextMarkdownImporter does at the end of a row
    void removeBlock(int index);

    std::vector<Block> m_blocks;
    std::vector<List> m_lists;
    int m_cursor = 0;                       // the cursor is at the end of this block
    std::optional<CharFormat> m_charFormat; // none: the format before the cursor
    std::vector<std::vector<int>> m_cells;  // the table being read
    int m_afterTable = -1;

    // QTextMarkdownImporter's state.
    std::vector<int> m_listStack;
    std::vector<CharFormat> m_spanFormats;
    int m_listIndent = 1;
    bool m_listNumbered = false;
    MarkdownBlock::Marker m_markerType = MarkdownBlock::Marker::None;
    int m_blockType = MD_BLOCK_DOC;
    bool m_needsInsertBlock = false;
    bool m_needsInsertList = false;
    bool m_listItem = false;
    bool m_codeBlock = false;
    bool m_codeFence = false;
    bool m_imageSpan = false;
    QTextImageFormat m_imageFormat;
    int m_htmlTagDepth = 0;
    QString m_htmlAccumulator;
    int m_tableColumnCount = 0;
    int m_tableRowCount = 0;
    int m_tableCol = -1;
    std::vector<bool> m_cellHasText;                 // of the row being read
    QHash<QString, std::vector<HtmlRun>> m_htmlRuns; // what Qt's HTML reader made of an entity or tag
};

int Layout::insertBlockAt(int index, const BlockFormat &format, const CharFormat &separatorFormat)
{
    Block block;
    block.format = format;
    block.separatorFormat = separatorFormat;
    const bool atEnd = size_t(index) == m_blocks.size();
    m_blocks.insert(m_blocks.begin() + index, std::move(block));
    if (!atEnd) { // inside a table: later blocks move down
        m_cursor += m_cursor >= index ? 1 : 0;
        for (List &l : m_lists)
            l.last += l.last >= index ? 1 : 0;
        for (auto &row : m_cells)
            for (int &cell : row)
                cell += cell >= index ? 1 : 0;
        m_afterTable += m_afterTable >= index ? 1 : 0;
    }
    if (alive(format.list)) {
        List &l = m_lists[size_t(format.list)];
        ++l.blocks;
        l.last = qMax(l.last, index);
    }
    return index;
}

void Layout::insertBlock(BlockFormat format, const CharFormat &charFormat)
{
    m_cursor = insertBlockAt(m_cursor + 1, format, charFormat);
    m_charFormat.reset();
}

void Layout::setBlockFormat(const BlockFormat &format)
{
    moveToList(m_cursor, format.list); // the whole format, its list too (QTextDocumentPrivate::SetFormat)
    cursorBlock().format = format;
}

CharFormat Layout::charFormat() const
{
    if (!m_charFormat)
        return m_blocks[size_t(m_cursor)].lastFormat();
    CharFormat f = *m_charFormat;
    f.clearProperty(QTextFormat::ObjectIndex);
    f.clearProperty(QTextFormat::ObjectType);
    return f;
}

void Layout::insertText(const QString &text, const CharFormat &format)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBlockBreak(text.at(i)))
            continue;
        cursorBlock().append(text.mid(start, i - start), format);
        if (text.at(i) == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        insertBlock(cursorBlock().format, format);
        start = i + 1;
    }
    cursorBlock().append(text.mid(start), format);
    m_charFormat.reset(); // the cursor moved past the text: it types on in the text's format
}

void Layout::insertHtml(const QString &html)
{
    auto known = m_htmlRuns.constFind(html);
    if (known == m_htmlRuns.constEnd())
        known = m_htmlRuns.insert(html, readHtml(html));
    if (known->empty())
        return;
    // QTextCopyHelper: at the very start of the document the first block takes the HTML's block
    // format (a heading or list item there stops being one); each further paragraph of the HTML
    // is a block of the HTML's (plain) format, not a copy of the cursor's.
    if (m_cursor == 0 && cursorBlock().text.isEmpty()) {
        moveToList(0, -1);
        cursorBlock().format = BlockFormat();
        cursorBlock().separatorFormat = CharFormat();
    }
    for (const HtmlRun &run : *known) {
        if (run.newBlock)
            insertBlock(BlockFormat(), CharFormat());
        else
            cursorBlock().append(run.text, run.format);
    }
    m_charFormat.reset();
}

void Layout::moveToList(int block, int list)
{
    Block &b = m_blocks[size_t(block)];
    const int old = b.format.list;
    if (old == list)
        return;
    b.format.list = list;
    if (alive(list)) {
        List &l = m_lists[size_t(list)];
        ++l.blocks;
        l.last = qMax(l.last, block);
    }
    if (!alive(old))
        return;
    List &o = m_lists[size_t(old)];
    if (--o.blocks == 0) {
        o.deleted = true;
        return;
    }
    if (o.last == block) {
        for (int i = block - 1; i >= 0; --i) {
            if (m_blocks[size_t(i)].format.list == old) {
                o.last = i;
                break;
            }
        }
    }
}

int Layout::createList(int indent, bool numbered)
{
    m_lists.push_back(List{indent, numbered, 0, false, -1});
    const int list = int(m_lists.size()) - 1;
    moveToList(m_cursor, list);
    return list;
}

int Layout::insertList(int indent, bool numbered)
{
    insertBlock(cursorBlock().format, charFormat());
    return createList(indent, numbered);
}

int Layout::cellEnd(size_t row, size_t column) const
{
    if (column + 1 < m_cells[row].size())
        return m_cells[row][column + 1];
    return row + 1 < m_cells.size() ? m_cells[row + 1].front() : m_afterTable;
}

void Layout::appendRow()
{
    const size_t columns = m_cells.empty() ? 1 : m_cells.front().size();
    m_cells.emplace_back();
    for (size_t c = 0; c < columns; ++c)
        m_cells.back().push_back(insertBlockAt(m_afterTable, BlockFormat(), CharFormat()));
}

void Layout::appendColumn()
{
    for (size_t r = m_cells.size(); r-- > 0;) {
        const int at = cellEnd(r, m_cells[r].size() - 1);
        const bool cursorThere = m_cursor == at - 1;
        const int cell = insertBlockAt(at, BlockFormat(), CharFormat());
        m_cells[r].push_back(cell);
        if (cursorThere) { // the cell is inserted where the cursor is: it moves into it
            m_cursor = cell;
            m_charFormat.reset();
        }
    }
}

void Layout::removeBlock(int index)
{
    moveToList(index, -1);
    m_blocks.erase(m_blocks.begin() + index);
    auto shift = [index](int &i) { i -= i > index ? 1 : 0; };
    shift(m_cursor);
    shift(m_afterTable);
    for (List &l : m_lists)
        shift(l.last);
    for (auto &row : m_cells)
        for (int &cell : row)
            shift(cell);
}

void Layout::mergeEmptyCells()
{
    // md4c does not say which cells span: Qt merges each run of two or more empty cells into
    // the cell with text before it, which removes their (empty) blocks.
    auto &row = m_cells[size_t(m_tableRowCount - 1)];
    int runEnd = -1;
    int runBegin = -1;
    for (int col = m_tableCol; col >= 0; --col) {
        if (size_t(col) < m_cellHasText.size() && m_cellHasText[size_t(col)]) {
            for (int c = runEnd; runBegin >= 0 && c >= runBegin; --c) {
                removeBlock(row[size_t(c)]);
                row[size_t(c)] = row[size_t(col)];
            }
            runEnd = runBegin = -1;
        } else if (runEnd < 0) {
            runEnd = col;
        } else {
            runBegin = col;
        }
    }
}

void Layout::insertBlockForText()
{
    CharFormat charFormat = m_spanFormats.empty() ? CharFormat() : m_spanFormats.back();
    BlockFormat blockFormat;
    if (!m_listStack.empty() && !m_needsInsertList && m_listItem && alive(m_listStack.back()))
        blockFormat = m_blocks[size_t(m_lists[size_t(m_listStack.back())].last)].format;
    if (m_codeBlock) {
        blockFormat.codeLanguage = true;
        blockFormat.codeFence = blockFormat.codeFence || m_codeFence;
        setMonoFont(&charFormat);
    }
    blockFormat.marker = m_markerType;
    if (!m_listStack.empty())
        blockFormat.indent = int(m_listStack.size());
    if (documentIsEmpty()) {
        setBlockFormat(blockFormat);
        setCharFormat(charFormat);
    } else if (m_listItem) {
        insertBlock(blockFormat, CharFormat());
        setCharFormat(charFormat);
    } else {
        insertBlock(blockFormat, charFormat);
    }
    if (m_needsInsertList)
        m_listStack.push_back(createList(m_listIndent, m_listNumbered));
    else if (!m_listStack.empty() && m_listItem && alive(m_listStack.back()))
        moveToList(m_cursor, m_listStack.back());
    m_needsInsertList = false;
    m_needsInsertBlock = false;
}

int Layout::enterBlock(MD_BLOCKTYPE type, void *detail)
{
    m_blockType = type;
    switch (type) {
    case MD_BLOCK_P: m_needsInsertBlock = true; break;
    case MD_BLOCK_CODE:
        m_codeBlock = true;
        m_codeFence = static_cast<MD_BLOCK_CODE_DETAIL *>(detail)->fence_char != 0;
        m_needsInsertBlock = true;
        break;
    case MD_BLOCK_H: {
        BlockFormat heading;
        heading.headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        CharFormat headingText;
        headingText.setProperty(QTextFormat::FontSizeAdjustment, 4 - heading.headingLevel);
        headingText.setFontWeight(QFont::Bold);
        m_needsInsertBlock = false;
        if (documentIsEmpty()) {
            setBlockFormat(heading);
            setCharFormat(headingText);
        } else {
            insertBlock(heading, headingText);
        }
    } break;
    case MD_BLOCK_LI: {
        const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
        m_needsInsertBlock = true;
        m_listItem = true;
        m_markerType = !li->is_task ? MarkdownBlock::Marker::None
            : li->task_mark == ' '  ? MarkdownBlock::Marker::Unchecked
                                    : MarkdownBlock::Marker::Checked;
    } break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (m_needsInsertList) // a list nested in an empty list item
            m_listStack.push_back(insertList(m_listIndent, m_listNumbered));
        else
            m_needsInsertList = true;
        m_listIndent = int(m_listStack.size()) + 1;
        m_listNumbered = type == MD_BLOCK_OL;
        break;
    case MD_BLOCK_TABLE:
        m_tableColumnCount = 0;
        m_tableRowCount = 0;
        m_cells.clear();
        m_afterTable = insertBlockAt(m_cursor + 1, BlockFormat(), CharFormat());
        appendRow(); // QTextCursor::insertTable(1, 1), the cursor in its cell
        m_cursor = m_cells[0][0];
        m_charFormat.reset();
        break;
    case MD_BLOCK_TR:
        ++m_tableRowCount;
        m_cellHasText.clear();
        if (int(m_cells.size()) < m_tableRowCount)
            appendRow();
        m_tableCol = -1;
        break;
    case MD_BLOCK_TH: {
        ++m_tableColumnCount;
        ++m_tableCol;
        if (int(m_cells.front().size()) < m_tableColumnCount)
            appendColumn();
        if (size_t(m_tableCol) >= m_cells[size_t(m_tableRowCount - 1)].size())
            return 1;    // "malformed table": md4c stops
        CharFormat bold; // QTextTableCell::setFormat() on the header cell
        bold.setFontWeight(QFont::Bold);
        m_blocks[size_t(m_cells[size_t(m_tableRowCount - 1)][size_t(m_tableCol)])].separatorFormat = bold;
    } break;
    case MD_BLOCK_TD: {
        ++m_tableCol;
        const auto &row = m_cells[size_t(m_tableRowCount - 1)];
        if (size_t(m_tableCol) >= row.size())
            return 1;
        m_cursor = row[size_t(m_tableCol)];
        m_charFormat.reset();
    } break;
    case MD_BLOCK_HR: {
        insertBlock(BlockFormat(), CharFormat());
    } break;
    default: break;
    }
    return 0;
}

int Layout::leaveBlock(MD_BLOCKTYPE type)
{
    switch (type) {
    case MD_BLOCK_P: m_listItem = false; break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (m_needsInsertList) // an empty list: the block before it becomes its item (and stays wanted)
            m_listStack.push_back(createList(m_listIndent, m_listNumbered));
        if (!m_listStack.empty())
            m_listStack.pop_back();
        break;
    case MD_BLOCK_QUOTE: m_needsInsertBlock = true; break;
    case MD_BLOCK_TR: mergeEmptyCells(); break;
    case MD_BLOCK_TABLE:
        m_cells.clear();
        m_cursor = int(m_blocks.size()) - 1;
        m_afterTable = -1;
        m_charFormat.reset();
        break;
    case MD_BLOCK_LI: m_listItem = false; break;
    case MD_BLOCK_CODE:
        m_codeBlock = false;
        m_codeFence = false;
        m_needsInsertBlock = true;
        break;
    case MD_BLOCK_H: setCharFormat(CharFormat()); break;
    default: break;
    }
    return 0;
}

int Layout::enterSpan(MD_SPANTYPE type, void *detail)
{
    CharFormat f = m_spanFormats.empty() ? CharFormat() : m_spanFormats.back();
    switch (type) {
    case MD_SPAN_EM: f.setFontItalic(true); break;
    case MD_SPAN_STRONG: f.setFontWeight(QFont::Bold); break;
    case MD_SPAN_U: f.setFontUnderline(true); break;
    case MD_SPAN_DEL: f.setFontStrikeOut(true); break;
    case MD_SPAN_CODE:
        setMonoFont(&f);
        f.setFontFixedPitch(true);
        break;
    case MD_SPAN_A: {
        const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
        f.setAnchor(true);
        f.setAnchorHref(attribute(a->href));
        const QString title = attribute(a->title);
        if (!title.isEmpty())
            f.setToolTip(title);
        f.setForeground(QBrush(Qt::blue)); // the palette's link colour: any one will do
    } break;
    case MD_SPAN_IMG: {
        const auto *img = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
        m_imageSpan = true;
        m_imageFormat = QTextImageFormat();
        m_imageFormat.setName(attribute(img->src));
        m_imageFormat.setProperty(QTextFormat::ImageTitle, attribute(img->title));
    } break;
    default: break;
    }
    m_spanFormats.push_back(f);
    setCharFormat(f);
    return 0;
}

int Layout::leaveSpan(MD_SPANTYPE type)
{
    if (!m_spanFormats.empty())
        m_spanFormats.pop_back();
    setCharFormat(m_spanFormats.empty() ? CharFormat() : m_spanFormats.back());
    if (type == MD_SPAN_IMG)
        m_imageSpan = false;
    return 0;
}

int Layout::text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
{
    if (m_needsInsertBlock)
        insertBlockForText();
    QString s = QString::fromUtf8(text, qsizetype(size));
    switch (type) {
    case MD_TEXT_NORMAL:
        if (m_htmlTagDepth) {
            m_htmlAccumulator += s;
            s.clear();
        }
        break;
    case MD_TEXT_NULLCHAR: s = QString(QChar(0xFFFD)); break;
    case MD_TEXT_BR: s = QStringLiteral("\n"); break;
    case MD_TEXT_SOFTBR: s = QStringLiteral(" "); break;
    case MD_TEXT_ENTITY:
        if (m_htmlTagDepth)
            m_htmlAccumulator += s;
        else
            insertHtml(s);
        s.clear();
        break;
    case MD_TEXT_HTML: {
        // Qt counts tags opened and closed, and reads the HTML once they balance (or never).
        for (qsizetype i = 0; (i = indexOfOpeningTag(s, i)) >= 0; i += 2)
            ++m_htmlTagDepth;
        for (qsizetype i = 0; (i = indexOfClosingTag(s, i)) >= 0; i += 2)
            --m_htmlTagDepth;
        m_htmlAccumulator += s;
        if (!m_htmlTagDepth) {
            insertHtml(m_htmlAccumulator);
            setCharFormat(m_spanFormats.empty() ? CharFormat() : m_spanFormats.back());
            m_htmlAccumulator.clear();
        }
        s.clear();
    } break;
    default: break;
    }
    if (m_blockType == MD_BLOCK_TD) {
        m_cellHasText.resize(qMax(m_cellHasText.size(), size_t(m_tableCol) + 1));
        m_cellHasText[size_t(m_tableCol)] = true;
    }
    if (m_blockType == MD_BLOCK_CODE && s == QLatin1String("\n")) {
        m_needsInsertBlock = true; // a line break in a code block starts the next line's block
        s.clear();
    }
    if (m_imageSpan) {
        m_imageFormat.setProperty(QTextFormat::ImageAltText, s);
        cursorBlock().append(QString(QChar::ObjectReplacementCharacter), m_imageFormat);
        m_charFormat.reset();
        return 0;
    }
    if (!s.isEmpty())
        insertText(s, charFormat());
    if (alive(cursorBlock().format.list))
        cursorBlock().format.indent = 0; // the list indents its items
    return 0;
}

MarkdownLayout Layout::finish()
{
    MarkdownLayout out;
    std::vector<int> listIndex(m_lists.size(), -1);
    out.blocks.reserve(m_blocks.size());
    for (Block &b : m_blocks) {
        b.closeFragment();
        MarkdownBlock block;
        block.text = std::move(b.text);
        block.headingLevel = b.format.headingLevel;
        block.code = b.format.codeLanguage || b.format.codeFence;
        block.indent = b.format.indent;
        block.marker = b.format.marker;
        block.whollyBold = b.anyVisible && b.allBold;
        block.inlineCode = std::move(b.inlineCode);
        if (alive(b.format.list)) {
            int &index = listIndex[size_t(b.format.list)];
            if (index < 0) {
                const List &l = m_lists[size_t(b.format.list)];
                index = int(out.lists.size());
                out.lists.push_back(MarkdownList{l.indent, l.numbered});
            }
            block.list = index;
        }
        out.blocks.push_back(std::move(block));
    }
    return out;
}

Layout *layoutOf(void *userdata)
{
    return static_cast<Layout *>(userdata);
}

} // namespace

MarkdownLayout layOutMarkdown(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    Layout layout(utf8.count('\n') + 1);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kQtGitHubDialect;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) { return layoutOf(u)->enterBlock(t, d); };
    parser.leave_block = [](MD_BLOCKTYPE t, void *, void *u) { return layoutOf(u)->leaveBlock(t); };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) { return layoutOf(u)->enterSpan(t, d); };
    parser.leave_span = [](MD_SPANTYPE t, void *, void *u) { return layoutOf(u)->leaveSpan(t); };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { return layoutOf(u)->text(t, s, n); };
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &layout);
    return layout.finish();
}
