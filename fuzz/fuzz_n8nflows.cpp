// n8n's GET /api/v1/workflows page (readN8nActiveWorkflows) and its cursor paging.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzN8nWorkflows(data, size);
}
