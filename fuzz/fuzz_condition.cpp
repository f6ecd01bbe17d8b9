// The condition language: parse any text; a valid condition is evaluated against observations of
// every kind (an HTTP answer with a JSON body, a text body, a command's exit, a connection).
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzCondition(data, size);
}
