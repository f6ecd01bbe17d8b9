#include "ChecklistField.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace {

// A blank: three or more underscores, optionally followed by a filled value in brackets.
const QRegularExpression &blankPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(_{3,}(?:\[((?:[^\]\\]|\\.)*)\])?(\s*(%|(?:ms|seconds|minutes|hours|GB|MB)\b))?)"));
    return re;
}

const QRegularExpression &trafficLightPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\[( |x|X)\]\s*Green\s*\[( |x|X)\]\s*Yellow\s*\[( |x|X)\]\s*Red)"));
    return re;
}

QString unescapeValue(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size())
            ++i;
        out += raw.at(i);
    }
    return out;
}

// The label of a blank: the words since the previous blank, without the trailing colon.
QString labelBefore(const QString &text, int from, int to)
{
    QString label = text.mid(from, to - from).trimmed();
    while (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

ChecklistField::Type typeFor(const QString &label, const QString &unit)
{
    using T = ChecklistField::Type;
    if (unit == QLatin1String("%"))
        return T::Percent;
    if (!unit.isEmpty())
        return T::Number;
    static const QRegularExpression count(QStringLiteral(R"(^(total\b|failed\b)|\bcount$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (count.match(label).hasMatch())
        return T::Count;
    static const QRegularExpression date(QStringLiteral(R"(\bdate$)"), QRegularExpression::CaseInsensitiveOption);
    if (date.match(label).hasMatch())
        return T::Date;
    static const QRegularExpression time(QStringLiteral(R"(^time\b|\btime recorded\b|\btimestamp\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (time.match(label).hasMatch())
        return T::DateTime;
    return T::Text;
}

bool parseNumber(const QString &value, double *out)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(value.trimmed(), &ok);
    if (ok)
        *out = v;
    return ok;
}

} // namespace

QVector<ChecklistField> detectFields(const QString &text)
{
    QVector<ChecklistField> fields;
    int labelStart = 0;
    auto it = blankPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        ChecklistField f;
        f.key = QStringLiteral("f%1").arg(fields.size());
        f.label = labelBefore(text, labelStart, m.capturedStart());
        f.unit = m.captured(3);
        f.type = typeFor(f.label, f.unit);
        f.templateValue = unescapeValue(m.captured(1));
        fields.append(f);
        labelStart = m.capturedEnd();
    }
    const auto light = trafficLightPattern().match(text);
    if (light.hasMatch()) {
        ChecklistField f;
        f.key = QStringLiteral("f%1").arg(fields.size());
        f.label = labelBefore(text, labelStart, light.capturedStart());
        f.type = ChecklistField::Type::TrafficLight;
        const QStringList choices = ChecklistField::trafficLightChoices();
        for (int i = 0; i < 3; ++i) {
            if (light.captured(i + 1).compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
                f.templateValue = choices.at(i);
        }
        fields.append(f);
    }
    return fields;
}

QString canonicalFieldText(const QString &text)
{
    QString out = text;
    out.replace(blankPattern(), QStringLiteral("_____\\2"));
    out.replace(trafficLightPattern(), QStringLiteral("[ ] Green [ ] Yellow [ ] Red"));
    return out.simplified();
}

namespace {
// "_____[value]": ']' and '\' escaped for our reader, then every ASCII punctuation
// character escaped for Markdown so md4c hands our reader exactly that text.
QString markdownFilledBlank(const QString &value)
{
    QString ours = value;
    ours.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    ours.replace(QLatin1String("]"), QLatin1String("\\]"));
    ours.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString md;
    for (const QChar c : std::as_const(ours)) {
        if (c.unicode() < 128 && c.isPunct())
            md += QLatin1Char('\\');
        else if (c.unicode() < 128 && c.isSymbol())
            md += QLatin1Char('\\');
        md += c;
    }
    return QStringLiteral("_____[") + md + QLatin1Char(']');
}

// The underscores of a blank, without the value it may have held.
QString emptyBlank(const QString &blank)
{
    qsizetype n = 0;
    while (n < blank.size() && blank.at(n) == QLatin1Char('_'))
        ++n;
    return blank.left(n);
}
} // namespace

QString fillFields(const QString &text, const QVector<ChecklistField> &fields, const QStringList &values,
                   FillStyle style)
{
    QString out;
    int pos = 0;
    int index = 0;
    auto it = blankPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(pos, m.capturedStart() - pos);
        const QString value = index < values.size() ? values.at(index) : QString();
        if (value.isEmpty())
            out += emptyBlank(m.captured(0)); // as long as its author drew it
        else
            out += style == FillStyle::Markdown ? markdownFilledBlank(value) : value;
        out += m.captured(2);
        pos = m.capturedEnd();
        ++index;
    }
    out += text.mid(pos);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).type != ChecklistField::Type::TrafficLight)
            continue;
        const QString value = i < values.size() ? values.at(i) : QString();
        QString light;
        for (const QString &choice : ChecklistField::trafficLightChoices()) {
            if (!light.isEmpty())
                light += QLatin1Char(' ');
            light += QStringLiteral("[%1] %2").arg(choice == value ? QStringLiteral("x") : QStringLiteral(" "), choice);
        }
        out.replace(trafficLightPattern(), light);
    }
    return out;
}

