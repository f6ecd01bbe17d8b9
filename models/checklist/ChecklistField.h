#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A blank of the checklist ("_____ ms", "[ ] Go [ ] No-Go") turned into a typed input.
struct ChecklistField
{
    // Stored as numbers nowhere, but new types go at the end all the same.
    enum class Type {
        Text,
        Count,
        Number,
        Percent,
        DateTime,
        Date,
        Choice,    // one of the labelled boxes of its line: "[ ] Green [ ] Yellow [ ] Red", "[ ] Go [ ] No-Go"
        Time,      // a time of day, "Start time: ____", stored as HH:MM
        Signature, // the name of whoever signs in a role ("Project Manager: ____ Date: ____")
        TrafficLight = Choice, // the old name of Choice, for callers not yet reading `choices`
    };

    QString key;   // stable within its node: "f0", "f1", ...
    QString label; // the words before the blank, e.g. "Total tickets processed"
    Type type = Type::Text;
    QString unit;          // "ms", "%", "seconds", "GB", ... for numbers
    QString templateValue; // a value already filled in the template ("_____[42]", "[x] Go"), usually empty
    QStringList choices;   // a Choice's alternatives as written, e.g. {"Go", "No-Go"}

    // Empty when the value is acceptable, otherwise a reason a person understands.
    QString validate(const QString &value) const;
    // validate() and normalize() take what a person types at this desk: numbers in the desk's
    // locale (QLocale(): "2,5" on a German desk) or the C form, with or without the field's unit
    // ("120 ms").
    // The value in its canonical stored form ("042 " -> "42", "2,5 GB" -> "2.5"); call after
    // validate() succeeded.
    QString normalize(const QString &value) const;
    // A stored value as this desk writes it ("2.5" -> "2,5" on a German desk); others as stored.
    QString shown(const QString &stored) const;
    // True for the Green/Yellow/Red choice of a health check.
    bool isTrafficLight() const { return type == Type::Choice && choices == trafficLightChoices(); }

    static QString typeName(Type type);
    static QStringList trafficLightChoices();
};

// Finds the blanks and choices in checklist text. Returns them in reading order. A line break
// ('\n' or U+2028) ends a choice; so does a new "Label:" within a line joined from several.
QVector<ChecklistField> detectFields(const QString &text);

// Signatures need their context: in a sign-off section (or when the label names a role such as
// "Release Manager"), a text blank followed by a Date blank is the signature of that role, and
// a "Name:" blank there is one too. "Signature: ____" is one anywhere (detectFields sees that).
void markSignatureFields(QVector<ChecklistField> *fields, bool inSignOffContext);
// A heading or label that gathers signatures: "Sign-Off By:", "Final Sign-off", "Signatures".
bool isSignOffTitle(const QString &title);
// A signature label that names no role ("Signature", "Name/Signature", "Signed by").
bool isGenericSignatureLabel(const QString &label);

// The text with every blank reduced to one canonical form, filled values removed and the
// boxes of every choice unticked: the part of a line that identifies it, whatever has been
// written into it.
QString canonicalFieldText(const QString &text);

// How fillFields() writes a value into its blank.
enum class FillStyle {
    Display,  // "Total tickets processed: 42"
    Markdown, // "Total tickets processed: _____[42]", escaped so that the reader gets 42 back
};

// The text with each blank replaced by its value (or left as a blank when there is none),
// and the chosen alternative of each choice ticked. fields and values are in reading order.
QString fillFields(const QString &text, const QVector<ChecklistField> &fields, const QStringList &values,
                   FillStyle style = FillStyle::Display);
