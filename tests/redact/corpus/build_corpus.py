#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Turns a [[CATEGORY|value]] markup file into JSONL with code point offsets.

    python3 tests/redact/corpus/build_corpus.py                       # corpus.txt -> corpus.jsonl, ids v0001…
    python3 tests/redact/corpus/build_corpus.py heldout-style h       # heldout-style.txt -> .jsonl, ids h0001…
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.DOTALL)


def main():
    stem = sys.argv[1] if len(sys.argv) > 1 else "corpus"
    prefix = sys.argv[2] if len(sys.argv) > 2 else "v"
    out = []
    n = 0
    for line in open(os.path.join(HERE, stem + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        n += 1
        line = line.replace("\\n", "\n")
        text, spans, pos = "", [], 0
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            start = len(text)
            text += m.group(2)
            spans.append({"start": start, "end": len(text), "category": m.group(1)})
            pos = m.end()
        text += line[pos:]
        out.append({"id": f"{prefix}{n:04d}", "text": text, "spans": spans})
    with open(os.path.join(HERE, stem + ".jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} messages")


if __name__ == "__main__":
    main()
