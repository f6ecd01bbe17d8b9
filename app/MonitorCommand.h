#pragma once

struct CommandLine;

// golive monitor: the probes, their history and the recording of confirmed outages, without a
// window, until SIGTERM or SIGINT. Returns the exit code (0 after a clean stop).
int runMonitorCommand(const CommandLine &commandLine);
