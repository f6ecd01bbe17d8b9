#!/usr/bin/env bash
# Checks the German translation against the sources. lupdate reads models/, ui/ and app/ into a
# temporary copy of translations/golive_de.ts; the check fails, naming the strings, when that copy
# differs from the checked-in file (new, changed or vanished strings) or when an entry is unfinished.
# Nothing in the source tree is written.
#
#   scripts/check-translations.sh            check only (CTest runs this: check_translations)
#   scripts/check-translations.sh --update   write lupdate's result into translations/golive_de.ts;
#                                            then translate the entries it lists as unfinished
# LUPDATE=/path/to/lupdate picks the tool (default: Qt 6's, Debian package qt6-l10n-tools).
set -euo pipefail
cd "$(dirname "$0")/.."

update=0
case "${1:-}" in
    "") ;;
    --update) update=1 ;;
    *) echo "usage: $0 [--update]" >&2; exit 2 ;;
esac

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate=$candidate
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "check-translations: lupdate not found; install qt6-l10n-tools or set LUPDATE" >&2
    exit 2
fi

ts=translations/golive_de.ts
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/golive_de.ts"
# The same options as the update_translations target (app/CMakeLists.txt): no line numbers, so
# that moving code does not change the file, and no entries for strings that vanished.
"$lupdate" -no-obsolete -locations none models ui app -ts "$tmp/golive_de.ts" >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2
    exit 1
}
grep -E "Found|obsolete|Removed" "$tmp/lupdate.log" || true

# The source texts of unfinished or empty translations, one per line (newlines shown as \n).
unfinished() {
    awk '
        /<source>/ { inSource = 1; text = "" }
        inSource { text = text (text == "" ? "" : "\\n") $0 }
        /<\/source>/ { inSource = 0; sub(/^[ \t]*<source>/, "", text); sub(/<\/source>.*$/, "", text); source = text }
        /<translation[^>]*type="unfinished"/ || /<translation><\/translation>/ || /<translation\/>/ { print "  " source }
    ' "$1"
}

if [ "$update" = 1 ]; then
    cp "$tmp/golive_de.ts" "$ts"
    missing=$(unfinished "$ts")
    if [ -n "$missing" ]; then
        echo "$ts updated; $(printf '%s\n' "$missing" | wc -l) entries to translate:"
        printf '%s\n' "$missing"
    else
        echo "$ts updated; every entry is translated."
    fi
    exit 0
fi

status=0
if ! cmp -s "$ts" "$tmp/golive_de.ts"; then
    echo "check-translations: $ts does not match the sources (new, changed or vanished strings):" >&2
    diff -u --label "$ts (checked in)" --label "$ts (lupdate)" "$ts" "$tmp/golive_de.ts" | grep -E '^[-+] *<(source|name)>' >&2 || true
    echo "Run scripts/check-translations.sh --update, translate the new entries and commit the file." >&2
    status=1
fi
missing=$(unfinished "$tmp/golive_de.ts")
if [ -n "$missing" ]; then
    echo "check-translations: $(printf '%s\n' "$missing" | wc -l) entries are not translated:" >&2
    printf '%s\n' "$missing" >&2
    status=1
fi
[ "$status" = 0 ] && echo "check-translations: $ts is complete and up to date."
exit "$status"
