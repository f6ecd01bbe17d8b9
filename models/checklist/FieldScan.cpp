#include "models/checklist/FieldScan.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// ASCII only, as the pattern's \s and \w were: a blank's unit is English and ASCII.
bool isAsciiSpace(QChar c)
{
    return c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('_'));
}

// The end of the unit after a blank at pos ("ms", " %", "  GB"), with the spaces before it, or -1.
// Matched by hand: a pattern matched at each of n blanks checks the whole text each time.
qsizetype unitEnd(const QString &text, qsizetype pos, QString *unit)
{
    while (pos < text.size() && isAsciiSpace(text.at(pos)))
        ++pos;
    if (pos < text.size() && text.at(pos) == QLatin1Char('%')) {
        *unit = QStringLiteral("%");
        return pos + 1;
    }
    static const QLatin1String words[] = {QLatin1String("ms"),    QLatin1String("seconds"), QLatin1String("minutes"),
                                          QLatin1String("hours"), QLatin1String("GB"),      QLatin1String("MB")};
    const QStringView rest = QStringView(text).mid(pos);
    for (const QLatin1String word : words) {
        if (rest.startsWith(word) && (rest.size() == word.size() || !isAsciiWordChar(rest.at(word.size())))) {
            *unit = word;
            return pos + word.size();
        }
    }
    return -1;
}

const QRegularExpression &boxPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\[([ xX])\][ \t]*)"));
    return re;
}

// The item's own list and task marker ("- [ ] ", "1. [x] ") when a caller hands us a
// source line: its box is no alternative, and no label begins before it ends.
const QRegularExpression &listMarkerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]*)?)"));
    return re;
}

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

// Boxes separated like this are gates written on one line, each ticked on its own, not
// alternatives of one choice: "[ ] certs renewed · [ ] cache warmed".
bool isGateSeparator(QChar c)
{
    return c == QChar(0x00B7) || c == QChar(0x2022) || c == QLatin1Char(';') || c == QLatin1Char('|')
        || c == QLatin1Char(',');
}

struct Blank
{
    qsizetype start;
    qsizetype end;
};

// Where the next blank and the next line break are, asked for positions that never go back
// (boxes in reading order): each answer resumes where the last one stopped, so a line with
// thousands of boxes and blanks is walked once, not once per box.
class ForwardStops
{
public:
    ForwardStops(const QString &text, const QVector<Blank> &blanks) : m_text(text), m_blanks(blanks) {}

    // Where the next blank or line break at or after pos is, whichever comes first.
    qsizetype stopAt(qsizetype pos)
    {
        if (m_break < pos) {
            m_break = pos;
            while (m_break < m_text.size() && !isLineBreak(m_text.at(m_break)))
                ++m_break;
        }
        skipBlanksBefore(pos);
        return m_next < m_blanks.size() ? std::min(m_break, m_blanks.at(m_next).start) : m_break;
    }

    bool insideBlank(qsizetype pos)
    {
        skipBlanksEndingBy(pos);
        return m_inside < m_blanks.size() && pos >= m_blanks.at(m_inside).start;
    }

private:
    void skipBlanksBefore(qsizetype pos)
    {
        while (m_next < m_blanks.size() && m_blanks.at(m_next).start < pos)
            ++m_next;
    }
    void skipBlanksEndingBy(qsizetype pos)
    {
        while (m_inside < m_blanks.size() && m_blanks.at(m_inside).end <= pos)
            ++m_inside;
    }

    const QString &m_text;
    const QVector<Blank> &m_blanks;
    qsizetype m_break = -1;
    qsizetype m_next = 0;
    qsizetype m_inside = 0;
};

// The words after the last box of a choice run up to a colon: the alternative, then the
// label of what follows ("No-Go Rollback needed:" from lines joined into one). The label
// starts at its last capitalised word, else after the first word.
qsizetype splitBeforeLabel(const QString &text, qsizetype from, qsizetype colon)
{
    QVector<qsizetype> wordStarts;
    for (qsizetype i = from; i < colon; ++i) {
        if (!text.at(i).isSpace() && (i == from || text.at(i - 1).isSpace()))
            wordStarts.append(i);
    }
    if (wordStarts.size() < 2)
        return colon; // one word before the colon: it is all the alternative has
    for (qsizetype w = wordStarts.size() - 1; w >= 1; --w) {
        if (text.at(wordStarts.at(w)).isUpper())
            return wordStarts.at(w);
    }
    return wordStarts.at(1);
}

// The colon that ends a label ("Rollback needed: "), not one inside a value ("14:00").
qsizetype labelColon(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) == QLatin1Char(':') && (i + 1 == to || text.at(i + 1).isSpace()))
            return i;
    }
    return -1;
}

QString altLabel(const QString &text, qsizetype from, qsizetype to)
{
    QString label = text.mid(from, to - from).trimmed();
    if (label.endsWith(QLatin1Char('/'))) // "[ ] Yes / [ ] No"
        label = label.chopped(1).trimmed();
    return label;
}

bool precededByGateSeparator(const QString &text, qsizetype pos)
{
    while (pos > 0 && text.at(pos - 1).isSpace() && !isLineBreak(text.at(pos - 1)))
        --pos;
    return pos > 0 && isGateSeparator(text.at(pos - 1));
}

qsizetype listMarkerEnd(const QString &text)
{
    const auto m = listMarkerPattern().match(text);
    return m.hasMatch() ? m.capturedEnd() : 0;
}

