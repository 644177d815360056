#!/usr/bin/env python3
"""Gaceta against peer engines on the same documents and queries.

    python3 Benchmarks/peers/run.py --data ../shared/data            # news-en, known-item titles
    python3 Benchmarks/peers/run.py --data ../shared/data --set xquad-es --engines gaceta,sqlite

Run with any Python 3: the script creates Benchmarks/peers/.venv (with the
system site packages, for Debian's python3-xapian), installs tantivy, PyStemmer
and bm25s there, and re-runs itself inside it.

Sets: a retrieval set NAME (NAME.docs.jsonl.gz + NAME.queries.jsonl) or a news
corpus (NAME.jsonl.gz), which becomes a known-item task: every engine indexes
the articles without titles and a deterministic sample of titles are the
queries, each with its own article as the only relevant answer.

Every peer sees the same analysed text: lower-cased words stemmed with the
Snowball stemmer of the document's language (PyStemmer english/spanish), the
stopwords of bm25s removed; queries are analysed the same way and OR-ed. Gaceta
does its own analysis (Snowball stemmers too). Peers store the original title
and body (bm25s stores nothing), as Gaceta stores its passages.
"""
import argparse
import collections
import glob
import gzip
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(HERE, ".venv")
PACKAGES = ["tantivy", "PyStemmer", "bm25s"]
ENGINES = ["gaceta", "sqlite", "tantivy", "tantivy-native", "xapian", "bm25s", "lucene"]
WORD = re.compile(r"[^\W_]+")


# ---------------------------------------------------------------- environment

def ensure_virtualenv():
    """Re-executes this script inside .venv, creating it first when needed."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        base = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
        print(f"creating {VENV} (with system site packages, for python3-xapian)", file=sys.stderr)
        subprocess.run([base, "-m", "venv", "--system-site-packages", VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", *PACKAGES], check=True)
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


# ---------------------------------------------------------------- data

def read_jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_set(data, name, sample, corpus=None):
    """(documents, queries): documents {id, title, body, lang}; queries {qid, query, relevant}."""
    if corpus:
        articles = [a for path in sorted(glob.glob(os.path.join(corpus, "*.jsonl*"))) for a in read_jsonl(path)]
        return known_item(articles, sample)
    retrieval = os.path.join(data, f"{name}.docs.jsonl.gz")
    if os.path.exists(retrieval):
        docs = read_jsonl(retrieval)
        queries = [q for q in read_jsonl(os.path.join(data, f"{name}.queries.jsonl")) if q["relevant"]]
        return docs, queries, True
    return known_item(read_jsonl(os.path.join(data, f"{name}.jsonl.gz")), sample)


def fill_languages(docs, queries):
    """Gives the peers a language where the data names none (the WMT articles):
    each document the language most of its words' stopwords belong to, each
    query the documents' majority language. Gaceta identifies languages itself
    and is given only what the data says."""
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_SPANISH
    stopwords = {"en": set(STOPWORDS_EN), "es": set(STOPWORDS_SPANISH)}

    def guess(text):
        words = WORD.findall(text.lower())
        return max(stopwords, key=lambda lang: sum(w in stopwords[lang] for w in words))
    for d in docs:
        if not d.get("lang"):
            d["peer_lang"] = guess(text_of(d))
    counts = collections.Counter(d.get("lang") or d["peer_lang"] for d in docs)
    majority = counts.most_common(1)[0][0] if counts else "en"
    for q in queries:
        if not q.get("lang"):
            q["peer_lang"] = majority


def peer_language(record):
    return record.get("lang") or record.get("peer_lang")


def known_item(articles, sample):
    titled = [a for a in articles if (a.get("title") or "").strip()]
    # Evenly spread, as gaceta eval known-item samples: the floor(i * n / N)-th titled article.
    taken = min(sample, len(titled))
    chosen = [titled[i * len(titled) // taken] for i in range(taken)]
    queries = [{"qid": a["id"], "query": a["title"], "relevant": [a["id"]]} for a in chosen]
    docs = [dict(a, title="") for a in articles]
    return docs, queries, False


# ---------------------------------------------------------------- analysis

class Analysis:
    """Lower-cased words, stopwords removed, Snowball-stemmed in the text's language."""

    def __init__(self):
        import Stemmer
        from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_SPANISH
        self.stemmers = {"en": Stemmer.Stemmer("english"), "es": Stemmer.Stemmer("spanish")}
        self.stopwords = {"en": set(STOPWORDS_EN), "es": set(STOPWORDS_SPANISH)}

    def terms(self, text, lang):
        lang = lang if lang in self.stemmers else "en"
        stop = self.stopwords[lang]
        words = [w for w in WORD.findall(text.lower()) if w not in stop]
        return self.stemmers[lang].stemWords(words)


