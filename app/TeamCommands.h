#pragma once

struct CommandLine;

// golive copy --from A --to B: a whole record between SQLite and PostgreSQL, chain intact.
int runCopyCommand(const CommandLine &commandLine);
// golive sync [--list]: the desk's changes to a team record that wait in its outbox, shown and
// appended in order (each as made offline, collisions named).
int runSyncCommand(const CommandLine &commandLine);
