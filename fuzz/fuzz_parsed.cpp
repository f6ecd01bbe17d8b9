// The parsed form of a checklist as the record keeps it: decoded whole, and one node found alone.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzParsed(data, size);
}
