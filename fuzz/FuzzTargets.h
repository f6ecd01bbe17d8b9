#pragma once
// The body of every libFuzzer harness, one function per reader of outside input. fuzz_<name>.cpp
// hands libFuzzer's input to one of them; tests/tst_fuzzregressions.cpp replays the seeds and every
// finding through all of them in the normal test suite.

#include <cstddef>
#include <cstdint>

int fuzzMarkdown(const uint8_t *data, size_t size);  // MarkdownChecklistReader::read
int fuzzFields(const uint8_t *data, size_t size);    // detectFields, validate, normalize
int fuzzCondition(const uint8_t *data, size_t size); // Condition::parse and evaluate
int fuzzJsonPath(const uint8_t *data, size_t size);  // a [BODY] path on a body
int fuzzCatalogue(const uint8_t *data, size_t size); // ServiceCatalogue::fromJson, ${ENV}, masking
int fuzzPgReply(const uint8_t *data, size_t size);   // PostgresProbe::interpretReply
