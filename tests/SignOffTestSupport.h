#pragma once
// Sign-off requests as the dialog makes them, for the sign-off, dialog and report tests.

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

} // namespace SignOffTestSupport
