#pragma once

struct CommandLine;

// `golive check`: one round of every probe in the catalogue, as a table or JSON.
// Exit 0 all UP, 1 something DEGRADED, 2 something DOWN, 64 bad configuration.
int runCheckCommand(const CommandLine &commandLine);
