// The PostgreSQL wire reply parser (PostgresProbe::interpretReply): the first bytes a server
// sends after our StartupMessage, as a hostile or broken peer may send them.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzPgReply(data, size);
}
