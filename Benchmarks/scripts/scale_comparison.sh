#!/usr/bin/env bash
# Issue 13's comparison at scale: generates a synthetic corpus of PASSAGES
# paragraphs (once; kept in OUT_DIR), then runs Gaceta and Tantivy (its own
# analysis, two threads, text stored) side by side on it with peers/run.py,
# and times the commits that follow a full build (scripts/commit_costs.sh).
#
#   Benchmarks/scripts/scale_comparison.sh DATA_DIR GACETA [OUT_DIR] [PASSAGES]
#
# At 10,000,000 paragraphs (the default) on the 2-core development machine:
# generating takes about 45 minutes of one core, the comparison about 25
# minutes, the commit costs about 10; not part of CI. OUT_DIR (default
# /tmp/synthetic-10m) and the work folders must lie outside the repository.
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 DATA_DIR GACETA [OUT_DIR] [PASSAGES]" >&2
    exit 2
fi
data=$1 gaceta=$2 out=${3:-/tmp/synthetic-10m} passages=${4:-10000000}
here="$(cd "$(dirname "$0")" && pwd)"

if ! ls "$out"/*.jsonl.gz >/dev/null 2>&1; then
    python3 "$here/synthetic_corpus.py" --data "$data" --passages "$passages" --out "$out"
fi
python3 "$here/../peers/run.py" --corpus "$out" --engines gaceta,tantivy-native --gaceta "$gaceta"
"$here/commit_costs.sh" "$gaceta" "$out" "$out-commits"
rm -rf "$out-commits"
