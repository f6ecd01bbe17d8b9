#pragma once

struct CommandLine;

// `golive verify`: the whole record checked, its head printed (SEQ:HASH) and, when given, the
// heads kept outside it (--expect-head, --anchors) found in it. Exit 0 intact, 1 the record could
// not be read, 2 usage (a bad anchor), 3 broken.
int runVerifyCommand(const CommandLine &commandLine);