QStringList ChecklistField::trafficLightChoices()
{
    return {QStringLiteral("Green"), QStringLiteral("Yellow"), QStringLiteral("Red")};
}

QString ChecklistField::typeName(Type type)
{
    switch (type) {
    case Type::Text: return QStringLiteral("text");
    case Type::Count: return QStringLiteral("count");
    case Type::Number: return QStringLiteral("number");
    case Type::Percent: return QStringLiteral("percent");
    case Type::DateTime: return QStringLiteral("datetime");
    case Type::Date: return QStringLiteral("date");
    case Type::TrafficLight: return QStringLiteral("traffic-light");
    }
    return {};
}

QString ChecklistField::validate(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {}; // clearing a field is always allowed
    switch (type) {
    case Type::Text:
        if (v.contains(QLatin1Char('\n')))
            return QStringLiteral("%1 takes one line of text").arg(label);
        return {};
    case Type::Count: {
        bool ok = false;
        const qlonglong n = v.toLongLong(&ok);
        if (!ok || n < 0)
            return QStringLiteral("%1 is a count: a whole number of 0 or more, not \"%2\"").arg(label, v);
        return {};
    }
    case Type::Number: {
        double n = 0;
        if (!parseNumber(v, &n) || n < 0)
            return QStringLiteral("%1 is a number of %2 (0 or more), not \"%3\"").arg(label, unit, v);
        return {};
    }
    case Type::Percent: {
        double n = 0;
        if (!parseNumber(v, &n) || n < 0 || n > 100)
            return QStringLiteral("%1 is a percentage from 0 to 100, not \"%2\"").arg(label, v);
        return {};
    }
    case Type::DateTime:
        if (!QDateTime::fromString(v, Qt::ISODate).isValid())
            return QStringLiteral("%1 is a date and time such as 2026-11-26T14:00:00Z, not \"%2\"").arg(label, v);
        return {};
    case Type::Date:
        if (!QDate::fromString(v, Qt::ISODate).isValid())
            return QStringLiteral("%1 is a date such as 2026-11-26, not \"%2\"").arg(label, v);
        return {};
    case Type::TrafficLight:
        for (const QString &choice : trafficLightChoices()) {
            if (choice.compare(v, Qt::CaseInsensitive) == 0)
                return {};
        }
        return QStringLiteral("%1 is one of Green, Yellow or Red, not \"%2\"").arg(label, v);
    }
    return {};
}

QString ChecklistField::normalize(const QString &value) const
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return v;
    double n = 0;
    switch (type) {
    case Type::Count: return QString::number(v.toLongLong());
    case Type::Number:
    case Type::Percent: parseNumber(v, &n); return QLocale::c().toString(n, 'g', 12);
    case Type::DateTime: {
        QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        return t.toUTC().toString(Qt::ISODate);
    }
    case Type::TrafficLight:
        for (const QString &choice : trafficLightChoices()) {
            if (choice.compare(v, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return v;
    default: return v;
    }
}
