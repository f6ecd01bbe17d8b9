#include "models/checklist/ChecklistField.h"

#include "models/checklist/FieldScan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

using Type = ChecklistField::Type;

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
QString labelBefore(const QString &text, qsizetype from, qsizetype to)
{
    QString label = text.mid(from, to - from).trimmed();
    while (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

// "Start time", "Cut-over Time (UTC)": a time of day. "Response time" and its kin are
// durations; they come with a unit and are numbers, or without one stay text.
bool isTimeOfDayLabel(const QString &label)
{
    static const QRegularExpression timeOfDay(QStringLiteral(R"(\btime(\s*\([^)]*\))?$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression duration(
        QStringLiteral(R"(\b(response|processing|execution|run|running|load|loading|wait|waiting|recovery|)"
                       R"(resolution|turnaround|round[- ]trip|build|boot|startup|cycle|query|lead|down|up)\s+time\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return timeOfDay.match(label).hasMatch() && !duration.match(label).hasMatch();
}

Type typeFor(const QString &label, const QString &unit)
{
    if (unit == QLatin1String("%"))
        return Type::Percent;
    if (!unit.isEmpty())
        return Type::Number;
    static const QRegularExpression count(QStringLiteral(R"(^(total\b|failed\b)|\bcount$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (count.match(label).hasMatch())
        return Type::Count;
    static const QRegularExpression date(QStringLiteral(R"(\bdate$)"), QRegularExpression::CaseInsensitiveOption);
    if (date.match(label).hasMatch())
        return Type::Date;
    static const QRegularExpression time(QStringLiteral(R"(^time\b|\btime recorded\b|\btimestamp\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (time.match(label).hasMatch())
        return Type::DateTime;
    if (isTimeOfDayLabel(label))
        return Type::Time;
    if (isGenericSignatureLabel(label))
        return Type::Signature;
    return Type::Text;
}

// A number as a person types it at this desk: in the desk's locale ("2,5" and "1.234,5" on a
// German desk) or in the C form that files and scripts use ("2.5"), with or without the field's
// unit after it ("120 ms", "120ms", "99,5 %"). The desk's form is tried first, so "1.234" is
// a thousand and more on a German desk and a bit more than one elsewhere.
bool parseNumber(const QString &value, const QString &unit, double *out)
{
    QString v = value.trimmed();
    if (!unit.isEmpty() && v.endsWith(unit, Qt::CaseInsensitive))
        v = v.chopped(unit.size()).trimmed();
    for (const QLocale &locale : {QLocale(), QLocale::c()}) {
        bool ok = false;
        const double n = locale.toDouble(v, &ok);
        if (ok && std::isfinite(n)) {
            *out = n;
            return true;
        }
    }
    return false;
}

// A whole number in the desk's form ("1.234" on a German desk) or the C form.
bool parseCount(const QString &value, qlonglong *out)
{
    for (const QLocale &locale : {QLocale(), QLocale::c()}) {
        bool ok = false;
        const qlonglong n = locale.toLongLong(value.trimmed(), &ok);
        if (ok) {
            *out = n;
            return true;
        }
    }
    return false;
}

// "9:05", "09:05" or "09:05:00"; seconds are accepted and dropped.
QTime parseTimeOfDay(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):(\d{2})(?::(\d{2}))?$)"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString oneOf(const QStringList &choices)
{
    if (choices.size() < 2)
        return choices.join(QString());
    return choices.mid(0, choices.size() - 1).join(QStringLiteral(", "))
        + QCoreApplication::translate("ChecklistField", " or ") + choices.last();
}

qsizetype choiceIndex(const QStringList &choices, const QString &value)
{
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (choices.at(i).compare(value.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

QVector<ChecklistField> detectFields(const QString &text)
{
    QVector<ChecklistField> fields;
    for (const FieldSpan &s : scanFields(text)) {
        ChecklistField f;
        f.key = QStringLiteral("f%1").arg(fields.size());
        f.label = labelBefore(text, s.labelStart, s.start);
        if (s.kind == FieldSpan::Kind::Blank) {
            f.unit = s.unit;
            f.type = typeFor(f.label, f.unit);
            f.templateValue = unescapeValue(s.rawValue);
        } else {
            f.type = Type::Choice;
            for (const FieldSpan::Box &box : s.boxes) {
                f.choices.append(box.label);
                if (box.ticked && f.templateValue.isEmpty())
                    f.templateValue = box.label;
            }
        }
        fields.append(f);
    }
    return fields;
}

bool isSignOffTitle(const QString &title)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\bsign(ed|ing)?[- ]?offs?\b|\bsignatures?\b|\bsigned\b|\bsign here\b|\bapproved by\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

bool isGenericSignatureLabel(const QString &label)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(name\s*(/|&|and)\s*signature|signature(\s*(/|&|and)\s*name)?|signed|signed( off)? by|)"
                       R"(sign[- ]?off by|approved by)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(label.trimmed()).hasMatch();
}

void markSignatureFields(QVector<ChecklistField> *fields, bool inSignOffContext)
{
    // "Release Manager", "Technical Lead": a role, whose blank before a Date is a signature anywhere.
    static const QRegularExpression role(
        QStringLiteral(R"(\b(manager|lead|owner|engineer|officer|director|approver|head|chief|sponsor|)"
                       R"(architect|administrator|admin|coordinator|supervisor|representative|analyst)$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < fields->size(); ++i) {
        ChecklistField &f = (*fields)[i];
        if (f.type != Type::Text)
            continue;
        const bool dated = i + 1 < fields->size() && fields->at(i + 1).type == Type::Date;
        const bool signs = dated ? inSignOffContext || role.match(f.label).hasMatch()
                                 : inSignOffContext && f.label.compare(QLatin1String("Name"), Qt::CaseInsensitive) == 0;
        if (signs)
            f.type = Type::Signature;
    }
}

QString canonicalFieldText(const QString &text)
{
    QString out;
    qsizetype pos = 0;
    for (const FieldSpan &s : scanFields(text)) {
        out += text.mid(pos, s.start - pos);
        if (s.kind == FieldSpan::Kind::Blank) {
            out += QStringLiteral("_____") + s.unitTail;
        } else {
            for (qsizetype b = 0; b < s.boxes.size(); ++b) {
                const FieldSpan::Box &box = s.boxes.at(b);
                const qsizetype next = b + 1 < s.boxes.size() ? s.boxes.at(b + 1).start : s.end;
                out += QStringLiteral("[ ] ") + text.mid(box.end, next - box.end);
            }
        }
        pos = s.end;
    }
    out += text.mid(pos);
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
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            md += QLatin1Char('\\');
        md += c;
    }
    return QStringLiteral("_____[") + md + QLatin1Char(']');
}
} // namespace

QString fillFields(const QString &text, const QVector<ChecklistField> &fields, const QStringList &values,
                   FillStyle style)
{
    QString out;
    qsizetype pos = 0;
    const QVector<FieldSpan> spans = scanFields(text);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const FieldSpan &s = spans.at(i);
        const QString value = i < values.size() ? values.at(i) : QString();
        out += text.mid(pos, s.start - pos);
        if (s.kind == FieldSpan::Kind::Blank) {
            if (value.isEmpty())
                out += QString(s.underscores, QLatin1Char('_')); // as long as its author drew it
            else
                out += style == FillStyle::Markdown ? markdownFilledBlank(value) : value;
            out += s.unitTail;
        } else {
            // By position among the field's choices, so the box is found even where this text
            // splits its alternatives differently from the text the field was read from.
            qsizetype chosen = -1;
            if (i < fields.size() && fields.at(i).type == Type::Choice)
                chosen = choiceIndex(fields.at(i).choices, value);
            if (chosen < 0) {
                QStringList labels;
                for (const FieldSpan::Box &box : s.boxes)
                    labels.append(box.label);
                chosen = choiceIndex(labels, value);
            }
            for (qsizetype b = 0; b < s.boxes.size(); ++b) {
                const FieldSpan::Box &box = s.boxes.at(b);
                const qsizetype next = b + 1 < s.boxes.size() ? s.boxes.at(b + 1).start : s.end;
                out +=
                    (b == chosen ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) + text.mid(box.end, next - box.end);
            }
        }
        pos = s.end;
    }
    out += text.mid(pos);
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
    case Type::Choice: return QStringLiteral("choice");
    case Type::Time: return QStringLiteral("time");
    case Type::Signature: return QStringLiteral("signature");
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
    case Type::Signature:
        if (v.contains(QLatin1Char('\n')))
            return QCoreApplication::translate("ChecklistField", "%1 takes one line of text").arg(label);
        return {};
    case Type::Count: {
        qlonglong n = 0;
        if (!parseCount(v, &n) || n < 0)
            return QCoreApplication::translate("ChecklistField",
                                               "%1 is a count: a whole number of 0 or more, not \"%2\"")
                .arg(label, v);
        return {};
    }
    case Type::Number: {
        double n = 0;
        if (!parseNumber(v, unit, &n) || n < 0)
            return QCoreApplication::translate("ChecklistField", "%1 is a number of %2 (0 or more), not \"%3\"")
                .arg(label, unit, v);
        return {};
    }
    case Type::Percent: {
        double n = 0;
        if (!parseNumber(v, unit, &n) || n < 0 || n > 100)
            return QCoreApplication::translate("ChecklistField", "%1 is a percentage from 0 to 100, not \"%2\"")
                .arg(label, v);
        return {};
    }
    case Type::DateTime:
        if (!QDateTime::fromString(v, Qt::ISODate).isValid())
            return QCoreApplication::translate("ChecklistField",
                                               "%1 is a date and time such as 2026-11-26T14:00:00Z, not \"%2\"")
                .arg(label, v);
        return {};
    case Type::Date:
        if (!QDate::fromString(v, Qt::ISODate).isValid())
            return QCoreApplication::translate("ChecklistField", "%1 is a date such as 2026-11-26, not \"%2\"")
                .arg(label, v);
        return {};
    case Type::Time:
        if (!parseTimeOfDay(v).isValid())
            return QCoreApplication::translate("ChecklistField", "%1 is a time of day such as 14:30, not \"%2\"")
                .arg(label, v);
        return {};
    case Type::Choice:
        if (choiceIndex(choices, v) < 0)
            return QCoreApplication::translate("ChecklistField", "%1 is one of %2, not \"%3\"")
                .arg(label, oneOf(choices), v);
        return {};
    }
    return {};
}

QString ChecklistField::normalize(const QString &value) const
{
    QString v = value.trimmed(); // not const: returned as it is, moved
    if (v.isEmpty())
        return v;
    double n = 0;
    qlonglong count = 0;
    switch (type) {
    case Type::Count: parseCount(v, &count); return QString::number(count);
    case Type::Number:
    case Type::Percent: parseNumber(v, unit, &n); return QLocale::c().toString(n, 'g', 12);
    case Type::DateTime: {
        QDateTime t = QDateTime::fromString(v, Qt::ISODate);
        return t.toUTC().toString(Qt::ISODate);
    }
    case Type::Time: return parseTimeOfDay(v).toString(QStringLiteral("HH:mm"));
    case Type::Signature: return v.simplified();
    case Type::Choice: {
        const qsizetype i = choiceIndex(choices, v);
        return i < 0 ? v : choices.at(i);
    }
    default: return v;
    }
}

QString ChecklistField::shown(const QString &stored) const
{
    if (type != Type::Number && type != Type::Percent && type != Type::Count)
        return stored;
    bool ok = false;
    const double n = QLocale::c().toDouble(stored, &ok);
    if (!ok)
        return stored;
    QLocale desk;
    desk.setNumberOptions(type == Type::Count ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    return type == Type::Count ? desk.toString(qlonglong(n)) : desk.toString(n, 'g', 12);
}
