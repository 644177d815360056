#!/usr/bin/env bash
# What `gaceta index` costs per commit on a big corpus: a full build, an
# unchanged re-run, 1,000 articles added in a new file, one article deleted
# from one corpus file; wall time, peak RSS and the bytes of corpus state
# (commit-N.data, corpus-NNNNNN.state) each run writes.
#
#   Benchmarks/scripts/commit_costs.sh GACETA CORPUS_DIR WORK_DIR [RAM_BUDGET_MB]
#
# CORPUS_DIR holds .jsonl.gz files (e.g. synthetic_corpus.py's output split
# into several files); it is copied to WORK_DIR, which must not be in the repository.
set -euo pipefail
gaceta=$1 source=$2 work=$3 budget=${4:-256}
rm -rf "$work"; mkdir -p "$work/corpus"
cp "$source"/*.jsonl.gz "$work/corpus/"
corpus=$work/corpus index=$work/index

run() {
    local what=$1
    touch "$work/marker"; sleep 0.01
    /usr/bin/time -v "$gaceta" index --corpus "$corpus" --index "$index" --ram-budget "$budget" >"$work/$what.out" 2>"$work/$what.err"
    local wall rss state
    wall=$(grep "Elapsed (wall" "$work/$what.err" | awk '{print $NF}')
    rss=$(grep "Maximum resident" "$work/$what.err" | awk '{print $NF}')
    state=$(find "$index" -newer "$work/marker" -type f \( -name 'commit-*' -o -name 'corpus-*' \) -printf '%f=%s ')
    echo "$what: wall $wall, peak RSS $((rss / 1024)) MB, state written: ${state:-none} :: $(tail -1 "$work/$what.out")"
}

run full
run unchanged
last=$(ls "$corpus"/*.jsonl.gz | tail -1)
zcat "$last" | tail -1000 | sed 's/"id": "/"id": "added-/' >"$corpus/zz-added.jsonl"
run add1000
victim=$(ls "$corpus"/*.jsonl.gz | head -1)
zcat "$victim" | sed 1d | gzip -5 >"$work/victim.gz"
mv "$work/victim.gz" "$victim"
run delete1
