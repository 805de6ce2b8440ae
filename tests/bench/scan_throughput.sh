#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
#
# veilctl scan throughput on a generated ~100 MB chat-like corpus:
#   VEILCTL=build/dev/app/veilctl/veilctl tests/bench/scan_throughput.sh [WORKDIR] [MB]
# Prints MB/s for one job and for --jobs 2 (best of three runs each).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${1:-${TMPDIR:-/tmp}}"
mb="${2:-100}"
veilctl="${VEILCTL:-veilctl}"
corpus="$work/veil-chat-${mb}mb.jsonl"
[[ -f "$corpus" ]] || python3 "$here/generate_chat_corpus.py" "$corpus" --mb "$mb"
bytes=$(stat -L -c %s "$corpus")
run() {  # run <jobs> → best seconds of three
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$veilctl" scan --jobs "$1" "$corpus" > /dev/null
    end=$(date +%s.%N)
    best=$(python3 -c "a='$best'; t=$end-$start; print(t if not a else min(float(a), t))")
  done
  echo "$best"
}
one=$(run 1)
two=$(run 2)
python3 - "$bytes" "$one" "$two" <<'PY'
import sys
b, one, two = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"corpus {b / 1e6:.1f} MB")
print(f"veilctl scan --jobs 1: {b / one / 1e6:.1f} MB/s ({one:.2f} s)")
print(f"veilctl scan --jobs 2: {b / two / 1e6:.1f} MB/s ({two:.2f} s), speed-up {one / two:.2f}x")
PY
