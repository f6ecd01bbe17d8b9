#pragma once
// The body of every libFuzzer harness, one function per reader of outside input. fuzz_<name>.cpp
// hands libFuzzer's input to one of them; tests/tst_fuzzregressions.cpp replays the seeds and every
// finding through all of them in the normal test suite.

#include <cstddef>
#include <cstdint>

int fuzzMarkdown(const uint8_t *data, size_t size);  // MarkdownChecklistReader::read
int fuzzParsed(const uint8_t *data, size_t size);    // ParsedChecklist::decode and findNode
int fuzzFields(const uint8_t *data, size_t size);    // detectFields, validate, normalize
int fuzzCondition(const uint8_t *data, size_t size); // Condition::parse and evaluate
int fuzzJsonPath(const uint8_t *data, size_t size);  // a [BODY] path on a body
int fuzzCatalogue(const uint8_t *data, size_t size); // ServiceCatalogue::fromJson, ${ENV}, masking
int fuzzPgReply(const uint8_t *data, size_t size);   // PostgresProbe::interpretReply
int fuzzEchoes(const uint8_t *data, size_t size);    // SecretMask on a secret echoed in random encodings
// The collectors' answers (fuzz/CollectorTargets.cpp): the body a server sent, read as JSON, then read
// as the API's answer or page.
int fuzzN8nExecutions(const uint8_t *data, size_t size); // readN8nExecutionsPage, N8nPaging
int fuzzN8nWorkflows(const uint8_t *data, size_t size);  // readN8nActiveWorkflows, N8nPaging
int fuzzFreeScout(const uint8_t *data, size_t size);     // readFreeScoutTotal
int fuzzBConnectV1(const uint8_t *data, size_t size);    // readBConnectV1Answer
int fuzzBConnectV2(const uint8_t *data, size_t size);    // readBConnectV2Page
int fuzzMilvus(const uint8_t *data, size_t size);        // readMilvusRowCount
