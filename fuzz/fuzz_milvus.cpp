// Milvus's get_stats answer (readMilvusRowCount).
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzMilvus(data, size);
}