def text_of(doc):
    return ((doc.get("title") or "") + "\n\n" + (doc.get("body") or "")).strip()


# ---------------------------------------------------------------- engines
# Each engine: build(docs, analysis, directory) and a searcher made by
# open(directory) with search(terms, k) -> [doc ids], best first.

class SQLiteFTS5:
    name = "SQLite FTS5"

    def build(self, docs, analysis, directory):
        import sqlite3
        db = sqlite3.connect(os.path.join(directory, "fts.db"))
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, original UNINDEXED, terms, tokenize='unicode61')")
        db.executemany("INSERT INTO docs VALUES (?, ?, ?)",
                       ((d["id"], text_of(d), " ".join(analysis.terms(text_of(d), peer_language(d)))) for d in docs))
        db.commit()
        db.close()

    def open(self, directory):
        import sqlite3
        db = sqlite3.connect(os.path.join(directory, "fts.db"))

        def search(terms, k):
            if not terms:
                return []
            match = " OR ".join('"' + t.replace('"', '""') + '"' for t in dict.fromkeys(terms))
            rows = db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, k))
            return [r[0] for r in rows]
        return search


class Tantivy:
    name = "Tantivy"

    def build(self, docs, analysis, directory):
        import tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        builder.add_bytes_field("original", stored=True, indexed=False)  # kept, not searched
        builder.add_text_field("terms", stored=False, tokenizer_name="whitespace")
        index = tantivy.Index(builder.build(), path=directory)
        writer = index.writer(heap_size=256_000_000, num_threads=2)  # as many as Gaceta's analysis threads
        for d in docs:
            writer.add_document(tantivy.Document(
                id=d["id"], original=text_of(d).encode(), terms=" ".join(analysis.terms(text_of(d), peer_language(d)))))
        writer.commit()
        writer.wait_merging_threads()

    def open(self, directory):
        import tantivy
        index = tantivy.Index.open(directory)
        index.reload()
        searcher = index.searcher()
        field = index.schema  # keeps the schema alive with the index

        def search(terms, k):
            if not terms:
                return []
            clauses = [(tantivy.Occur.Should, tantivy.Query.term_query(field, "terms", t)) for t in dict.fromkeys(terms)]
            hits = searcher.search(tantivy.Query.boolean_query(clauses), k).hits
            return [searcher.doc(address)["id"][0] for _, address in hits]
        return search


