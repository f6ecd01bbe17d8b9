#!/usr/bin/env bash
# Saves every dialog as it opens, in English and German, to look at them (issue #16): runs the
# keyboard test of the dialogs (tests/tst_dialogkeys.cpp) offscreen with GOLIVE_SCREENSHOT_DIR set.
#   scripts/dialog-shots.sh [BUILD_DIR] [OUT_DIR]   (default build-tests, docs/dialogs)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-tests}
out=${2:-docs/dialogs}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cmake --build "$build" --target tst_dialogkeys golive
for lang in en de; do
    qm="$build/app/golive_$lang.qm" # German is embedded in the executable only
    mkdir -p "$out/$lang"
    GOLIVE_SCREENSHOT_DIR="$out/$lang" GOLIVE_SCREENSHOT_LANG=$lang GOLIVE_SCREENSHOT_QM="$qm" QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR="$PWD/$build/tests/runtime" "$build/tests/tst_dialogkeys" >/dev/null
done
ls "$out"/*/
