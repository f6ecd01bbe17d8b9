// The blank and field detector (`_____ ms`, `Total …: _____`, `[ ] Green [ ] Yellow [ ] Red`, …)
// on one line of any text; then each field it found checks and normalizes the same text as a value
// typed into it, and the line's canonical form (the one item ids are made from) is taken.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzFields(data, size);
}
