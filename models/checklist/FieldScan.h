#pragma once

#include <QString>
#include <QVector>

// Where the blanks and choices of a text sit. detectFields(), canonicalFieldText() and
// fillFields() all walk this one scan, so that they agree on every line.
struct FieldSpan
{
    enum class Kind {
        Blank,
        Choice
    };

    struct Box
    {
        qsizetype start = 0; // the '['
        qsizetype end = 0;   // after the ']' and the spaces that follow it
        bool ticked = false;
        QString label; // "Go", "No-Go"
    };

    Kind kind = Kind::Blank;
    qsizetype start = 0;
    qsizetype end = 0;        // a blank: after its value and unit; a choice: after its last alternative
    qsizetype labelStart = 0; // where the words before it begin (after the previous span, or the line start)

    // Blank: "_____[value] ms"
    qsizetype underscores = 0;
    QString rawValue; // as written between the brackets, still escaped
    QString unitTail; // " ms", "%": the unit with the spaces before it
    QString unit;

    // Choice: two or more boxes, each with its alternative
    QVector<Box> boxes;
};

QVector<FieldSpan> scanFields(const QString &text);
