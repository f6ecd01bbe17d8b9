#pragma once

struct CommandLine;

// `golive report --out FILE [--format pdf|html] [--page-size A4|Letter]`: the T+7 report of the record
// (--db) and the probe history beside it, written whole through a temporary file beside FILE. Only
// reads the record. Exit 0 written, 1 error (naming the file), 2 usage, 3 written but the audit trail
// is broken (the report says where).
int runReportCommand(const CommandLine &commandLine);
