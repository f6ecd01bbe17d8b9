#include "models/checklist/FieldScan.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// A blank: three or more underscores, optionally followed by a filled value in brackets.
const QRegularExpression &blankPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(_{3,}(?:\[((?:[^\]\\]|\\.)*)\])?(\s*(%|(?:ms|seconds|minutes|hours|GB|MB)\b))?)"));
    return re;
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

// Where the next blank or line break after pos is, whichever comes first.
qsizetype stopAt(const QString &text, qsizetype pos, const QVector<Blank> &blanks)
{
    qsizetype stop = text.size();
    for (qsizetype i = pos; i < text.size(); ++i) {
        if (isLineBreak(text.at(i))) {
            stop = i;
            break;
        }
    }
    for (const Blank &b : blanks) {
        if (b.start >= pos && b.start < stop)
            return b.start;
    }
    return stop;
}

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

QVector<FieldSpan> choiceSpans(const QString &text, const QVector<Blank> &blanks)
{
    const qsizetype skipUntil = listMarkerEnd(text);
    QVector<FieldSpan::Box> boxes;
    auto it = boxPattern().globalMatch(text, skipUntil);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool inBlank = std::any_of(blanks.begin(), blanks.end(), [&](const Blank &b) {
            return m.capturedStart() >= b.start && m.capturedStart() < b.end;
        });
        if (!inBlank)
            boxes.append({m.capturedStart(), m.capturedEnd(), m.captured(1) != QLatin1String(" "), QString()});
    }

    QVector<FieldSpan> spans;
    qsizetype i = 0;
    while (i < boxes.size()) {
        FieldSpan run;
        run.kind = FieldSpan::Kind::Choice;
        run.start = boxes.at(i).start;
        bool valid = !precededByGateSeparator(text, run.start);
        qsizetype j = i;
        while (j < boxes.size()) {
            FieldSpan::Box box = boxes.at(j);
            const qsizetype stop = stopAt(text, box.end, blanks);
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
    auto it = blankPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        FieldSpan s;
        s.kind = FieldSpan::Kind::Blank;
        s.start = m.capturedStart();
        s.end = m.capturedEnd();
        while (s.underscores < m.capturedLength() && m.captured(0).at(s.underscores) == QLatin1Char('_'))
            ++s.underscores;
        s.rawValue = m.captured(1);
        s.unitTail = m.captured(2);
        s.unit = m.captured(3);
        spans.append(s);
        blanks.append({s.start, s.end});
    }
    spans += choiceSpans(text, blanks);
    std::sort(spans.begin(), spans.end(), [](const FieldSpan &a, const FieldSpan &b) { return a.start < b.start; });

    // Each span's label runs from the end of the one before it, but never across a line break.
    qsizetype previousEnd = listMarkerEnd(text);
    for (FieldSpan &s : spans) {
        qsizetype lineStart = s.start;
        while (lineStart > 0 && !isLineBreak(text.at(lineStart - 1)))
            --lineStart;
        s.labelStart = std::max(previousEnd, lineStart);
        previousEnd = s.end;
    }
    return spans;
}
