#!/usr/bin/env python3
"""Queries per second of `gaceta search --batch --threads N`, N = 1 and 2.

Runs the same batch (the first --count titles of a JSON-lines corpus, one
query per line) with each thread count in turn, alternating which goes first
in each round so that a change in the machine's load hits both alike, and
prints the median of each. A machine shared with other work gives a process
fewer cores than it has threads, so each run also says how many cores it got
(CPU seconds / wall seconds) and the load average when it started: queries
per CPU-second that stay the same with more threads mean the threads do not
get in each other's way, whatever the speed-up the load allowed.

    python3 Benchmarks/scripts/batch_throughput.py --gaceta .build/release/gaceta \\
        --index /tmp/newsen-idx --corpus ../shared/data/news-en.jsonl.gz
"""
import argparse
import gzip
import json
import os
import statistics
import subprocess
import time


def titles(corpus, count):
    opener = gzip.open if corpus.endswith(".gz") else open
    found = []
    with opener(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            title = " ".join(json.loads(line).get("title", "").split())
            if title:
                found.append(title)
            if len(found) == count:
                break
    return found


def run(gaceta, index, queries, threads):
    """One batch: (queries per second, cores used, load average at the start)."""
    load = os.getloadavg()[0]
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run([gaceta, "search", "--index", index, "--batch", "--limit", "10", "--threads", str(threads)],
                          input="\n".join(queries) + "\n", capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = os.times()
    answers = done.stdout.splitlines()
    if len(answers) != len(queries):
        raise SystemExit(f"{len(answers)} answers for {len(queries)} queries: {done.stderr.strip()}")
    cpu = after.children_user - before.children_user + after.children_system - before.children_system
    return len(queries) / wall, cpu / wall, load


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gaceta", required=True, help="the gaceta executable (a release build)")
    parser.add_argument("--index", required=True, help="the index of the corpus")
    parser.add_argument("--corpus", required=True, help="a JSON-lines corpus (.jsonl or .jsonl.gz) to take titles from")
    parser.add_argument("--count", type=int, default=1000, help="how many titles (default 1000)")
    parser.add_argument("--rounds", type=int, default=9, help="runs of each thread count (default 9)")
    arguments = parser.parse_args()
    queries = titles(arguments.corpus, arguments.count)
    runs = {1: [], 2: []}
    for round_number in range(arguments.rounds):
        for threads in (1, 2) if round_number % 2 == 0 else (2, 1):
            rate, cores, load = run(arguments.gaceta, arguments.index, queries, threads)
            runs[threads].append((rate, cores))
            print(f"round {round_number + 1}, {threads} thread(s): {rate:.0f} queries/s on {cores:.2f} cores, load {load:.2f}",
                  flush=True)
    for threads, results in runs.items():
        rate = statistics.median(r for r, _ in results)
        cores = statistics.median(c for _, c in results)
        per_cpu = statistics.median(r / c for r, c in results)
        print(f"{threads} thread(s): median {rate:.0f} queries/s on {cores:.2f} cores, {per_cpu:.0f} queries per CPU-second")
    speedups = [two / one for (one, _), (two, _) in zip(runs[1], runs[2])]
    print(f"2 threads / 1 thread: {statistics.median(r for r, _ in runs[2]) / statistics.median(r for r, _ in runs[1]):.2f} "
          f"(medians); per round {min(speedups):.2f} to {max(speedups):.2f}, median {statistics.median(speedups):.2f}")


if __name__ == "__main__":
    main()
