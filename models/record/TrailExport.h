#pragma once

#include "models/record/EventStore.h"

// The whole trail as JSON Lines, one event a line, in the canonical form the hash chain covers
// (see AuditEvent.h) with "hash" and "format" added: remove those two, write the object compact
// with sorted keys, and SHA-256 over "golive-event-v2\n" + those bytes gives "hash" again.
// Format-1 events (written before the record was typed) carry their flat fields as "legacy".
Result<QByteArray> exportTrail(const EventStore &store);
