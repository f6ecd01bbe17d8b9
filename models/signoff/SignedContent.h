#pragma once

#include "models/core/Error.h"

#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QVector>

class ChecklistDocument;
struct CriteriaSummary;

// One figure a signer approves: a blank of the sign-off's phase with its value and source.
struct SignedFigure
{
    QString item;    // the checklist item's id
    QString field;   // the field's key in that item ("f0")
    QString context; // the item's title, for people: "Collect Statistics"
    QString label;   // the blank's label: "Total emails processed"
    QString unit;
    QString value; // as recorded ("" when still blank)
    QString source;

    bool operator==(const SignedFigure &o) const
    {
        return item == o.item && field == o.field && value == o.value && source == o.source && label == o.label
            && context == o.context && unit == o.unit;
    }
};

// What a signature approves, in a canonical form whose SHA-256 the signature is bound to: the
// launch's T0, the success criteria with their verdicts and figures, and every blank of the phase
// that holds the sign-off lines (for the standard checklist: the Day 2 and Day 7 reviews), signature
// blanks excepted. Only what is in the record goes in, so the same record always gives the same digest.
struct SignedContent
{
    QString templateSha;
    QString t0;           // ISO 8601 UTC, or "" when T0 was never recorded
    QJsonObject criteria; // CriteriaSummary::toJson()
    QVector<SignedFigure> figures;

    QJsonObject toJson() const;
    static Result<SignedContent> fromJson(const QJsonObject &json);
    QByteArray canonicalBytes() const;
    QString digest() const; // SHA-256, hex
    // The criteria whose verdict is "not_met" or "unknown", by title: a signature over them needs a
    // written justification.
    QStringList criteriaNotMet() const;
    QStringList criteriaNotKnown() const;
    // The criteria's overall verdict is "met" (false when none were evaluated).
    bool allCriteriaMet() const;
    // For the dialog and the report: the content in a few lines of text.
    QStringList summaryLines() const;
    const SignedFigure *figure(const QString &item, const QString &field) const;
};

// A digest as people read and compare it: groups of eight hex digits ("07d7fee6 59274d74 …").
QString groupedDigest(const QString &digest);

// The (item, field) blanks a sign-off covers in this checklist: every field of every node in the
// phase that holds the first signature slot, signature and signature-date blanks excepted.
struct CoveredField
{
    QString item;
    QString field;
    QString context;
    QString label;
    QString unit;
};
QVector<CoveredField> coveredFields(const ChecklistDocument &document);

// The record's (subject, slot) pairs the content was read from: its blanks, T0, the template and
// every criterion (EventDraft::unchangedSlots).
QVector<QPair<QString, QString>> coveredSlots(const SignedContent &content);
