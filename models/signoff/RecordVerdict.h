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
// the result not intact, its first bad event the first such signature, each one in findings.
VerifyResult of(const EventStore &store, const std::function<bool()> &cancelled = {},
                EventStore::VerifyScope scope = EventStore::VerifyScope::Everything);

// The signatures alone, for a command that has checked the chain already (checkChain()): each
// that the record does not bear out, in words, and the first one's event in *firstSeq.
Result<QStringList> signatureFindings(const EventStore &store, qint64 *firstSeq = nullptr);

// signatureFindings() for a command whose chain check passed: Corrupt naming the record, the first
// signature's event and what was found; another code when they could not be read; ok when every
// signature holds. A command writes nothing to a record `golive verify` calls broken.
Status signaturesHold(const EventStore &store);

} // namespace RecordVerdict
