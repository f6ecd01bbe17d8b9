// bConnect v1.0's JobInstances answer, a bare array (readBConnectV1Answer).
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzBConnectV1(data, size);
}
