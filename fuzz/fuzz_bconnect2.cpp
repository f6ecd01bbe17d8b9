// bConnect v2.0's JobInstances page (readBConnectV2Page).
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzBConnectV2(data, size);
}
