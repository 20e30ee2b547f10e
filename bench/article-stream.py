#!/usr/bin/env python3
"""Writes the article stream the README's ingest and cluster figures were measured on: the first N non-empty
documents of a Multi-News clusters file, one {"id", "text"} JSON object a line.

    python3 bench/article-stream.py ../shared/data/multinews/train_first15000.jsonl.gz 25000 > articles25k.jsonl
"""
import gzip
import json
import sys

path, limit = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25000
opener = gzip.open if path.endswith(".gz") else open
written = 0
with opener(path, "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        for j, text in enumerate(json.loads(line)["documents"]):
            if written < limit and text.strip():
                print(json.dumps({"id": "multinews-train-%05d#%d" % (i, j), "text": text}))
                written += 1
        if written >= limit:
            break