class TantivyNative:
    """Tantivy doing its own analysis in Rust, as an application embedding it would.

    One indexed field per language, each with a registered analyzer: the simple
    tokenizer, lower-casing, the same stopwords as the other peers, and the
    language's Snowball stemmer. Documents and queries go to their language's
    field. Build time is then mostly Tantivy's own, with only the Python loop
    that hands it the documents added."""
    name = "Tantivy (own analysis)"
    analyses_queries = True  # search() takes (query text, language), not terms
    fields = {"en": ("terms_en", "english"), "es": ("terms_es", "spanish")}

    def analyzers(self):
        import tantivy
        from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_SPANISH
        stopwords = {"en": list(STOPWORDS_EN), "es": list(STOPWORDS_SPANISH)}
        return {lang: (field, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                       .filter(tantivy.Filter.lowercase())
                       .filter(tantivy.Filter.custom_stopword(stopwords[lang]))
                       .filter(tantivy.Filter.stemmer(language)).build())
                for lang, (field, language) in self.fields.items()}

    def register(self, index):
        analyzers = self.analyzers()
        for field, analyzer in analyzers.values():
            index.register_tokenizer(field, analyzer)
        return analyzers

    def build(self, docs, analysis, directory):
        import tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        builder.add_bytes_field("original", stored=True, indexed=False)  # kept, not searched
        for field, _ in self.fields.values():
            builder.add_text_field(field, stored=False, tokenizer_name=field)
        index = tantivy.Index(builder.build(), path=directory)
        self.register(index)
        writer = index.writer(heap_size=256_000_000, num_threads=2)  # as many as Gaceta's analysis threads
        for d in docs:
            field = self.fields.get(peer_language(d), self.fields["en"])[0]
            text = text_of(d)
            writer.add_document(tantivy.Document(**{"id": d["id"], "original": text.encode(), field: text}))
        writer.commit()
        writer.wait_merging_threads()

    def open(self, directory):
        import tantivy
        index = tantivy.Index.open(directory)
        analyzers = self.register(index)
        index.reload()
        searcher = index.searcher()
        schema = index.schema

        def rank_only(query, k):
            """(score, address) of the best k, no stored document loaded."""
            text, lang = query
            field, analyzer = analyzers.get(lang, analyzers["en"])
            words = analyzer.analyze(text)
            if not words:
                return []
            clauses = [(tantivy.Occur.Should, tantivy.Query.term_query(schema, field, t)) for t in dict.fromkeys(words)]
            return searcher.search(tantivy.Query.boolean_query(clauses), k).hits

        def search(query, k):
            return [searcher.doc(address)["id"][0] for _, address in rank_only(query, k)]
        search.rank_only = rank_only
        return search


class Xapian:
    name = "Xapian"

    def build(self, docs, analysis, directory):
        import xapian
        db = xapian.WritableDatabase(directory, xapian.DB_CREATE_OR_OVERWRITE)
        for d in docs:
            doc = xapian.Document()
            doc.set_data(json.dumps({"id": d["id"], "text": text_of(d)}))
            for position, term in enumerate(analysis.terms(text_of(d), peer_language(d)), 1):
                doc.add_posting(term, position)
            db.add_document(doc)
        db.commit()
        db.close()

    def open(self, directory):
        import xapian
        db = xapian.Database(directory)
        enquire = xapian.Enquire(db)
        enquire.set_weighting_scheme(xapian.BM25Weight(1.2, 0, 1, 0.75, 0.5))

        def search(terms, k):
            if not terms:
                return []
            enquire.set_query(xapian.Query(xapian.Query.OP_OR, list(dict.fromkeys(terms))))
            return [json.loads(m.document.get_data())["id"] for m in enquire.get_mset(0, k)]
        return search


class BM25S:
    name = "bm25s"

    def build(self, docs, analysis, directory):
        import bm25s
        retriever = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
        retriever.index([analysis.terms(text_of(d), peer_language(d)) for d in docs], show_progress=False)
        retriever.save(directory)
        with open(os.path.join(directory, "ids.json"), "w") as f:
            json.dump([d["id"] for d in docs], f)

    def open(self, directory):
        import bm25s
        retriever = bm25s.BM25.load(directory)
        with open(os.path.join(directory, "ids.json")) as f:
            ids = json.load(f)
        vocabulary = retriever.vocab_dict

        def search(terms, k):
            known = [t for t in terms if t in vocabulary]
            if not known:
                return []
            found, scores = retriever.retrieve([known], k=min(k, len(ids)), show_progress=False, n_threads=1)
            return [ids[i] for i, s in zip(found[0], scores[0]) if s > 0]
        return search


PEERS = {"sqlite": SQLiteFTS5, "tantivy": Tantivy, "tantivy-native": TantivyNative, "xapian": Xapian, "bm25s": BM25S}


# ---------------------------------------------------------------- measurement

def directory_bytes(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(path) for f in files)


# The files that hold each engine's postings, positions and term dictionary,
# by name ending: the inverted index proper, without stored text, norms or
# columns. SQLite keeps everything in one file and is left out.
INVERTED_FILES = {
    "gaceta": (".postings", ".positions", ".terms"),
    "tantivy": (".idx", ".pos", ".term"),
    "tantivy-native": (".idx", ".pos", ".term"),
    "lucene": (".doc", ".pos", ".pay", ".tim", ".tip"),
    "xapian": ("postlist.glass", "position.glass"),
    "bm25s": ("",),  # matrices and vocabulary only; no positions
}


