#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Veil contributors
# SPDX-License-Identifier: MIT
#
# Fails when a layer includes what DESIGN.md forbids it:
#   redact/  no Qt at all
#   ui/      no SQL (QSql*, sqlite3), no crypto (sodium), no regex (re2, QRegularExpression, std::regex)
#   model/   no widgets
set -u
root="${1:?usage: check_layering.sh <source dir>}"
status=0

check() {  # check <folder> <extended regex> <what>
  local hits
  hits=$(grep -rnE --include='*.h' --include='*.cpp' "$2" "$root/$1" 2>/dev/null || true)
  if [[ -n "$hits" ]]; then
    echo "layering: $1/ must not use $3:"
    echo "$hits" | sed "s|^$root/||"
    status=1
  fi
}

check redact '#include *[<"]Q|#include *[<"]qt' "Qt"
check ui '#include *[<"](sodium|re2/|sqlite3|QSql|QRegularExpression|regex)' "SQL, crypto or regular expressions"
check ui 'QRegularExpression|std::regex|sodium_|sqlite3_' "SQL, crypto or regular expressions"
check model '#include *[<"](QWidget|QtWidgets|QMainWindow|QDialog)' "widgets"

[[ $status -eq 0 ]] && echo "layering: redact/, model/ and ui/ respect DESIGN.md"
exit $status
