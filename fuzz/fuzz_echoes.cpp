// A known secret echoed in random encodings (URL, base64, JSON, HTML) into a text, then masked: any
// encoding left is a finding. See fuzzEchoes in fuzz/EchoTargets.cpp.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzEchoes(data, size);
}
