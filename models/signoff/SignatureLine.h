#pragma once

#include "models/record/Actor.h"

#include <QString>
#include <QVector>

// One signature line of the checklist ("Project Manager: ____ Date: ____") as the record has it.
enum class SignatureStatus {
    Missing,     // nobody signed or refused yet
    Signed,      // signed, and the content it covers is unchanged since
    Refused,     // the lead refused, with a written reason
    Invalidated, // signed, but the content it covered changed afterwards
    NotValid,    // "signed", but the record does not bear it out (a content that was not the record's,
                 // a digest over something else, or a record that does not verify): worth nothing
};

struct SignatureLine
{
    QString role; // "Project Manager": the checklist's own words
    SignatureStatus status = SignatureStatus::Missing;
    QString name;          // the signer's printed name
    Actor actor;           // who recorded it
    QString meaning;       // "Approval of go-live success"
    QString timeUtc;       // when signed or refused (ISO 8601 UTC)
    QString digest;        // SHA-256 (hex) of the canonical content signed
    QString justification; // why signed although a criterion is not met (empty otherwise)
    QString reason;        // a refusal's written reason
    // Invalidated: the change that altered the signed content.
    Actor invalidatedBy;
    QString invalidatedAt;
    QString invalidatedBecause; // what changed, in words: "Day 7 statistics: Success rate 98 → 97"
    qint64 seq = 0;             // the event that signed or refused
    QString notValidBecause;    // NotValid: why, in words
};
