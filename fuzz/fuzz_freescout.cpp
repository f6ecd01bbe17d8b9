// FreeScout's GET /api/conversations answer (readFreeScoutTotal).
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzFreeScout(data, size);
}
