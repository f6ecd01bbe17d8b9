#pragma once

#include <QString>

// The reasons a passed check gives say nothing but its latency and one number (an HTTP status, an
// exit code). The probe history stores them as a code and makes the words again when read; see
// docs/probe-history.md. The numbers are stored in files: never change one, add a new one.
enum class ReasonCode {
    Text = 0,                 // any other reason, stored as its words
    HttpStatus = 1,           // "HTTP 200 in 103 ms"
    Connected = 2,            // "connected in 4 ms" (TCP)
    AcceptingConnections = 3, // "accepting connections (12 ms)" (PostgreSQL)
    ExitCode = 4,             // "exit code 0 in 85 ms" (command)
};

// A passed check's reason in the desk's language: what ServiceCheck says. number is the HTTP
// status or exit code (ignored by the codes without one).
QString passedReason(ReasonCode code, int number, int latencyMs);

// A reason as the history stores it: a code when the code's untranslated words with this latency
// (reasonText()) are exactly the reason, else the words themselves. A translated sentence stays
// words, so it reads the same whatever the language of the desk that reads it.
struct StoredReason
{
    ReasonCode code = ReasonCode::Text;
    int number = 0; // the HTTP status or exit code, for the codes that have one
    QString text;   // ReasonCode::Text only

    static StoredReason of(const QString &reason, int latencyMs);
    static bool hasNumber(ReasonCode code);
};

// The words a stored reason stands for.
QString reasonText(ReasonCode code, int number, const QString &text, int latencyMs);
