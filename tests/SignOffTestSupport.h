#pragma once
// Sign-off requests as the dialog makes them, for the sign-off, dialog and report tests.

#include "models/session/LaunchRecord.h"
#include "models/signoff/SignOffDesk.h"

namespace SignOffTestSupport {

// A request over what the desk would have signed now.
inline SignOffRequest requestFor(const SignOffDesk &desk, const QString &role, const QString &name)
{
    SignOffRequest r;
    r.role = role;
    r.name = name;
    r.expectedDigest = desk.currentContent().digest();
    return r;
}

// The same for someone who signs for the first time, with the key made from the passphrase chosen.
inline SignOffRequest firstUseRequest(const SignOffDesk &desk, const QString &role, const QString &name,
                                      const SignerKey &key)
{
    SignOffRequest r = requestFor(desk, role, name);
    r.newKey = key;
    r.proof = {name, key.hash};
    return r;
}

// The attack of issue #18: a "signed" line appended by someone who can write the record, its chain
// fine and its digest over its own content, but that content names another T0 than the record's.
inline Status forgeSignatureOverAnotherT0(LaunchRecord &session, const SignOffDesk &desk, const QString &role,
                                          const QString &name)
{
    SignedContent forged = desk.currentContent();
    forged.t0 = QStringLiteral("2026-01-01T00:00:00.000Z");
    const QJsonObject payload{{QStringLiteral("role"), role},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("meaning"), SignOffDesk::meaning()},
                              {QStringLiteral("digest"), forged.digest()},
                              {QStringLiteral("content"), forged.toJson()}};
    const Actor forger = Actor::person(name, role);
    return session.record({EventDraft::of(EventKind::SignatureGiven, payload)}, &forger);
}

} // namespace SignOffTestSupport
