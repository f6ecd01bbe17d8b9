#pragma once

#include "models/core/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

// The time window a collector counts in: [since, until), UTC.
struct CollectWindow
{
    QDateTime since;
    QDateTime until;

    bool isValid() const { return since.isValid() && until.isValid() && since < until; }
    // The hour before now: [now − 1 h, now).
    static CollectWindow lastHour(const QDateTime &now) { return {now.addSecs(-3600), now}; }
};

// One number a collector read from a service's own API, or why there is none.
// Exactly one of three: a value; an error (the call failed: no number, never a partial one); or
// neither, with a note, when the call worked but there is nothing to measure ("no finished
// executions in the window" for an average).
struct Figure
{
    QString collector;     // the catalogue entry's name: "n8n executions"
    QString name;          // "failed executions"
    QString unit;          // "executions", "ms", "bytes", ...
    QString source;        // "GET http://localhost:5678/api/v1/executions", secrets masked
    QDateTime collectedAt; // UTC, when the last answer arrived (or the call failed); invalid if never asked
    std::optional<double> value;
    QString detail; // more for people: the names of the active workflows, the pages read
    QString note;   // why there is no value although nothing failed
    Error error;    // why there is no value: the call failed or the collector is not set up

    bool hasValue() const { return value.has_value(); }
    bool failed() const { return error.isError() && error.code != Error::Code::NotConfigured; }
};

// A count a service gave as a number: whole, from 0 to 2^53 (what a double holds exactly). Anything
// else (negative, a fraction, NaN, infinite, 1e20) is no count and must not be stored as one.
bool isExactCount(double n);

// "unauthorized", "timeout", ... for JSON and scripts; "" for Error::Code::None.
QString errorCodeName(Error::Code code);