def inverted_bytes(key, path):
    endings = INVERTED_FILES.get(key)
    if endings is None:
        return None
    return sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(path) for f in files
               if f.endswith(endings) and not f.endswith(".json"))


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


def ndcg_at_10(ranked, relevant):
    relevant = set(relevant)
    gain = sum(1 / math.log2(rank + 2) for rank, doc in enumerate(dict.fromkeys(ranked[:10])) if doc in relevant)
    ideal = sum(1 / math.log2(rank + 2) for rank in range(min(len(relevant), 10)))
    return gain / ideal if ideal else 0.0


def measure_peer(key, docs, queries, analysis, text_bytes, scratch, warmup):
    engine = PEERS[key]()
    directory = os.path.join(scratch, key)
    os.makedirs(directory)
    started = time.perf_counter()
    engine.build(docs, analysis, directory)
    build = time.perf_counter() - started
    # Cold open: a fresh process opens the index and runs the first query.
    own = getattr(engine, "analyses_queries", False)

    def query_input(q):
        lang = peer_language(q) or "en"
        return (q["query"], lang) if own else analysis.terms(q["query"], lang)
    # The peers' Python modules are imported before the clock starts: their
    # import is the interpreter's start-up, not the engine's open.
    probe = ("import sys, time; sys.path.insert(0, %r); import run; from run import *; import bm25s.stopwords; "
             "t = %r; s = time.perf_counter(); f = PEERS[%r]().open(%r); f(t, 10); "
             "print(time.perf_counter() - s)") % (HERE, query_input(queries[0]), key, directory)
    cold = float(subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout)
    search = engine.open(directory)
    analysed = [query_input(q) for q in queries]
    for terms in analysed[:warmup]:
        search(terms, 10)
    latencies, scores = [], []
    for q, terms in zip(queries, analysed):
        started = time.perf_counter()
        ranked = search(terms, 10)
        latencies.append(time.perf_counter() - started)
        scores.append(ndcg_at_10(ranked, q["relevant"]))
    rank_latencies = None
    if hasattr(search, "rank_only"):
        rank_latencies = []
        for terms in analysed:
            started = time.perf_counter()
            search.rank_only(terms, 10)
            rank_latencies.append(time.perf_counter() - started)
    return row(engine.name, build, directory_bytes(directory), inverted_bytes(key, directory), text_bytes, latencies,
               cold, scores, rank_latencies=rank_latencies)


