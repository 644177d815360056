#!/usr/bin/env bash
# Relevance regression guard: runs `gaceta eval ... --json` on every set named in
# relevance-thresholds.json and fails (exit 1) when a set's nDCG@10 falls more
# than 0.005 below its recorded value. Prints one table.
#
#   Benchmarks/check-relevance.sh ../shared/data
#
# Exit status: 0 all sets hold, 1 a set regressed or its evaluation failed,
# 2 the check could not run (no data folder).
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 DATA_DIR   (the folder holding the retrieval sets and news corpora)" >&2
    exit 2
fi
data="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."

tolerance=0.005
thresholds="$here/relevance-thresholds.json"

swift build -c release --static-swift-stdlib --product gaceta >&2
gaceta="$(swift build -c release --show-bin-path)/gaceta"

# The gaceta eval subcommand and arguments for one set name: "translate:"
# before a name runs it with --translate; "QUERIES@DOCS" runs one set's
# queries against another's documents (xquad-en@xquad-es: English questions,
# Spanish paragraphs).
arguments_for() {
    case "$1" in
        translate:*)           echo "$(arguments_for "${1#translate:}") --translate" ;;
        known-item:*)          echo "known-item $data/${1#known-item:}.jsonl.gz" ;;
        known-item-cross:*)    echo "known-item-cross $data/${1#known-item-cross:}.jsonl.gz" ;;
        known-item-cross-es:*) echo "known-item-cross $data/${1#known-item-cross-es:}.jsonl.gz --from es" ;;
        *@*)                   echo "judged --docs $data/${1#*@}.docs.jsonl.gz --queries $data/${1%@*}.queries.jsonl" ;;
        *)                     echo "judged --docs $data/$1.docs.jsonl.gz --queries $data/$1.queries.jsonl" ;;
    esac
}

# A field of gaceta's one-line JSON report: its own output, flat and compact.
field() {
    sed -n "s/.*\"$1\":\([^,}]*\).*/\1/p" <<<"$2"
}

status=0
checked=0
printf '%-36s %8s %8s %8s %8s %9s  %s\n' set recorded nDCG@10 delta queries seconds result
# relevance-thresholds.json is a flat object, one "set": value per line.
while read -r set recorded; do
    started=$(date +%s.%N)
    # shellcheck disable=SC2046 # the arguments are paths without spaces
    if ! report="$("$gaceta" eval $(arguments_for "$set") --json </dev/null)"; then
        printf '%-36s %8s %8s %8s %8s %9s  %s\n' "$set" "$recorded" - - - - "ERROR (gaceta eval failed)"
        status=1
        continue
    fi
    seconds="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
    ndcg="$(field ndcg "$report")"
    queries="$(field queries "$report")"
    verdict="$(awk -v n="$ndcg" -v r="$recorded" -v t="$tolerance" 'BEGIN { print (n < r - t) ? "FAIL" : "ok" }')"
    [ "$verdict" = ok ] || status=1
    checked=$((checked + 1))
    printf '%-36s %8.4f %8.4f %+8.4f %8d %9.1f  %s\n' "$set" "$recorded" "$ndcg" "$(awk -v n="$ndcg" -v r="$recorded" 'BEGIN { print n - r }')" \
        "$queries" "$seconds" "$verdict"
done < <(sed -n 's/^ *"\([^"]*\)": *\([0-9.]*\),\{0,1\} *$/\1 \2/p' "$thresholds")
if [ $checked -eq 0 ] && [ $status -eq 0 ]; then
    echo "check-relevance: no set found in $thresholds" >&2
    exit 2
fi
if [ $status -ne 0 ]; then
    echo "relevance regressed: a set fell more than $tolerance below its recorded nDCG@10 ($thresholds)" >&2
fi
exit $status
