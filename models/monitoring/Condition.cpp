#include "models/monitoring/Condition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cmath>

namespace {
std::atomic<int> jsonParses{0};
}

int Condition::jsonParseCount()
{
    return jsonParses.load();
}

// The body as text and as JSON, each worked out at most once per observation.
struct Condition::BodyCache
{
    explicit BodyCache(const Observation &observation) : o(observation) {}

    const QString &text()
    {
        if (!textDone) {
            bodyText = QString::fromUtf8(o.body).trimmed();
            textDone = true;
        }
        return bodyText;
    }

    // True when the body is a JSON object or array; else jsonError says why not.
    bool json()
    {
        if (!jsonDone) {
            jsonDone = true;
            if (o.body.trimmed().isEmpty()) {
                jsonError = QCoreApplication::translate("Condition", "it is empty");
            } else {
                QJsonParseError e;
                ++jsonParses;
                doc = QJsonDocument::fromJson(o.body, &e);
                if (e.error != QJsonParseError::NoError)
                    jsonError =
                        QCoreApplication::translate("Condition", "%1 at offset %2").arg(e.errorString()).arg(e.offset);
            }
        }
        return jsonError.isEmpty();
    }

    const Observation &o;
    bool textDone = false;
    QString bodyText;
    bool jsonDone = false;
    QJsonDocument doc;
    QString jsonError;
};

struct Condition::Value
{
    enum Kind {
        Missing,
        Number,
        Text,
        Bool,
        Null,
        Json
    } kind = Missing;
    double number = 0;
    QString text;   // the text form of every kind but Missing
    QString reason; // Missing: why there is no value; otherwise an optional note after it

    static Value missing(const QString &why)
    {
        Value v;
        v.reason = why;
        return v;
    }
    static Value ofNumber(double d)
    {
        Value v;
        v.kind = Number;
        v.number = d;
        v.text = (d == std::floor(d) && std::fabs(d) < 1e15) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
        return v;
    }
    static Value ofText(const QString &s, Kind k = Text)
    {
        Value v;
        v.kind = k;
        v.text = s;
        return v;
    }
    static Value ofBool(bool b) { return ofText(b ? QStringLiteral("true") : QStringLiteral("false"), Bool); }
};