def measure_gaceta(gaceta, docs, queries, text_bytes, scratch, warmup):
    corpus = os.path.join(scratch, "gaceta-corpus")
    index = os.path.join(scratch, "gaceta-index")
    os.makedirs(corpus)
    with gzip.open(os.path.join(corpus, "docs.jsonl.gz"), "wt", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "title": d.get("title") or "", "body": d.get("body") or "",
                                "lang": d.get("lang")}, ensure_ascii=False) + "\n")
    started = time.perf_counter()
    # GNU time reports the peak RSS of gaceta itself: wait4 on a child this
    # script forks would count the fork's copy of this (large) process too.
    usage = os.path.join(scratch, "gaceta-index.time")
    command = [gaceta, "index", "--corpus", corpus, "--index", index]
    if os.path.exists("/usr/bin/time"):
        command = ["/usr/bin/time", "-f", "%M %U %S", "-o", usage] + command
    subprocess.run(command, check=True, capture_output=True)
    build = time.perf_counter() - started
    if os.path.exists(usage):
        peak, user, system = open(usage).read().split()[-3:]
        print(f"gaceta index: peak RSS {int(peak) / 1024:.0f} MB, CPU {float(user) + float(system):.1f} s", file=sys.stderr)
    # Cold open as for the peers: opening the index and answering the first
    # query inside a process that has started (open_us + took_us); the whole
    # process, start-up included, goes in its own column.
    started = time.perf_counter()
    first = subprocess.run([gaceta, "search", "--index", index, "--json", "--limit", "10", queries[0]["query"]],
                           check=True, capture_output=True, text=True)
    process = time.perf_counter() - started
    answer = json.loads(first.stdout)
    cold = (answer["open_us"] + answer["took_us"]) / 1e6
    # One line per query; the warm-up queries go first and are left out.
    lines = [q["query"].replace("\n", " ") for q in queries[:warmup] + queries]
    # A query the parser refuses (a stray quote) prints an error line and
    # counts as answered with nothing; the exit status is then 2.
    run = subprocess.run([gaceta, "search", "--index", index, "--batch", "--json", "--limit", "10"],
                         input="\n".join(lines) + "\n", capture_output=True, text=True)
    answers = [json.loads(line) for line in run.stdout.splitlines()][warmup:]
    refused = [a for a in answers if "error" in a]
    if refused:
        print(f"gaceta: {len(refused)} queries refused, counted as finding nothing: {refused[0]['error']}",
              file=sys.stderr)
    if len(answers) != len(queries):
        sys.exit("gaceta search --batch printed %d answers for %d queries (blank queries?)" % (len(answers), len(queries)))
    latencies = [a["took_us"] / 1e6 for a in answers if "error" not in a]
    scores = [ndcg_at_10([r["article_id"] for r in a.get("results", [])], q["relevant"]) for a, q in zip(answers, queries)]
    # Rank only: the same queries ranked with nothing read from the store.
    ranked = subprocess.run([gaceta, "search", "--index", index, "--batch", "--ids-only", "--limit", "10"],
                            input="\n".join(lines) + "\n", capture_output=True, text=True)
    rank_latencies = [a["took_us"] / 1e6 for a in map(json.loads, ranked.stdout.splitlines()[warmup:]) if "error" not in a]
    return row("Gaceta", build, directory_bytes(index), inverted_bytes("gaceta", index), text_bytes, latencies, cold,
               scores, process=process, rank_latencies=rank_latencies)


def lucene_classpath():
    """Debian's Lucene 8 (apt-get install liblucene8-java): core and common analyzers."""
    jars = [sorted(glob.glob(f"/usr/share/java/lucene-{name}-8*.jar")) for name in ("core", "analyzers-common")]
    if not all(jars) or not shutil.which("java"):
        raise ImportError("needs java and Debian's liblucene8-java (apt-get install -y liblucene8-java)")
    return ":".join(found[-1] for found in jars)


def measure_lucene(docs, queries, analysis, text_bytes, scratch, warmup):
    """Lucene through LuceneHarness.java, fed the same analysed text as the other peers."""
    harness = ["java", "-cp", lucene_classpath(), os.path.join(HERE, "LuceneHarness.java")]
    directory = os.path.join(scratch, "lucene")

    def flat(text):
        return " ".join(text.split())
    started = time.perf_counter()
    lines = "".join(f"{d['id']}\t{flat(text_of(d))}\t{' '.join(analysis.terms(text_of(d), peer_language(d)))}\n" for d in docs)
    analysed = time.perf_counter() - started
    indexing = float(subprocess.run(harness + ["build", directory], input=lines, capture_output=True, text=True,
                                    check=True).stdout)
    terms = [" ".join(analysis.terms(q["query"], peer_language(q) or "en")) or "-" for q in queries]
    cold = float(subprocess.run(harness + ["cold", directory, terms[0]], capture_output=True, text=True,
                                check=True).stdout) / 1e6
    run = subprocess.run(harness + ["search", directory], input="\n".join(terms[:warmup] + terms) + "\n",
                         capture_output=True, text=True, check=True)
    answers = [line.split("\t") for line in run.stdout.splitlines()][warmup:]
    latencies = [int(micros) / 1e6 for micros, _ in answers]
    scores = [ndcg_at_10(ids.split(), q["relevant"]) for (_, ids), q in zip(answers, queries)]
    return row("Lucene 8", analysed + indexing, directory_bytes(directory), inverted_bytes("lucene", directory),
               text_bytes, latencies, cold, scores)


