#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Turns corpus.txt ([[CATEGORY|value]] markup) into corpus.jsonl with code point offsets.

    python3 tests/redact/corpus/build_corpus.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]")


def main():
    out = []
    n = 0
    for line in open(os.path.join(HERE, "corpus.txt"), encoding="utf-8"):
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
        out.append({"id": f"v{n:04d}", "text": text, "spans": spans})
    with open(os.path.join(HERE, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} messages")


if __name__ == "__main__":
    main()