namespace {

bool toNumber(const QString &s, double *d)
{
    bool ok = false;
    *d = s.toDouble(&ok);
    return ok && std::isfinite(*d);
}

// A value for a one-line explanation: text quoted and escaped, long values shortened.
QString shown(const QString &s, bool quote)
{
    QString t = s;
    if (quote)
        t.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    t.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
    if (t.size() > 80)
        t = t.left(77) + QStringLiteral("...");
    return quote ? QLatin1Char('"') + t + QLatin1Char('"') : t;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

class Condition::Parser
{
public:
    Parser(const QString &text, Condition &condition) : s(text), c(condition) {}
    QString error;

    bool run()
    {
        if (s.isEmpty())
            return fail(QCoreApplication::translate("Condition", "empty condition"), 0);
        return left() && op() && right();
    }

private:
    const QString &s;
    Condition &c;
    int i = 0;

    QChar at(int k) const { return k < s.size() ? s.at(k) : QChar(); }
    bool atEnd() const { return i >= s.size(); }
    void ws()
    {
        while (!atEnd() && s.at(i).isSpace())
            ++i;
    }
    bool fail(const QString &what, int pos)
    {
        error = QCoreApplication::translate("Condition", "%1 at position %2 in \"%3\"").arg(what).arg(pos + 1).arg(s);
        return false;
    }
    bool unexpected(int pos)
    {
        if (pos >= s.size())
            return fail(QCoreApplication::translate("Condition", "unexpected end"), pos);
        return fail(QCoreApplication::translate("Condition", "unexpected '%1'").arg(s.at(pos)), pos);
    }

    bool left()
    {
        ws();
        if (at(i) == QLatin1Char('['))
            return placeholder() && path();
        const int start = i;
        while (!atEnd() && isWordChar(s.at(i)))
            ++i;
        const QString word = s.mid(start, i - start);
        if (word.isEmpty())
            return unexpected(i);
        if (at(i) != QLatin1Char('('))
            return fail(QCoreApplication::translate("Condition", "expected a placeholder such as [STATUS]"), start);
        if (word == QLatin1String("len"))
            c.m_function = Function::Len;
        else if (word == QLatin1String("has"))
            c.m_function = Function::Has;
        else
            return fail(QCoreApplication::translate("Condition", "unknown function %1()").arg(word), start);
        ++i;
        ws();
        const int argStart = i;
        if (at(i) != QLatin1Char('['))
            return fail(QCoreApplication::translate("Condition", "expected a placeholder such as [BODY]"), i);
        if (!placeholder() || !path())
            return false;
        if (c.m_function == Function::Has && c.m_placeholder != Placeholder::Body)
            return fail(QCoreApplication::translate("Condition", "has() works only on [BODY]"), argStart);
        ws();
        if (at(i) != QLatin1Char(')'))
            return unexpected(i);
        ++i;
        return true;
    }

    bool placeholder()
    {
        const int start = i;
        const int close = s.indexOf(QLatin1Char(']'), i);
        if (close < 0)
            return fail(QCoreApplication::translate("Condition", "unclosed ["), start);
        const QString name = s.mid(i + 1, close - i - 1);
        static const QVector<QPair<QString, Placeholder>> known = {
            {QStringLiteral("STATUS"), Placeholder::Status},
            {QStringLiteral("RESPONSE_TIME"), Placeholder::ResponseTime},
            {QStringLiteral("BODY"), Placeholder::Body},
            {QStringLiteral("CONNECTED"), Placeholder::Connected},
            {QStringLiteral("EXIT_CODE"), Placeholder::ExitCode},
        };
        for (const auto &k : known) {
            if (k.first == name) {
                c.m_placeholder = k.second;
                i = close + 1;
                return true;
            }
        }
        return fail(QCoreApplication::translate("Condition", "unknown placeholder [%1]").arg(name), start);
    }

    bool path()
    {
        const int start = i;
        static const QString stops = QStringLiteral(".[]() \t=!<>,\"");
        while (!atEnd()) {
            if (s.at(i) == QLatin1Char('.')) {
                const int keyStart = ++i;
                while (!atEnd() && !stops.contains(s.at(i)))
                    ++i;
                if (i == keyStart)
                    return fail(QCoreApplication::translate("Condition", "missing field name after '.'"), keyStart - 1);
                c.m_path.append(Step{s.mid(keyStart, i - keyStart), -1});
            } else if (s.at(i) == QLatin1Char('[')) {
                const int open = i++;
                while (!atEnd() && s.at(i).isDigit())
                    ++i;
                bool ok = false;
                const int index = s.mid(open + 1, i - open - 1).toInt(&ok);
                if (!ok || at(i) != QLatin1Char(']'))
                    return fail(QCoreApplication::translate("Condition", "expected an array index such as [0]"), open);
                ++i;
                c.m_path.append(Step{QString(), index});
            } else {
                break;
            }
        }
        if (!c.m_path.isEmpty() && c.m_placeholder != Placeholder::Body)
            return fail(QCoreApplication::translate("Condition", "a JSON path works only on [BODY]"), start);
        return true;
    }

    bool op()
    {
        ws();
        if (atEnd())
            return fail(QCoreApplication::translate("Condition", "missing operator (== != < <= > >=)"), i);
        static const QVector<QPair<QString, Op>> ops = {
            {QStringLiteral("=="), Op::Eq}, {QStringLiteral("!="), Op::Ne}, {QStringLiteral("<="), Op::Le},
            {QStringLiteral(">="), Op::Ge}, {QStringLiteral("<"), Op::Lt},  {QStringLiteral(">"), Op::Gt},
        };
        for (const auto &o : ops) {
            if (QStringView(s).mid(i).startsWith(o.first)) {
                c.m_op = o.second;
                i += int(o.first.size());
                if (at(i) == QLatin1Char('=')) // "===" would compare with the text "= 200"
                    return fail(QCoreApplication::translate("Condition", "unexpected '=' (use ==)"), i);
                return true;
            }
        }
        if (s.at(i) == QLatin1Char('='))
            return fail(QCoreApplication::translate("Condition", "unexpected '=' (use ==)"), i);
        return unexpected(i);
    }

    bool right()
    {
        const int opEnd = i;
        ws();
        if (atEnd())
            return fail(QCoreApplication::translate("Condition", "missing value after the operator"), opEnd);
        if (at(i) == QLatin1Char('['))
            return fail(QCoreApplication::translate("Condition", "a placeholder cannot be on the right"), i);
        if (QStringView(s).mid(i).startsWith(QLatin1String("any("))) {
            const int anyStart = i;
            if (c.m_op != Op::Eq && c.m_op != Op::Ne)
                return fail(QCoreApplication::translate("Condition", "any() works only with == or !="), anyStart);
            c.m_any = true;
            i += 4;
            for (;;) {
                if (!literal(true))
                    return false;
                ws();
                if (atEnd())
                    return fail(QCoreApplication::translate("Condition", "unclosed any("), anyStart);
                if (s.at(i) == QLatin1Char(')'))
                    break;
                if (s.at(i) != QLatin1Char(','))
                    return unexpected(i);
                ++i;
            }
            ++i;
        } else if (!literal(false)) {
            return false;
        }
        ws();
        return atEnd() || unexpected(i);
    }

    // A "quoted string" or a bare word; inside any(...) a bare word ends at ',' or ')'.
    bool literal(bool inList)
    {
        ws();
        Literal lit;
        if (at(i) == QLatin1Char('"')) {
            const int open = i++;
            lit.quoted = true;
            for (;; ++i) {
                if (atEnd())
                    return fail(QCoreApplication::translate("Condition", "unclosed \""), open);
                if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
                    lit.text += s.at(++i);
                } else if (s.at(i) == QLatin1Char('"')) {
                    ++i;
                    break;
                } else {
                    lit.text += s.at(i);
                }
            }
        } else {
            const int start = i;
            while (!atEnd()) {
                const QChar ch = s.at(i);
                if (inList && (ch == QLatin1Char(',') || ch == QLatin1Char(')')))
                    break;
                if (ch == QLatin1Char('(') || ch == QLatin1Char(')') || ch == QLatin1Char('"'))
                    return unexpected(i);
                ++i;
            }
            lit.text = s.mid(start, i - start).trimmed();
            if (lit.text.isEmpty())
                return fail(QCoreApplication::translate("Condition", "missing value"), start);
        }
        c.m_right.append(lit);
        return true;
    }
};

Result<Condition> Condition::parse(const QString &text)
{
    Condition c;
    c.m_text = text.trimmed();
    Parser p(c.m_text, c);
    c.m_valid = p.run();
    if (!c.m_valid)
        return Error::make(Error::Code::Invalid, p.error);
    return c;
}

QString Condition::placeholderName() const
{
    switch (m_placeholder) {
    case Placeholder::Status: return QStringLiteral("[STATUS]");
    case Placeholder::ResponseTime: return QStringLiteral("[RESPONSE_TIME]");
    case Placeholder::Body: return QStringLiteral("[BODY]");
    case Placeholder::Connected: return QStringLiteral("[CONNECTED]");
    case Placeholder::ExitCode: return QStringLiteral("[EXIT_CODE]");
    }
    return {};
}

Condition::Value Condition::resolve(const Observation &o, BodyCache &cache) const
{
    Value v;
    switch (m_placeholder) {
    case Placeholder::Status:
        v = o.status < 0 ? Value::missing(QCoreApplication::translate("Condition", "there was no HTTP answer"))
                         : Value::ofNumber(o.status);
        break;
    case Placeholder::ResponseTime:
        v = o.responseTimeMs < 0
            ? Value::missing(QCoreApplication::translate("Condition", "no response time was measured"))
            : Value::ofNumber(o.responseTimeMs);
        break;
    case Placeholder::ExitCode:
        v = o.exitCode < 0
            ? Value::missing(QCoreApplication::translate("Condition", "the program did not exit normally"))
            : Value::ofNumber(o.exitCode);
        break;
    case Placeholder::Connected: v = Value::ofBool(o.connected); break;
    case Placeholder::Body:
        if (!m_path.isEmpty())
            break; // below
        if (m_function == Function::Len && cache.json() && cache.doc.isArray())
            return Value::ofNumber(cache.doc.array().size());
        if (m_function == Function::Has)
            return Value::ofBool(!o.body.trimmed().isEmpty());
        if (o.bodyTruncated)
            return Value::missing(
                QCoreApplication::translate("Condition", "the body was cut at 1 MiB, so its whole text is not known"));
        v = Value::ofText(cache.text());
        break;
    }
    if (m_placeholder != Placeholder::Body || m_path.isEmpty()) {
        if (m_function == Function::Len && v.kind != Value::Missing)
            return Value::ofNumber(v.text.size());
        return v;
    }

    // A JSON path into the body.
    if (!cache.json()) {
        if (o.bodyTruncated)
            return Value::missing(
                QCoreApplication::translate("Condition", "the body was cut at 1 MiB and is not complete JSON"));
        if (m_function == Function::Has) {
            Value f = Value::ofBool(false);
            f.reason = QCoreApplication::translate("Condition", " (the body is not JSON)");
            return f;
        }
        return Value::missing(
            QCoreApplication::translate("Condition", "the body is not JSON (%1)").arg(cache.jsonError));
    }
    QJsonValue cur = cache.doc.isArray() ? QJsonValue(cache.doc.array()) : QJsonValue(cache.doc.object());
    QString walked;
    for (const Step &step : m_path) {
        const bool isKey = step.index < 0;
        if (isKey)
            walked += walked.isEmpty() ? step.key : QString(QLatin1Char('.') + step.key);
        else
            walked += QStringLiteral("[%1]").arg(step.index);
        const bool found = isKey ? (cur.isObject() && cur.toObject().contains(step.key))
                                 : (cur.isArray() && step.index < cur.toArray().size());
        if (!found) {
            if (m_function == Function::Has)
                return Value::ofBool(false);
            return Value::missing(QCoreApplication::translate("Condition", "no %1 %2 in the body")
                                      .arg(isKey ? QCoreApplication::translate("Condition", "field")
                                                 : QCoreApplication::translate("Condition", "element"),
                                           walked));
        }
        cur = isKey ? cur.toObject().value(step.key) : cur.toArray().at(step.index);
    }
    if (m_function == Function::Has)
        return Value::ofBool(true);
    if (m_function == Function::Len) {
        if (cur.isArray())
            return Value::ofNumber(cur.toArray().size());
        if (cur.isObject())
            return Value::ofNumber(cur.toObject().size());
        if (cur.isString())
            return Value::ofNumber(cur.toString().size());
        return Value::missing(
            QCoreApplication::translate("Condition", "len() needs an array, a string or an object, but %1 is %2")
                .arg(walked,
                     cur.isDouble()     ? QCoreApplication::translate("Condition", "a number")
                         : cur.isBool() ? QCoreApplication::translate("Condition", "a boolean")
                                        : QStringLiteral("null")));
    }
    switch (cur.type()) {
    case QJsonValue::Double: return Value::ofNumber(cur.toDouble());
    case QJsonValue::String: return Value::ofText(cur.toString());
    case QJsonValue::Bool: return Value::ofBool(cur.toBool());
    case QJsonValue::Array:
        return Value::ofText(QString::fromUtf8(QJsonDocument(cur.toArray()).toJson(QJsonDocument::Compact)),
                             Value::Json);
    case QJsonValue::Object:
        return Value::ofText(QString::fromUtf8(QJsonDocument(cur.toObject()).toJson(QJsonDocument::Compact)),
                             Value::Json);
    default: return Value::ofText(QStringLiteral("null"), Value::Null);
    }
}

bool Condition::compare(const Value &left, const Literal &right) const
{
    double l = 0, r = 0;
    int order = 0;
    const bool leftNumeric = left.kind == Value::Number || (left.kind == Value::Text && toNumber(left.text, &l));
    if (left.kind == Value::Number)
        l = left.number;
    if (leftNumeric && !right.quoted && toNumber(right.text, &r))
        order = l < r ? -1 : (l > r ? 1 : 0);
    else
        order = left.text.compare(right.text, Qt::CaseSensitive);
    const Op op = m_any ? Op::Eq : m_op; // any(): != is "equals none", negated by the caller
    switch (op) {
    case Op::Eq: return order == 0;
    case Op::Ne: return order != 0;
    case Op::Lt: return order < 0;
    case Op::Le: return order <= 0;
    case Op::Gt: return order > 0;
    case Op::Ge: return order >= 0;
    }
    return false;
}

Condition::Outcome Condition::evaluate(const Observation &o) const
{
    BodyCache cache(o);
    return evaluate(o, cache);
}

Condition::Outcome Condition::evaluate(const Observation &o, BodyCache &cache) const
{
    if (!m_valid)
        return {false, QCoreApplication::translate("Condition", "%1 failed: the condition does not parse").arg(m_text)};
    const Value v = resolve(o, cache);
    if (v.kind == Value::Missing)
        return {false, QCoreApplication::translate("Condition", "%1 failed: %2").arg(m_text, v.reason)};
    bool passed = false;
    if (m_any) {
        bool anyEqual = false;
        for (const Literal &lit : m_right)
            anyEqual = anyEqual || compare(v, lit);
        passed = m_op == Op::Ne ? !anyEqual : anyEqual;
    } else {
        passed = compare(v, m_right.constFirst());
    }
    if (passed)
        return {true, {}};
    const bool quote = v.kind == Value::Text;
    return {
        false,
        QCoreApplication::translate("Condition", "%1 failed: was %2%3").arg(m_text, shown(v.text, quote), v.reason)};
}

Condition::Outcome evaluateAll(const QVector<Condition> &conditions, const Observation &o)
{
    Condition::BodyCache cache(o);
    for (const Condition &c : conditions) {
        Condition::Outcome out = c.evaluate(o, cache);
        if (!out.passed)
            return out;
    }
    return {true, {}};
}
