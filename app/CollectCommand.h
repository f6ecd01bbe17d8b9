#pragma once

struct CommandLine;

// `golive collect [--since ISO-TIME] [--until ISO-TIME] [--json] [--services FILE]`: every collector of
// the catalogue for the window (default: the last hour), each figure with its source and time or the
// reason it has none. Exit 0 all collected (collectors not configured are listed, not failures),
// 1 some failed, 2 usage (a bad time), 64 bad configuration.
int runCollectCommand(const CommandLine &commandLine);
