#!/usr/bin/env python3
"""The layers hold (CTest: check_layers). It fails, naming the file and line, when
  - a folder of models/ includes one that includes it back, directly or round a longer circle;
  - models/ includes ui/ or app/, or ui/ includes app/;
  - a .cpp in app/, models/ or ui/ passes 700 lines (split it by what its parts do).
Includes are rooted at the repository ("models/record/EventStore.h"; scripts/root-includes.py).
"""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MAX_LINES = 700
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
# What a layer may not include.
FORBIDDEN = {"models": ("ui/", "app/"), "ui": ("app/",)}


def sources(layer):
    for folder, _, files in os.walk(os.path.join(ROOT, layer)):
        for f in sorted(files):
            if f.endswith((".cpp", ".h")):
                yield os.path.join(folder, f)


def models_folder(path):
    """models/record/EventStore.h -> record; None outside models/."""
    parts = path.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "models" else None


def circles(edges):
    """The strongly connected components with more than one folder (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def main():
    problems = []
    edges = {}  # folder -> {folder: first "file:line" that includes it}
    for layer in ("app", "models", "ui"):
        for path in sources(layer):
            rel = os.path.relpath(path, ROOT)
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
            if rel.endswith(".cpp") and len(lines) > MAX_LINES:
                problems.append(f"{rel}: {len(lines)} lines (at most {MAX_LINES})")
            for number, line in enumerate(lines, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                target = m.group(1)
                if any(target.startswith(p) for p in FORBIDDEN.get(layer, ())):
                    problems.append(f"{rel}:{number}: {layer}/ includes {target}")
                source, dest = models_folder(rel), models_folder(target)
                if source and dest and source != dest:
                    edges.setdefault(source, {}).setdefault(dest, f"{rel}:{number}")
    for component in circles({k: set(v) for k, v in edges.items()}):
        members = set(component)
        via = [f"    {a} -> {b} ({where})" for a in component for b, where in sorted(edges.get(a, {}).items())
               if b in members]
        problems.append("models/ folders include each other in a circle: " + ", ".join(component) + "\n"
                        + "\n".join(via))
    for p in problems:
        print(p)
    if problems:
        print(f"check-layers: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check-layers: the layers hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
