#pragma once

struct CommandLine;

// Runs the desktop application (or, with --smoke, starts it, waits for the first paint of
// the main window and quits). Returns the process exit code.
int runGui(const CommandLine &commandLine);
