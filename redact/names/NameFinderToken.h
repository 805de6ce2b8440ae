// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to NameFinder's sources (NameFinder.cpp: tokens and Latin names;
// NameFinderScripts.cpp: Devanagari, Han and Hangul names).

#include "redact/names/NameFinder.h"
#include "redact/text/Unicode.h"

#include <cstddef>

namespace veil::redact {

struct NameFinder::Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    Script script = Script::None;
    bool capitalised = false;
    bool nearDigit = false;  ///< touches a digit: part of a code, not a word
    std::size_t codePoints = 0;
};

namespace naming {

/// A name from the lexicon, and one found by its context only.
constexpr float kKnownConfidence = 0.8F;
constexpr float kContextConfidence = 0.65F;

}  // namespace naming

}  // namespace veil::redact
