#!/usr/bin/env python3
"""Rewrites every project #include "..." in app/, models/, ui/, tests/, bench/ and fuzz/ to the
path from the repository root (models/record/EventStore.h), so that a name means one file.

It resolves a name as the compiler did (the including file's folder first, then models/, ui/,
tests/, fuzz/); names it cannot resolve to a source file (moc output, generated headers) stay.
Run it again after a merge: it is idempotent.
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
LAYERS = ["app", "models", "ui", "tests", "bench", "fuzz"]
SEARCH = ["models", "ui", "tests", "fuzz", ""]
INCLUDE = re.compile(r'^(\s*#\s*include\s+)"([^"]+)"', re.M)


def resolve(including, name):
    candidates = [os.path.join(os.path.dirname(including), name)]
    candidates += [os.path.join(ROOT, d, name) for d in SEARCH]
    for c in candidates:
        c = os.path.normpath(c)
        if os.path.isfile(c) and c.startswith(ROOT + os.sep):
            return os.path.relpath(c, ROOT)
    return None


def main():
    changed = 0
    unresolved = set()
    for layer in LAYERS:
        for folder, _, files in os.walk(os.path.join(ROOT, layer)):
            for f in files:
                if not f.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(folder, f)
                text = open(path, encoding="utf-8").read()

                def fix(m):
                    target = resolve(path, m.group(2))
                    if target is None:
                        unresolved.add(m.group(2))
                        return m.group(0)
                    return m.group(1) + '"' + target + '"'

                new = INCLUDE.sub(fix, text)
                if new != text:
                    open(path, "w", encoding="utf-8").write(new)
                    changed += 1
    print(f"{changed} files rewritten", file=sys.stderr)
    if unresolved:
        print("left as they are: " + ", ".join(sorted(unresolved)), file=sys.stderr)


if __name__ == "__main__":
    main()
