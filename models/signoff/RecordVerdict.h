#pragma once

#include "models/record/EventStore.h"

#include <QStringList>

// The one verdict on a record: what `golive verify` says, and so what the T+7 report, the
// window's status bar and the sign-off dock say too. The record verifies when its trail does
// (RecordVerifier: chain, stored forms, templates, shown state) and every signature in it covers
// the record as it stood when it was given (SignOffRecord): a "signed" line over another T0 or
// other figures, or a digest over something else, is a broken record like an edited event.
namespace RecordVerdict {

// The trail checked, then the signatures: a signature that the record does not bear out makes
// the result not intact, its first bad event the first such signature, each one in findings; so
// does a head an event names (headFindings()) that the chain does not hold.
VerifyResult of(const EventStore &store, const std::function<bool()> &cancelled = {},
                EventStore::VerifyScope scope = EventStore::VerifyScope::Everything);

// The heads the record's events name ("head" in a sign-off's or a confirmed hourly report's
// payload: the record as it was seen then), each found in the chain with its hash, up to headSeq:
// what does not hold, in words, and the first naming event in *firstSeq. Events without a head
// (written before heads were recorded) name nothing and pass.
Result<QStringList> headFindings(const EventStore &store, qint64 headSeq, qint64 *firstSeq = nullptr);

// The signatures alone, for a command that has checked the chain already (checkChain()): each
// that the record does not bear out, in words, and the first one's event in *firstSeq.
Result<QStringList> signatureFindings(const EventStore &store, qint64 *firstSeq = nullptr);

// What of() checks beyond the chain (the signatures, then the heads events name), for a command
// whose chain check passed (checkChain()): Corrupt naming the record, the first bad event and what
// was found; another code when it could not be read; ok when all holds. A command writes nothing
// to a record `golive verify` calls broken.
Status beyondTheChain(const EventStore &store);

} // namespace RecordVerdict
