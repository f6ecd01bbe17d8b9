#!/usr/bin/env bash
# Checks the translations against the sources: German (translations/golive_de.ts, every entry) and
# English's plural forms (translations/golive_en.ts, only the "%n ...(s)" entries). lupdate reads
# models/, ui/ and app/ into a temporary copy of each; the check fails, naming the strings, when a
# copy differs from the checked-in file (new, changed or vanished strings) or when an entry is
# unfinished. Nothing in the source tree is written.
#
#   scripts/check-translations.sh            check only (CTest runs this: check_translations)
#   scripts/check-translations.sh --update   write lupdate's result into both files; then translate
#                                            the entries it lists as unfinished
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

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The source texts of unfinished or empty translations, one per line (newlines shown as \n).
unfinished() {
    awk '
        /<source>/ { inSource = 1; text = "" }
        inSource { text = text (text == "" ? "" : "\\n") $0 }
        /<\/source>/ { inSource = 0; sub(/^[ \t]*<source>/, "", text); sub(/<\/source>.*$/, "", text); source = text }
        /<translation[^>]*type="unfinished"/ || /<translation><\/translation>/ || /<translation\/>/ { print "  " source }
    ' "$1"
}

# Each file with what it holds: German every entry; English only the plural forms of the
# sources' "%n service(s)" ("1 service", "3 services"; lupdate -pluralonly).
status=0
for entry in "translations/golive_de.ts:" "translations/golive_en.ts:-pluralonly"; do
    ts=${entry%%:*}
    only=${entry#*:}
    copy="$tmp/$(basename "$ts")"
    cp "$ts" "$copy"
    # The options of the update_translations target (app/CMakeLists.txt, German): no line numbers,
    # so that moving code does not change the file, and no entries for strings that vanished. The
    # include root (-I .) as the compiler has it: lupdate reads the headers to know tr()'s class.
    # shellcheck disable=SC2086 # $only is one option or none
    "$lupdate" $only -no-obsolete -locations none -I . models ui app -ts "$copy" >"$tmp/lupdate.log" 2>&1 || {
        cat "$tmp/lupdate.log" >&2
        exit 1
    }
    grep -E "Found|obsolete|Removed" "$tmp/lupdate.log" || true
    # A tr() lupdate cannot file under a context is never translated: the desk sees English.
    if grep -E "cannot be called without context|Cannot invoke tr" "$tmp/lupdate.log" >&2; then
        echo "check-translations: strings above are lost to translation; give them a class (Q_DECLARE_TR_FUNCTIONS)" >&2
        exit 1
    fi

    if [ "$update" = 1 ]; then
        cp "$copy" "$ts"
        missing=$(unfinished "$ts")
        if [ -n "$missing" ]; then
            echo "$ts updated; $(printf '%s\n' "$missing" | wc -l) entries to translate:"
            printf '%s\n' "$missing"
        else
            echo "$ts updated; every entry is translated."
        fi
        continue
    fi

    fine=1
    if ! cmp -s "$ts" "$copy"; then
        echo "check-translations: $ts does not match the sources (new, changed or vanished strings):" >&2
        diff -u --label "$ts (checked in)" --label "$ts (lupdate)" "$ts" "$copy" | grep -E '^[-+] *<(source|name)>' >&2 || true
        echo "Run scripts/check-translations.sh --update, translate the new entries and commit the file." >&2
        fine=0
    fi
    missing=$(unfinished "$copy")
    if [ -n "$missing" ]; then
        echo "check-translations: $(printf '%s\n' "$missing" | wc -l) entries of $ts are not translated:" >&2
        printf '%s\n' "$missing" >&2
        fine=0
    fi
    if [ "$fine" = 1 ]; then
        echo "check-translations: $ts is complete and up to date."
    else
        status=1
    fi
done
exit "$status"
