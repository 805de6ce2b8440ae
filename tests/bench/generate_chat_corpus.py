#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Writes a chat-like JSONL corpus {"id", "text"} for `veilctl scan` throughput runs.

    python3 tests/bench/generate_chat_corpus.py OUT.jsonl [--mb 100] [--seed 7]

Messages look like assistant-chat user turns: mostly ordinary prose (about two
thirds carry no personal data), some multi-sentence, with emoji, accented
Latin, Devanagari, CJK and Hangul, and personal data of every category in
varied templates. Standard library only; deterministic for a given seed.
"""
import argparse
import json
import random

PROSE = [
    "can you help me plan a three day trip with a tight budget",
    "what is the difference between a list and a tuple in python",
    "my sourdough never rises properly, what am I doing wrong",
    "write a short poem about the sea at night",
    "summarise the causes of the first world war in five bullet points",
    "how many calories should I eat to lose weight slowly",
    "the meeting moved to 3pm, can you rewrite my reminder",
    "explain recursion like I am five",
    "I keep getting a segmentation fault when I free this pointer twice",
    "which is better for a beginner, guitar or piano",
    "translate 'good morning, how are you' into Spanish and French",
    "give me ideas for a birthday party for a seven year old",
    "why does my code print None at the end of the function",
    "draft a polite email asking my manager for a day off next Friday",
    "what are some healthy breakfast options without eggs",
    "how do I centre a div with flexbox",
    "recommend three sci-fi novels similar to Dune",
    "is it safe to run a marathon after only two months of training",
    "feeling kinda low today tbh",
    "order #A77-120934 arrived damaged, how do I ask for a refund",
    "the invoice total was $1,249.99 including tax",
    "version 4.12.0 broke our build, should we pin 4.11.3",
    "meu chefe pediu um relatório até amanhã, pode me ajudar",
    "¿cómo puedo mejorar mi currículum para un puesto de diseño?",
    "मुझे हिंदी में एक छोटा सा निबंध चाहिए",
    "今天的天气怎么样，我想去公园散步",
    "週末に京都へ行く予定です、おすすめは？",
    "오늘 저녁 메뉴 추천해 주세요",
    "café au lait or flat white, which has more caffeine",
    "Taylor Swift's new album is on repeat all week",
    "Sherlock Holmes stories are my comfort reading",
]
EMOJI = ["🙂", "😂", "🙏", "🔥", "🌸", "🎧", "🙃", "🤝🏾", "🇳🇬", "🇵🇹", "❤️", "👍", ""]
FIRST = ["Priya", "Mateo", "Aiko", "Chinedu", "Ingrid", "Rafael", "Leila", "Tomasz", "Ana", "Kwame",
         "Siobhan", "Dmitri", "Mei", "Oluwaseun", "Lucía", "Henrik", "Fatima", "Jonas", "Élodie", "Arjun"]
LAST = ["Sharma", "García", "Tanaka", "Okafor", "Larsen", "Silva", "Haddad", "Kowalski", "Nguyen",
        "Mensah", "O'Brien", "Petrov", "Chen", "Adeyemi", "Fernández", "Berg", "Khan", "Müller"]


def luhn_complete(prefix):
    for c in "0123456789":
        ds = [int(x) for x in prefix + c]
        total = 0
        for i, d in enumerate(reversed(ds)):
            if i % 2 == 1:
                d *= 2
                d -= 9 if d > 9 else 0
            total += d
        if total % 10 == 0:
            return prefix + c
    raise AssertionError


def pii(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    kind = r.randrange(10)
    if kind == 0:
        return f"you can reach {f} {l} at {f.lower()}.{l.lower()}{r.randrange(100)}@gmail.com"
    if kind == 1:
        return f"my number is +44 7{r.randrange(100, 999)} {r.randrange(100000, 999999)}, text me"
    if kind == 2:
        return f"ship it to {r.randrange(1, 999)} Maple Street, Springfield, IL {r.randrange(10000, 99999)}"
    if kind == 3:
        return f"card {luhn_complete('4' + ''.join(r.choice('0123456789') for _ in range(14)))} keeps getting declined"
    if kind == 4:
        return f"server at 10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)} stopped answering"
    if kind == 5:
        return f"I was born on {r.randrange(1, 28)}/{r.randrange(1, 12)}/{r.randrange(1950, 2005)}"
    if kind == 6:
        return f"follow me @{f.lower()}_{r.randrange(1000)} for updates"
    if kind == 7:
        return f"we parked at {r.uniform(-60, 60):.5f}, {r.uniform(-150, 150):.5f} near the lake"
    if kind == 8:
        return f"tell {f} I said thanks for the help"
    return f"Hi, I'm {f} {l} and I need help with my CV"


def message(r):
    parts = []
    for _ in range(r.choice([1, 1, 2, 3])):
        if r.random() < 0.22:
            parts.append(pii(r))
        else:
            parts.append(r.choice(PROSE))
    text = ". ".join(p[0].upper() + p[1:] for p in parts)
    return text + r.choice(["", ".", "?", "!"]) + (" " + r.choice(EMOJI) if r.random() < 0.3 else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=100.0)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    r = random.Random(a.seed)
    limit = int(a.mb * 1024 * 1024)
    written = 0
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        while written < limit:
            n += 1
            line = json.dumps({"id": f"m{n:08d}", "text": message(r)}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
    print(f"{a.out}: {n} messages, {written / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
