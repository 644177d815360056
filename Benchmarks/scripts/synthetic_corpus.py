#!/usr/bin/env python3
"""Grows a synthetic news corpus from the vocabulary and shapes of real ones.

For scale tests: the real English and Spanish corpora are too small to show
how costs grow, so this samples new articles whose words follow each
language's word frequencies (unigrams) and whose paragraph counts and
paragraph lengths follow the real articles'. The text is nonsense, but the
term statistics an index sees are realistic (Zipfian vocabulary, real
document lengths, both languages in the real proportion).

    python3 Benchmarks/scripts/synthetic_corpus.py --data ../shared/data \\
        --passages 1000000 --out /tmp/synthetic

writes /tmp/synthetic/synthetic-NNN.jsonl.gz (200,000 articles per file).
"""
import argparse
import collections
import gzip
import json
import os
import re
import sys

import numpy as np

WORD = re.compile(r"\w+(?:['’.-]\w+)*|[^\w\s]", re.UNICODE)
SOURCES = {"en": "news-en.jsonl.gz", "es": ["news-es.jsonl.gz", "news-es-more.jsonl.gz"]}


def read_articles(data, names):
    for name in names if isinstance(names, list) else [names]:
        with gzip.open(os.path.join(data, name), "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                body = record.get("body") or ""
                if body.strip():
                    yield record.get("title") or "", body


def profile(data, names):
    """Word frequencies and (paragraphs per article, words per paragraph) samples."""
    counts = collections.Counter()
    paragraphs_per_article = []
    words_per_paragraph = []
    title_lengths = []
    for title, body in read_articles(data, names):
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        paragraphs_per_article.append(len(paragraphs))
        for paragraph in paragraphs:
            words = WORD.findall(paragraph)
            words_per_paragraph.append(max(1, len(words)))
            counts.update(words)
        title_lengths.append(max(1, len(title.split())))
    vocabulary = np.array(list(counts.keys()), dtype=object)
    weights = np.array(list(counts.values()), dtype=np.float64)
    return vocabulary, weights / weights.sum(), np.array(paragraphs_per_article), np.array(words_per_paragraph), np.array(title_lengths)


def sentence(words):
    text = " ".join(words)
    text = re.sub(r" ([,.;:!?%)»])", r"\1", text)
    return text[:1].upper() + text[1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="folder with news-en.jsonl.gz and news-es*.jsonl.gz")
    parser.add_argument("--passages", type=int, default=1_000_000, help="about this many paragraphs in all")
    parser.add_argument("--out", required=True, help="output folder (created)")
    parser.add_argument("--spanish-share", type=float, default=0.3, help="fraction of Spanish articles")
    parser.add_argument("--seed", type=int, default=20261127)
    arguments = parser.parse_args()

    random = np.random.default_rng(arguments.seed)
    os.makedirs(arguments.out, exist_ok=True)
    profiles = {language: profile(arguments.data, names) for language, names in SOURCES.items()}
    written = paragraphs_written = file_number = 0
    output = None
    while paragraphs_written < arguments.passages:
        if written % 200_000 == 0:
            if output:
                output.close()
            file_number += 1
            output = gzip.open(os.path.join(arguments.out, f"synthetic-{file_number:03d}.jsonl.gz"), "wt", encoding="utf-8")
        language = "es" if random.random() < arguments.spanish_share else "en"
        vocabulary, probabilities, paragraph_counts, paragraph_lengths, title_lengths = profiles[language]
        count = int(random.choice(paragraph_counts))
        lengths = random.choice(paragraph_lengths, size=count)
        words = vocabulary[random.choice(len(vocabulary), size=int(lengths.sum()) + 20, p=probabilities)]
        paragraphs, start = [], 0
        for length in lengths:
            paragraphs.append(sentence(words[start:start + length]))
            start += length
        title = sentence(words[start:start + int(random.choice(title_lengths))])
        day = f"20{random.integers(0, 26):02d}-{random.integers(1, 13):02d}-{random.integers(1, 29):02d}"
        output.write(json.dumps({
            "id": f"synthetic-{written}", "title": title, "body": "\n\n".join(paragraphs),
            "date": day, "source": "Synthetic", "lang": language,
        }, ensure_ascii=False) + "\n")
        written += 1
        paragraphs_written += count
    output.close()
    print(f"{written} articles, {paragraphs_written} paragraphs in {file_number} files under {arguments.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
