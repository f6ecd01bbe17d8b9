// The Markdown checklist reader (Qt's md4c-based reader plus the checklist's own meaning: phases,
// tasks, steps, groups, blanks) on any UTF-8 text, then the stable ids over the tree it built.
#include "fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzMarkdown(data, size);
}
