#include "models/checklist/ChecklistLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether a line begins an item: a list marker ("- ", "* ", "+ ", "12. ", "3) ") or a heading
// ("# "), after any indentation. A line of a code block may be counted too: the count only has
// to be no smaller than the items the reader makes.
bool startsAnItem(const char *line, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && (line[i] == ' ' || line[i] == '\t' || line[i] == '>'))
        ++i;
    if (i >= size)
        return false;
    const auto endsMarker = [&](qsizetype at) {
        return at >= size || line[at] == ' ' || line[at] == '\t' || line[at] == '\r';
    };
    const char c = line[i];
    if (c == '-' || c == '*' || c == '+')
        return endsMarker(i + 1);
    if (c == '#')
        return true;
    qsizetype digits = 0;
    while (i + digits < size && isDigit(line[i + digits]))
        ++digits;
    return digits > 0 && digits <= 9 && i + digits < size && (line[i + digits] == '.' || line[i + digits] == ')')
        && endsMarker(i + digits + 1);
}

// The "_____" runs of three or more underscores on a line.
qsizetype blanksOn(const char *line, qsizetype size)
{
    qsizetype blanks = 0;
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        run = line[i] == '_' ? run + 1 : 0;
        if (run == 3)
            ++blanks;
    }
    return blanks;
}

QString number(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

} // namespace

Error ChecklistLimits::check(const QString &name, const QByteArray &bytes)
{
    qsizetype items = 0;
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const char *line = bytes.constData() + start;
        const qsizetype size = end - start;
        if (size > kMaxLineBytes)
            return Error::make(Error::Code::Invalid,
                               QCoreApplication::translate("ChecklistLimits",
                                                           "%1: line %2 is %3 bytes long; a checklist line may be at "
                                                           "most %4 bytes. Nothing was imported.")
                                   .arg(name, number(lineNumber), number(size), number(kMaxLineBytes)));
        if (const qsizetype blanks = blanksOn(line, size); blanks > kMaxBlanksOnALine)
            return Error::make(Error::Code::Invalid,
                               QCoreApplication::translate("ChecklistLimits",
                                                           "%1: line %2 holds %3 blanks; a checklist line may hold "
                                                           "at most %4. Nothing was imported.")
                                   .arg(name, number(lineNumber), number(blanks), number(kMaxBlanksOnALine)));
        if (startsAnItem(line, size) && ++items > kMaxItems)
            return Error::make(Error::Code::Invalid,
                               QCoreApplication::translate("ChecklistLimits",
                                                           "%1 holds more than %2 items (line %3 is one too many); a "
                                                           "checklist may hold at most %2. Nothing was imported.")
                                   .arg(name, number(kMaxItems), number(lineNumber)));
        start = end + 1;
    }
    return {};
}
