// JSON-path evaluation on response bodies: the first line of the input is a path ([BODY] followed by
// it: `.data[0].id`, `[2]`, …), the rest is the body a server sent. The path is evaluated as a value,
// with len() and has(), against the body as it is.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzJsonPath(data, size);
}
