#pragma once

#include "models/monitoring/Observation.h"

#include <QString>

// What a probe hands back: what it saw, or why it saw nothing (connection refused, timeout, …).
struct ProbeOutcome
{
    Observation observation;
    QString failure;       // non-empty when there is nothing to judge: "connection refused"
    bool timedOut = false; // the probe's deadline cut it off (HTTP): for code, where failure is for people
    // The probe cannot run on this desk (its program or plugin is missing here): the service is not
    // configured here, like one whose variable is not set here, and failure says why. Never an outage.
    bool notSetUpHere = false;
};
