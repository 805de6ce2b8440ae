#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
"""Validate resources/demo/conversations.jsonl (stdlib only).

Checks the raw-conversation schema, attachment files, upstream span offsets
(Unicode code point indices, end exclusive) and that every synthetic
identifier that carries a check digit really passes it: credit cards (Luhn),
IBANs (mod 97), Aadhaar (Verhoeff), CPF (mod 11). Every card-shaped or
IBAN-shaped string in the texts must be listed below, either as a valid value
or as a deliberate hard negative, so nothing unchecked slips in.

Usage: python3 check_conversations.py [path/to/conversations.jsonl]
Exit status 0 when everything passes, 1 otherwise.
"""

import json
import re
import struct
import sys
from datetime import datetime
from pathlib import Path

CATEGORIES = {
    "PERSON", "EMAIL", "PHONE", "STREET_ADDRESS", "CREDIT_CARD", "IBAN",
    "GOV_ID", "IP_ADDRESS", "DATE_OF_BIRTH", "SOCIAL_HANDLE", "GEO_COORDINATES",
}

# Synthetic values that must pass their checksum.
CARDS = [
    "6011 7490 2366 5181",   # Discover
    "5167 3204 8861 0270",   # Mastercard
    "6521 8430 7719 2649",   # RuPay
    "6363 6840 1522 7837",   # Elo
    "4716 8392 0457 1937",   # Visa
]
IBANS = [
    "DE32 1203 0000 1047 3829 56",
    "FR76 3000 6000 0112 3456 7890 189",
    "NL96 RABO 0318 4629 07",
    "GB03 LOYD 3096 2287 6543 21",
    "ES60 0049 1500 0512 3456 7892",
    "FR08 1756 9000 7084 2731 6590 442",
]
AADHAAR = ["4918 3702 6552", "8274 0519 3664"]
CPF = ["318.642.957-91"]

# Hard negatives: card- or IBAN-shaped strings that are not personal data.
INVALID_IBANS = ["DE32 1203 0000 1047 3829 65"]          # transposed digits, bad checksum
INVALID_CARDS = ["6035 7100 0012 3456"]                  # gift-card code, fails Luhn
NON_CARD_NUMBERS = [
    "4111 1111 1111 1111",                               # well-known test card
    "4242 4242 4242 4242",                               # Stripe test card
    "112-4839201-7746512",                               # order number
    "354672103982532",                                   # IMEI
]

# Upstream spans: expected covered text, keyed by (conversation id, message, start).
EXPECTED_UPSTREAM = {
    ("demo-001", 0, "Mei-Ling Tran"),
    ("demo-001", 0, "4127 Alder Creek Dr, Apt 3B, Portland, OR 97214"),
    ("demo-001", 2, "(503) 555-0148"),
    ("demo-024", 0, "+44 20 7946 0831"),
    ("demo-024", 0, "GB03 LOYD 3096 2287 6543 21"),
    ("demo-024", 2, "Karen Mitchell"),
}

IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
CARD_SHAPE = re.compile(r"(?<![\w+])\d(?:[ -]?\d){12,18}(?!\d)")

VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 8, 7, 0, 6], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def digits(s):
    return "".join(c for c in s if c.isdigit())


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(digits(s))):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(s):
    compact = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(digits(s))):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def cpf_ok(s):
    d = [int(c) for c in digits(s)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        total = sum(v * (n + 1 - i) for i, v in enumerate(d[:n]))
        if (total * 10) % 11 % 10 != d[n]:
            return False
    return True


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def check(path):
    errors = []
    err = errors.append
    base = path.parent
    all_text = []
    seen_ids = set()
    upstream = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        where = f"line {lineno}"
        try:
            conv = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: invalid JSON: {e}")
            continue
        if not isinstance(conv, dict):
            err(f"{where}: not an object")
            continue
        extra = set(conv) - {"id", "messages", "attachments", "spans"}
        if extra:
            err(f"{where}: unknown keys {sorted(extra)}")
        cid = conv.get("id")
        if not isinstance(cid, str) or not cid:
            err(f"{where}: id must be a non-empty string")
            continue
        where = f"line {lineno} ({cid})"
        if cid in seen_ids:
            err(f"{where}: duplicate id")
        seen_ids.add(cid)
        msgs = conv.get("messages")
        if not isinstance(msgs, list) or not 2 <= len(msgs) <= 8:
            err(f"{where}: messages must be a list of 2-8 entries")
            continue
        texts = []
        for i, m in enumerate(msgs):
            if not isinstance(m, dict) or set(m) != {"role", "text", "time"}:
                err(f"{where}: message {i} must have exactly role, text, time")
                texts.append("")
                continue
            if m["role"] not in ("user", "assistant"):
                err(f"{where}: message {i} has role {m['role']!r}")
            if not isinstance(m["text"], str) or not m["text"].strip():
                err(f"{where}: message {i} text must be a non-empty string")
            try:
                datetime.strptime(m["time"], "%Y-%m-%dT%H:%M:%SZ")
            except (TypeError, ValueError):
                err(f"{where}: message {i} time {m['time']!r} is not YYYY-MM-DDTHH:MM:SSZ")
            texts.append(m["text"] if isinstance(m["text"], str) else "")
        all_text.extend(texts)
        times = [m.get("time", "") for m in msgs if isinstance(m, dict)]
        if times != sorted(times):
            err(f"{where}: message times are not in order")
        for a in conv.get("attachments", []):
            if not isinstance(a, dict) or set(a) != {"message", "mime", "path"}:
                err(f"{where}: attachment must have exactly message, mime, path")
                continue
            if not isinstance(a["message"], int) or not 0 <= a["message"] < len(msgs):
                err(f"{where}: attachment message index {a['message']!r} out of range")
            if a["mime"] != "image/png":
                err(f"{where}: attachment mime {a['mime']!r} is not image/png")
            f = base / a["path"]
            if "/" in a["path"] or not f.is_file():
                err(f"{where}: attachment {a['path']!r} missing next to the JSONL")
            elif png_size(f) != (480, 640):
                err(f"{where}: attachment {a['path']!r} is not a 480x640 PNG")
        spans = conv.get("spans", [])
        by_msg = {}
        for s in spans:
            if not isinstance(s, dict) or set(s) != {"message", "start", "end", "category"}:
                err(f"{where}: span must have exactly message, start, end, category")
                continue
            mi, st, en = s["message"], s["start"], s["end"]
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (mi, st, en)):
                err(f"{where}: span fields message/start/end must be integers")
                continue
            if not 0 <= mi < len(msgs):
                err(f"{where}: span message index {mi} out of range")
                continue
            text = texts[mi]
            if not 0 <= st < en <= len(text):
                err(f"{where}: span {st}-{en} out of range for message {mi} (len {len(text)})")
                continue
            if s["category"] not in CATEGORIES:
                err(f"{where}: span category {s['category']!r} unknown")
            covered = text[st:en]
            if covered != covered.strip():
                err(f"{where}: span {covered!r} starts or ends with whitespace")
            upstream.add((cid, mi, covered))
            by_msg.setdefault(mi, []).append((st, en))
        for mi, ranges in by_msg.items():
            ranges.sort()
            for (s1, e1), (s2, _) in zip(ranges, ranges[1:]):
                if s2 < e1:
                    err(f"{where}: overlapping spans in message {mi}")
    if upstream != EXPECTED_UPSTREAM:
        err(f"upstream spans differ from expected: missing {sorted(EXPECTED_UPSTREAM - upstream)}, "
            f"unexpected {sorted(upstream - EXPECTED_UPSTREAM)}")

    corpus = "\n".join(all_text)
    for v in CARDS:
        if not luhn_ok(v):
            err(f"card {v} fails Luhn")
    for v in INVALID_CARDS:
        if luhn_ok(v):
            err(f"negative card {v} unexpectedly passes Luhn")
    for v in IBANS:
        if not iban_ok(v):
            err(f"IBAN {v} fails mod 97")
    for v in INVALID_IBANS:
        if iban_ok(v):
            err(f"negative IBAN {v} unexpectedly passes mod 97")
    for v in AADHAAR:
        if not verhoeff_ok(v) or len(digits(v)) != 12 or v[0] in "01":
            err(f"Aadhaar {v} is not Verhoeff-valid")
    for v in CPF:
        if not cpf_ok(v):
            err(f"CPF {v} has wrong check digits")
    for v in CARDS + INVALID_CARDS + NON_CARD_NUMBERS + IBANS + INVALID_IBANS + AADHAAR + CPF:
        if v not in corpus:
            err(f"listed value {v} does not occur in any message")

    known_ibans = set(IBANS + INVALID_IBANS)
    for m in IBAN_SHAPE.finditer(corpus):
        if m.group(0) not in known_ibans:
            err(f"unlisted IBAN-shaped string {m.group(0)!r}")
    known_cards = set(CARDS + INVALID_CARDS + NON_CARD_NUMBERS)
    without_ibans = IBAN_SHAPE.sub(" ", corpus)
    for m in CARD_SHAPE.finditer(without_ibans):
        if m.group(0) not in known_cards:
            err(f"unlisted card-shaped number {m.group(0)!r}")
    return errors, len(lines)


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("conversations.jsonl")
    errors, count = check(path)
    for e in errors:
        print(f"{path}: {e}", file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"OK: {count} conversations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
