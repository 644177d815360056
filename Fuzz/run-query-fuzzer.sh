#!/usr/bin/env bash
# Fuzzes QueryParser with libFuzzer for SECONDS (default 60).
#
# Builds a standalone executable with swiftc -sanitize=fuzzer,address from the
# parser's source files (they use only the Swift standard library) and
# Fuzz/QueryParserFuzzer.swift, seeds it with every line of
# Tests/GacetaTests/Query/Fixtures/nasty-queries.txt, and saves any input that
# crashes, leaks or hangs to Tests/GacetaTests/Query/Fixtures/crashes/, which
# the test suite replays.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
swiftc="${SWIFTC:-/opt/swift/usr/bin/swiftc}"
fixtures="$root/Tests/GacetaTests/Query/Fixtures"
crashes="$fixtures/crashes"
work="$root/.build/query-fuzz"
mkdir -p "$work/corpus" "$work/seeds" "$crashes"

echo "building the fuzzer in $work" >&2
"$swiftc" -sanitize=fuzzer,address -parse-as-library -g -O \
    "$root"/Sources/Gaceta/Query/*.swift \
    "$root/Sources/Gaceta/Analysis/Language.swift" \
    "$root/Sources/Gaceta/Support/GregorianCalendar.swift" \
    "$root/Fuzz/QueryParserFuzzer.swift" \
    -o "$work/query-parser-fuzzer" 2> "$work/build.log" || { cat "$work/build.log" >&2; exit 1; }

# One seed file per line of the fixture, plus earlier crashes.
rm -f "$work/seeds"/*
n=0
while IFS= read -r line || [ -n "$line" ]; do
    n=$((n + 1))
    printf '%s' "$line" > "$work/seeds/line-$n"
done < "$fixtures/nasty-queries.txt"
find "$crashes" -type f -exec cp {} "$work/seeds/" \;

echo "fuzzing for $seconds seconds" >&2
status=0
# Swift's own crash backtracer does not get along with ASan: let libFuzzer report.
SWIFT_BACKTRACE=enable=no "$work/query-parser-fuzzer" "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -max_len=5000 -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$crashes/" -print_final_stats=1 > "$work/fuzz.log" 2>&1 || status=$?
grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|stat::(number_of_executed_units|average_exec_per_sec|new_units_added)" "$work/fuzz.log" >&2 || true

found=$(find "$crashes" -type f -newer "$work/build.log" | wc -l)
echo "exit status $status; new inputs in $crashes: $found (full log: $work/fuzz.log)" >&2
exit "$status"