def row(name, build, index_bytes, inverted, text_bytes, latencies, cold, scores, process=None, rank_latencies=None):
    ms = [x * 1000 for x in latencies]
    rank_ms = None if rank_latencies is None else percentile([x * 1000 for x in rank_latencies], 50)
    return {"engine": name, "build_s": build, "mb_per_s": text_bytes / 1e6 / build,
            "bytes_per_text_byte": index_bytes / text_bytes,
            "inverted_per_text_byte": None if inverted is None else inverted / text_bytes, "p50_ms": percentile(ms, 50),
            "p95_ms": percentile(ms, 95), "p99_ms": percentile(ms, 99), "cold_ms": cold * 1000,
            "process_ms": None if process is None else process * 1000, "rank_p50_ms": rank_ms,
            "ndcg10": statistics.fmean(scores)}


def print_table(rows, title):
    print(f"\n{title}\n")
    print("| engine | build s | MB/s | index bytes / text byte | postings + positions + dictionary / text byte "
          "| p50 ms | p95 ms | p99 ms | rank-only p50 ms | cold open + 1st query ms | whole new process ms | nDCG@10 |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        inverted = "n/a" if r["inverted_per_text_byte"] is None else "%.2f" % r["inverted_per_text_byte"]
        process = "n/a" if r["process_ms"] is None else "%.1f" % r["process_ms"]
        rank = "n/a" if r["rank_p50_ms"] is None else "%.3f" % r["rank_p50_ms"]
        print("| {engine} | {build_s:.2f} | {mb_per_s:.2f} | {bytes_per_text_byte:.2f} | {inverted} | {p50_ms:.3f} "
              "| {p95_ms:.3f} | {p99_ms:.3f} | {rank} | {cold_ms:.1f} | {process} | {ndcg10:.4f} |".format(
                  inverted=inverted, process=process, rank=rank, **r))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="folder holding the evaluation data")
    parser.add_argument("--corpus", help="instead of a set: a folder of JSON Lines articles (e.g. a synthetic "
                                         "corpus), searched with known-item title queries")
    parser.add_argument("--set", default="news-en", help="retrieval set or news corpus name (default news-en)")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated, from " + ",".join(ENGINES))
    parser.add_argument("--sample", type=int, default=1000, help="known-item queries for a news corpus (default 1000)")
    parser.add_argument("--warmup", type=int, default=100, help="queries run once before timing (default 100)")
    parser.add_argument("--gaceta", help="the gaceta executable (default: build release and use it)")
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    args = parser.parse_args()
    engines = args.engines.split(",")
    unknown = [e for e in engines if e not in ENGINES]
    if unknown:
        parser.error("unknown engine(s): " + ", ".join(unknown))

    if not args.data and not args.corpus:
        parser.error("give --data (with --set) or --corpus")
    docs, queries, judged = load_set(args.data, args.set, args.sample, args.corpus)
    fill_languages(docs, queries)
    text_bytes = sum(len(text_of(d).encode()) for d in docs)
    analysis = Analysis()
    gaceta = args.gaceta
    if "gaceta" in engines and not gaceta:
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "gaceta"], cwd=ROOT, check=True,
                       stdout=sys.stderr)
        bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout.strip()
        gaceta = os.path.join(bin_path, "gaceta")
    rows = []
    with tempfile.TemporaryDirectory(prefix="gaceta-peers-") as scratch:
        for key in engines:
            print(f"{key}: indexing {len(docs)} documents, {len(queries)} queries", file=sys.stderr)
            try:
                if key == "gaceta":
                    rows.append(measure_gaceta(gaceta, docs, queries, text_bytes, scratch, args.warmup))
                elif key == "lucene":
                    rows.append(measure_lucene(docs, queries, analysis, text_bytes, scratch, args.warmup))
                else:
                    rows.append(measure_peer(key, docs, queries, analysis, text_bytes, scratch, args.warmup))
            except ImportError as error:
                print(f"{key}: skipped, {error}", file=sys.stderr)
    kind = "retrieval set" if judged else "known-item titles, indexed without titles"
    name = os.path.basename(os.path.normpath(args.corpus)) if args.corpus else args.set
    print_table(rows, f"{name} ({kind}): {len(docs)} documents, {text_bytes / 1e6:.2f} MB of text, "
                      f"{len(queries)} queries, top 10, one thread, after {args.warmup} warm-up queries")
    if args.json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    ensure_virtualenv()
    main()
