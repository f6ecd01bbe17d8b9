#pragma once

#include <QString>
#include <QVector>

// A blank of the checklist ("_____ ms", "[ ] Green [ ] Yellow [ ] Red") turned into a typed input.
struct ChecklistField
{
    enum class Type {
        Text,
        Count,
        Number,
        Percent,
        DateTime,
        Date,
        TrafficLight
    };

    QString key;   // stable within its node: "f0", "f1", ...
    QString label; // the words before the blank, e.g. "Total tickets processed"
    Type type = Type::Text;
    QString unit;          // "ms", "%", "seconds", "GB", ... for numbers
    QString templateValue; // a value already filled in the template ("_____[42]"), usually empty

    // Empty when the value is acceptable, otherwise a reason a person understands.
    QString validate(const QString &value) const;
    // The value in its canonical stored form ("042 " -> "42"); call after validate() succeeded.
    QString normalize(const QString &value) const;

    static QString typeName(Type type);
    static QStringList trafficLightChoices();
};

// Finds the blanks in one line of checklist text. Returns them in reading order.
QVector<ChecklistField> detectFields(const QString &text);

// The text with every blank reduced to one canonical form, filled values and ticked traffic
// lights removed: the part of a line that identifies it, whatever has been written into it.
QString canonicalFieldText(const QString &text);

// How fillFields() writes a value into its blank.
enum class FillStyle {
    Display,  // "Total tickets processed: 42"
    Markdown, // "Total tickets processed: _____[42]", escaped so that the reader gets 42 back
};

// The text with each blank replaced by its value (or left as a blank when there is none),
// and the chosen traffic light ticked.
QString fillFields(const QString &text, const QVector<ChecklistField> &fields, const QStringList &values,
                   FillStyle style = FillStyle::Display);
