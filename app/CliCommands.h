#pragma once

struct CommandLine;

// Runs one command-line command; returns the process exit code.
// 0 done, 1 error (message on stderr), 2 usage error, 3 audit trail broken.
int runCliCommand(const CommandLine &commandLine);
