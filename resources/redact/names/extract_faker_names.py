#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Regenerates the name lists in this folder from @faker-js/faker (MIT).

    cd /tmp && npm pack @faker-js/faker && mkdir faker && tar xzf faker-js-faker-*.tgz -C faker
    node dump-faker-names.mjs faker/package/dist/index.js > names.json
    python3 extract_faker_names.py names.json /usr/share/dict/words

Writes first.txt, last.txt (every script except Han/Hangul), han_surnames.txt,
han_given.txt, hangul_surnames.txt, hangul_given.txt and ambiguous.txt (names
that are also lower-case English words in the Debian `wamerican` list, which
the detector only accepts with context).
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def script_of(word):
    for ch in word:
        cp = ord(ch)
        if 0xAC00 <= cp <= 0xD7A3:
            return "hangul"
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            return "han"
        if 0x3040 <= cp <= 0x30FF:
            return "kana"
    return "other"


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    english = set()
    if len(sys.argv) > 2:
        for line in open(sys.argv[2], encoding="utf-8"):
            w = line.strip()
            if w and w.islower() and w.isalpha():
                english.add(w)
    first, last = set(), set()
    han_sur, han_given, hangul_sur, hangul_given = set(), set(), set(), set()
    for locale, lists in data.items():
        for kind, target in (("first", first), ("last", last)):
            for entry in lists[kind]:
                entry = entry.replace("\u200c", "").strip()
                script = script_of(entry)
                if script == "hangul":
                    (hangul_given if kind == "first" else hangul_sur).add(entry)
                    continue
                if script in ("han", "kana"):
                    (han_given if kind == "first" else han_sur).add(entry)
                    continue
                for token in entry.replace("-", " ").split():
                    token = token.strip(".,'")
                    if len(token) >= 2 and not any(c.isdigit() for c in token):
                        target.add(token)
    ambiguous = sorted({w for w in first | last if w.lower() in english})

    def write(name, words):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for w in sorted(words):
                f.write(unicodedata.normalize("NFC", w) + "\n")

    write("first.txt", first)
    write("last.txt", last)
    write("han_surnames.txt", han_sur)
    write("han_given.txt", han_given)
    write("hangul_surnames.txt", hangul_sur)
    write("hangul_given.txt", hangul_given)
    write("ambiguous.txt", ambiguous)


if __name__ == "__main__":
    main()
