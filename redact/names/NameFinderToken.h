// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to NameFinder's sources (NameFinder.cpp: tokens and Latin names;
// NameFinderScripts.cpp: Devanagari and Hangul names; NameFinderHan.cpp: Han names).

#include "redact/detect/WordPrefilter.h"
#include "redact/names/NameFinder.h"
#include "redact/text/Unicode.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

/// How many tokens of the scripts with their own passes the text holds,
/// counted while tokenising so plain Latin text skips those passes.
struct ScriptCounts {
    std::size_t devanagari = 0;
    std::size_t hangul = 0;
    std::size_t han = 0;
};

/// Splits text into letter runs of one script (NameTokenizer.cpp).
/// Apostrophes and hyphens between letters stay inside a word (O'Brien,
/// Al-Sayed); a possessive 's does not. Also tells `words` what the built-in
/// word rules need to know (see WordPrefilter).
void tokenize(std::string_view text, std::vector<NameFinder::Token>& tokens, ScriptCounts& counts,
              WordPrefilter::Scan& words);

/// A token's text folded for the word lists (Unicode::fold, and Turkish "İ" as "i").
std::string foldedToken(std::string_view text, const NameFinder::Token& t);

/// A public figure written in Han or Hangul (public_figures.txt: "大谷翔平",
/// "손흥민"); asked only of a name about to be reported.
inline bool publicCjk(const NameLexicon& lexicon, std::string_view word)
{
    return (lexicon.flags(word) & NameLexicon::Denied) != 0;
}

/// A name from the lexicon, and one found by its context only.
constexpr float kKnownConfidence = 0.8F;
constexpr float kContextConfidence = 0.65F;

}  // namespace naming

}  // namespace veil::redact