// The filled value of a blank, "_____[value]": ']' ends it, '\\' escapes the character after it
// (never a line feed). A bracket that is never closed is no value. Where one such search ran to
// its end without a ']', a later bracket before that point fails the same way (it walks the same
// characters in step, since a blank's '[' follows an underscore), so it is answered without
// walking again: "____[ ____[ ____[ ..." costs one walk, not one per blank.
class BracketScan
{
public:
    explicit BracketScan(const QString &text) : m_text(text) {}

    // The ']' closing the bracket at pos, or -1 when there is no bracket or it is never closed.
    qsizetype closingAfter(qsizetype pos)
    {
        if (pos >= m_text.size() || m_text.at(pos) != QLatin1Char('['))
            return -1;
        if (pos < m_failsBefore)
            return -1;
        qsizetype i = pos + 1;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char(']'))
                return i;
            if (c == QLatin1Char('\\')) {
                if (i + 1 >= m_text.size() || m_text.at(i + 1) == QLatin1Char('\n'))
                    break;
                i += 2;
                continue;
            }
            ++i;
        }
        m_failsBefore = i;
        return -1;
    }

private:
    const QString &m_text;
    qsizetype m_failsBefore = 0;
};

QVector<FieldSpan> choiceSpans(const QString &text, const QVector<Blank> &blanks)
{
    const qsizetype skipUntil = listMarkerEnd(text);
    QVector<FieldSpan::Box> boxes;
    ForwardStops boxesInBlanks(text, blanks);
    auto it = boxPattern().globalMatch(text, skipUntil);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!boxesInBlanks.insideBlank(m.capturedStart()))
            boxes.append({m.capturedStart(), m.capturedEnd(), m.captured(1) != QLatin1String(" "), QString()});
    }

    QVector<FieldSpan> spans;
    ForwardStops stops(text, blanks);
    qsizetype i = 0;
    while (i < boxes.size()) {
        FieldSpan run;
        run.kind = FieldSpan::Kind::Choice;
        run.start = boxes.at(i).start;
        bool valid = !precededByGateSeparator(text, run.start);
        qsizetype j = i;
        while (j < boxes.size()) {
            FieldSpan::Box box = boxes.at(j);
            const qsizetype stop = stops.stopAt(box.end);
            const bool nextIsBox = j + 1 < boxes.size() && boxes.at(j + 1).start < stop;
            const qsizetype segEnd = nextIsBox ? boxes.at(j + 1).start : stop;
            const qsizetype colon = labelColon(text, box.end, segEnd);
            ++j;
            if (colon >= 0 && colon < segEnd) {
                // A new label starts inside: this alternative is the last of the run.
                run.end = splitBeforeLabel(text, box.end, colon);
                box.label = altLabel(text, box.end, run.end);
                run.boxes.append(box);
                break;
            }
            box.label = altLabel(text, box.end, segEnd);
            const QString raw = text.mid(box.end, segEnd - box.end).trimmed();
            run.boxes.append(box);
            run.end = segEnd;
            if (box.label.isEmpty() || (!raw.isEmpty() && isGateSeparator(raw.back())))
                valid = false;
            if (!nextIsBox || !valid)
                break;
        }
        // The end of the last alternative, without the spaces after it.
        while (run.end > run.start && text.at(run.end - 1).isSpace())
            --run.end;
        for (const auto &b : std::as_const(run.boxes))
            valid = valid && !b.label.isEmpty();
        if (valid && run.boxes.size() >= 2)
            spans.append(run);
        i = j;
    }
    return spans;
}

} // namespace

QVector<FieldSpan> scanFields(const QString &text)
{
    QVector<FieldSpan> spans;
    QVector<Blank> blanks;
    BracketScan brackets(text);
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text.at(pos) != QLatin1Char('_')) {
            ++pos;
            continue;
        }
        FieldSpan s;
        s.kind = FieldSpan::Kind::Blank;
        s.start = pos;
        while (pos < text.size() && text.at(pos) == QLatin1Char('_'))
            ++pos;
        s.underscores = pos - s.start;
        if (s.underscores < 3)
            continue;
        if (const qsizetype close = brackets.closingAfter(pos); close >= 0) {
            s.rawValue = text.mid(pos + 1, close - pos - 1);
            pos = close + 1;
        }
        if (const qsizetype end = unitEnd(text, pos, &s.unit); end >= 0) {
            s.unitTail = text.mid(pos, end - pos);
            pos = end;
        }
        s.end = pos;
        spans.append(s);
        blanks.append({s.start, s.end});
    }
    spans += choiceSpans(text, blanks);
    std::sort(spans.begin(), spans.end(), [](const FieldSpan &a, const FieldSpan &b) { return a.start < b.start; });

    // Each span's label runs from the end of the one before it, but never across a line break.
    // The line starts are found walking forward once: looking back from each span made a line
    // of n blanks cost n * n.
    qsizetype previousEnd = listMarkerEnd(text);
    qsizetype lineStart = 0;
    qsizetype walked = 0;
    for (FieldSpan &s : spans) {
        for (; walked < s.start; ++walked) {
            if (isLineBreak(text.at(walked)))
                lineStart = walked + 1;
        }
        s.labelStart = std::max(previousEnd, lineStart);
        previousEnd = s.end;
    }
    return spans;
}
