#!/usr/bin/env python3
"""bench/compounds.py: which analysis finds the parts of Swedish compound words better, word
endings (what the API uses: title_suffix/text_suffix, see docs/search.md) or trigrams?

Indexes the same Swedish corpus twice into a throwaway index on an OpenSearch (the research-subject
names of shared/data, the initiative's own text in shared/seed and the benchmark's kind words),
asks each compound part in QUERIES, and compares the hits with the truth: a text is relevant when
one of its words, stemmed and accent-folded by the same Swedish analysis, ends with the query
(the head of a compound) or is the query. Prints precision, recall and the index size of each.

    python3 bench/compounds.py http://127.0.0.1:9250     (any OpenSearch 3 with analysis-common)

Talks only to the URL given; creates and deletes the index "bench-compounds".
"""
import csv
import json
import os
import re
import sys
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(ROOT), "shared") if not os.path.isdir(os.path.join(ROOT, "shared")) else os.path.join(ROOT, "shared")
INDEX = "bench-compounds"
# Compound heads people look for; each is also a word of its own.
QUERIES = ["bädd", "labb", "analys", "miljö", "teknik", "vetenskap", "forskning", "system", "medicin", "data",
           "kemi", "fysik", "teknologi", "utveckling", "hälsa", "plats", "rapport", "program"]

# The analysis under test: the same definitions as backend/.../search/SearchAnalysis.java.
SETTINGS = {
    "analysis": {
        "filter": {
            "sv_stem": {"type": "stemmer", "language": "light_swedish"},
            "endings": {"type": "edge_ngram", "min_gram": 3, "max_gram": 30},
            "trigrams": {"type": "ngram", "min_gram": 3, "max_gram": 3},
        },
        "analyzer": {
            "sv_folded": {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "sv_stem", "asciifolding"]},
            "suffix": {"type": "custom", "tokenizer": "standard",
                       "filter": ["lowercase", "sv_stem", "asciifolding", "reverse", "endings", "reverse"]},
            "trigram": {"type": "custom", "tokenizer": "standard",
                        "filter": ["lowercase", "sv_stem", "asciifolding", "trigrams"]},
        },
    }
}
MAPPINGS = {"properties": {
    "text": {"type": "text", "analyzer": "sv_folded", "fields": {
        "suffix": {"type": "text", "analyzer": "suffix", "search_analyzer": "sv_folded"},
        "trigram": {"type": "text", "analyzer": "trigram"},
    }},
}}


def call(url, method, path, body=None, ndjson=False):
    data = None
    if body is not None:
        data = body.encode() if ndjson else json.dumps(body).encode()
    req = urllib.request.Request(url + path, data=data, method=method,
                                 headers={"Content-Type": "application/x-ndjson" if ndjson else "application/json"})
    try:
        with urllib.request.urlopen(req) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        if method == "DELETE" and e.code == 404:
            return None
        raise SystemExit(f"{method} {path}: {e.code} {e.read().decode()[:300]}")


def corpus():
    texts = []
    with open(os.path.join(DATA, "data", "research-subjects.csv"), encoding="utf-8") as f:
        texts += [row["name_sv"] for row in csv.DictReader(f)]
    with open(os.path.join(DATA, "seed", "om-digital-impact-north.txt"), encoding="utf-8") as f:
        texts += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", f.read()) if len(s.strip()) > 3]
    with open(os.path.join(ROOT, "bench", "search-seed.sql"), encoding="utf-8") as f:
        for arr in re.findall(r"array\[('[^\]]*')\]", f.read()):
            texts += re.findall(r"'((?:[^']|'')*)'", arr)
    return sorted(set(texts))


def analyse(url, text):
    tokens = call(url, "POST", f"/{INDEX}/_analyze", {"analyzer": "sv_folded", "text": text})["tokens"]
    return [t["token"] for t in tokens]


def main():
    url = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:9250").rstrip("/")
    call(url, "DELETE", f"/{INDEX}")
    call(url, "PUT", f"/{INDEX}", {"settings": SETTINGS, "mappings": MAPPINGS})
    texts = corpus()
    bulk = "".join(json.dumps({"index": {"_id": str(i)}}) + "\n" + json.dumps({"text": t}) + "\n" for i, t in enumerate(texts))
    call(url, "POST", f"/{INDEX}/_bulk?refresh=true", bulk, ndjson=True)
    words = {i: analyse(url, t) for i, t in enumerate(texts)}

    rows = []
    totals = {"suffix": [0, 0, 0], "trigram": [0, 0, 0]}  # true positives, hits, relevant
    for q in QUERIES:
        head = analyse(url, q)[0]
        relevant = {str(i) for i, ws in words.items() if any(w.endswith(head) for w in ws)}
        line = [q, len(relevant)]
        for field, query in (("suffix", {"match": {"text.suffix": q}}),
                             ("trigram", {"match": {"text.trigram": {"query": q, "operator": "and"}}})):
            hits = {h["_id"] for h in call(url, "POST", f"/{INDEX}/_search",
                                           {"size": 10000, "query": query, "_source": False})["hits"]["hits"]}
            tp = len(hits & relevant)
            totals[field][0] += tp
            totals[field][1] += len(hits)
            totals[field][2] += len(relevant)
            line += [len(hits), tp]
        rows.append(line)

    stats = call(url, "GET", f"/{INDEX}/_stats/store,indexing")
    terms = {}
    for field in ("suffix", "trigram"):
        # Distinct terms each analysis writes for the whole corpus: what the index must hold.
        seen = set()
        for t in texts:
            for tok in call(url, "POST", f"/{INDEX}/_analyze", {"field": f"text.{field}", "text": t})["tokens"]:
                seen.add(tok["token"])
        terms[field] = len(seen)
    call(url, "DELETE", f"/{INDEX}")

    print(f"corpus: {len(texts)} Swedish texts; {len(QUERIES)} compound parts asked\n")
    print(f"{'query':<12}{'relevant':>9}{'endings hits':>14}{'of them right':>14}{'trigram hits':>14}{'of them right':>14}")
    for r in rows:
        print(f"{r[0]:<12}{r[1]:>9}{r[2]:>14}{r[3]:>14}{r[4]:>14}{r[5]:>14}")
    print()
    for field, label in (("suffix", "word endings"), ("trigram", "trigrams")):
        tp, hits, rel = totals[field]
        precision = tp / hits if hits else 0
        recall = tp / rel if rel else 0
        print(f"{label:<13} precision {precision:.2f}  recall {recall:.2f}  distinct terms {terms[field]}")
    print(f"(index store of both fields together: {stats['_all']['primaries']['store']['size_in_bytes']} bytes)")


if __name__ == "__main__":
    main()
