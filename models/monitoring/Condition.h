#pragma once

#include "models/core/Error.h"

#include "models/monitoring/Observation.h"

#include <QString>
#include <QVector>

// One check in the style of Gatus, parsed once and evaluated against every Observation:
//   LEFT OP RIGHT   with OP one of == != < <= > >=
//   LEFT:  [STATUS] [RESPONSE_TIME] [BODY] [CONNECTED] [EXIT_CODE], a JSON path into the body
//          ([BODY].data[0].id, [BODY][2]), len(...) or has(...) of one of those
//   RIGHT: a number, a bare word (ok, UP, true), a "quoted string", or any(a, b, ...) (only == and !=)
// Numbers compare numerically when both sides are numbers, everything else as case-sensitive text.
class Condition
{
public:
    struct Outcome
    {
        bool passed = false;
        QString explanation; // one line, set when the condition failed
    };

    // On failure an Error (Invalid) whose message gives the 1-based character position:
    // unexpected ')' at position 14 in "has([BODY].x)) == true".
    static Result<Condition> parse(const QString &text);

    bool isValid() const { return m_valid; }
    const QString &text() const { return m_text; }
    bool usesBody() const { return m_placeholder == Placeholder::Body; }
    QString placeholderName() const; // "[STATUS]", ...: lets the catalogue check it fits the kind

    Outcome evaluate(const Observation &o) const;

    struct BodyCache; // the body parsed once for several conditions (see evaluateAll)

    // How many times a body has been parsed as JSON in this process: lets a test check that
    // evaluateAll parses it once, without timing anything.
    static int jsonParseCount();

private:
    enum class Placeholder {
        Status,
        ResponseTime,
        Body,
        Connected,
        ExitCode
    };
    enum class Function {
        None,
        Len,
        Has
    };
    enum class Op {
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge
    };
    struct Step
    {
        QString key;
        int index = -1;
    }; // index >= 0: an array element
    struct Literal
    {
        QString text;
        bool quoted = false;
    };
    struct Value;
    class Parser;
    friend Outcome evaluateAll(const QVector<Condition> &conditions, const Observation &o);

    Outcome evaluate(const Observation &o, BodyCache &cache) const;
    Value resolve(const Observation &o, BodyCache &cache) const;
    bool compare(const Value &left, const Literal &right) const;

    QString m_text;
    bool m_valid = false;
    Placeholder m_placeholder = Placeholder::Status;
    Function m_function = Function::None;
    QVector<Step> m_path;
    Op m_op = Op::Eq;
    QVector<Literal> m_right; // more than one only for any(...)
    bool m_any = false;
};

// The first failing Outcome (passed when all pass, or when there are none). Parses the body once.
Condition::Outcome evaluateAll(const QVector<Condition> &conditions, const Observation &o);
