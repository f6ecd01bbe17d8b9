// n8n's GET /api/v1/executions page (readN8nExecutionsPage) and its cursor paging.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzN8nExecutions(data, size);
}
