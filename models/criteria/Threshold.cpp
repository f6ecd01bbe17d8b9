#include "models/criteria/Threshold.h"

#include <QLocale>

#include <QRegularExpression>

#include <array>

namespace {

struct Word
{
    const char *text;
    Threshold::Op op;
};

// Longest first, so "<=" is not read as "<".
constexpr std::array<Word, 14> kBefore{{
    {"<=", Threshold::Op::LessOrEqual},
    {">=", Threshold::Op::GreaterOrEqual},
    {"\u2264", Threshold::Op::LessOrEqual},
    {"\u2265", Threshold::Op::GreaterOrEqual},
    {"<", Threshold::Op::Less},
    {">", Threshold::Op::Greater},
    {"less than", Threshold::Op::Less},
    {"under", Threshold::Op::Less},
    {"below", Threshold::Op::Less},
    {"at most", Threshold::Op::LessOrEqual},
    {"more than", Threshold::Op::Greater},
    {"over", Threshold::Op::Greater},
    {"above", Threshold::Op::Greater},
    {"at least", Threshold::Op::GreaterOrEqual},
}};

struct UnitWord
{
    const char *pattern;
    Threshold::Unit unit;
};

const std::array<UnitWord, 5> kUnits{{
    {"%|percent\\b", Threshold::Unit::Percent},
    {"ms\\b|milliseconds?\\b", Threshold::Unit::Milliseconds},
    {"s\\b|secs?\\b|seconds?\\b", Threshold::Unit::Seconds},
    {"min\\b|mins\\b|minutes?\\b", Threshold::Unit::Minutes},
    {"h\\b|hrs?\\b|hours?\\b", Threshold::Unit::Hours},
}};

QString trimmedNumber(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

std::optional<Threshold> Threshold::parse(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*"));
    QRegularExpressionMatchIterator it = number.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString after = text.mid(m.capturedEnd());
        std::optional<Unit> unit;
        qsizetype unitLength = 0;
        for (const UnitWord &u : kUnits) {
            const QRegularExpression re(QStringLiteral("^(?:%1)").arg(QLatin1String(u.pattern)),
                                        QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch um = re.match(after);
            if (um.hasMatch()) {
                unit = u.unit;
                unitLength = um.capturedLength();
                break;
            }
        }
        if (!unit)
            continue;
        Threshold t;
        t.unit = *unit;
        t.value = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const QString before = text.left(m.capturedStart()).trimmed().toLower();
        bool found = false;
        for (const Word &w : kBefore) {
            if (before.endsWith(QString::fromUtf8(w.text))) {
                t.op = w.op;
                found = true;
                break;
            }
        }
        if (!found) {
            static const QRegularExpression minMax(
                QStringLiteral("^\\W*(?:\\w+\\s+){0,2}?(minimum|maximum|min|max)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch mm = minMax.match(after.mid(unitLength));
            if (mm.hasMatch())
                t.op = mm.captured(1).toLower().startsWith(QLatin1String("min")) ? Op::GreaterOrEqual : Op::LessOrEqual;
            else
                t.op = t.unit == Unit::Percent ? Op::GreaterOrEqual : Op::LessOrEqual;
        }
        return t;
    }
    return std::nullopt;
}

double Threshold::secondsPer(Unit unit)
{
    switch (unit) {
    case Unit::Milliseconds: return 0.001;
    case Unit::Seconds: return 1;
    case Unit::Minutes: return 60;
    case Unit::Hours: return 3600;
    case Unit::Percent: break;
    }
    return 1;
}

double Threshold::baseValue() const
{
    return unit == Unit::Percent ? value : value * secondsPer(unit);
}

bool Threshold::holds(double baseFigure) const
{
    const double limit = baseValue();
    switch (op) {
    case Op::Less: return baseFigure < limit;
    case Op::LessOrEqual: return baseFigure <= limit;
    case Op::Greater: return baseFigure > limit;
    case Op::GreaterOrEqual: return baseFigure >= limit;
    }
    return false;
}

QString Threshold::unitSymbol(Unit unit)
{
    switch (unit) {
    case Unit::Percent: return QStringLiteral("%");
    case Unit::Milliseconds: return QStringLiteral("ms");
    case Unit::Seconds: return QStringLiteral("s");
    case Unit::Minutes: return QStringLiteral("min");
    case Unit::Hours: return QStringLiteral("h");
    }
    return {};
}

QString Threshold::opSymbol(Op op)
{
    switch (op) {
    case Op::Less: return QStringLiteral("<");
    case Op::LessOrEqual: return QStringLiteral("\u2264");
    case Op::Greater: return QStringLiteral(">");
    case Op::GreaterOrEqual: return QStringLiteral("\u2265");
    }
    return {};
}

QString Threshold::display() const
{
    return QStringLiteral("%1 %2 %3").arg(opSymbol(op), trimmedNumber(value), unitSymbol(unit));
}

QString Threshold::shownDisplay() const
{
    return QStringLiteral("%1 %2 %3").arg(opSymbol(op), QLocale().toString(value, 'g', 12), unitSymbol(unit));
}
