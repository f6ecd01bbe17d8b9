// The service catalogue: JSON, ${ENV} expansion and every field's checks on any bytes. Variables
// starting with U are unset; the others have values made from their names (with '/', '@', ':' and
// spaces, so they land in every part of a URL). Then what the dashboard shows of each service:
// its target and a text with its secrets masked. A secret left in either is a finding.
// Masking replaces a secret by ••••; a secret made of • alone cannot be told from the mask.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzCatalogue(data, size);
}
