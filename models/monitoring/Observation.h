#pragma once

#include <QByteArray>
#include <QUrl>

// What one probe saw, before conditions judge it. Fields a kind does not have stay unset.
struct Observation
{
    bool connected = false; // a connection was made (or the program started)
    int status = -1;        // HTTP status code
    int responseTimeMs = -1;
    QByteArray body;            // HTTP body or program output, at most 1 MiB
    bool bodyTruncated = false; // the server sent more than 1 MiB; the rest was not read
    int exitCode = -1;          // command kind
    QByteArray errorOutput;     // command kind: the start of stderr, for the reason
    // HTTP: the first address of another origin a redirect led to, where neither the configured
    // headers nor the URL's user info were sent (HttpProbe::withheldNote says so in words).
    QUrl credentialsWithheldAt;
};
