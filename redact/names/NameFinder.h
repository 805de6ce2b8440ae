// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/DetectedSpan.h"
#include "redact/detect/WordPrefilter.h"
#include "redact/names/NameLexicon.h"

#include <string>
#include <string_view>
#include <vector>

namespace veil::redact {

/// Finds names of private people (docs/redact.md, "Names"): chains of
/// capitalised words that contain a listed first name or surname, words in a
/// naming context ("my name is", "tell", titles, greetings, sign-offs, "X says"),
/// Devanagari names from the lists, Han names (surname + given name, honorifics
/// stripped) and Hangul names (surname + given name, particles stripped).
/// Public figures, characters, brands, places and English words that happen to
/// be names are left alone unless the context is unambiguous.
class NameFinder {
public:
    explicit NameFinder(const NameLexicon& lexicon)
        : m_lexicon(lexicon)
    { }

    /// Appends PERSON spans to `spans` and the byte ranges of public figures
    /// and characters mentioned (used to veto their birthdays) to `publicMentions`.
    /// Its tokeniser reads every byte, so it also fills `words` as
    /// WordPrefilter::scan() would (symbol, and whether a word rule may match).
    void find(std::string_view text, std::vector<DetectedSpan>& spans,
              std::vector<DetectedSpan>& publicMentions, WordPrefilter::Scan& words) const;

    struct Token;  ///< a run of letters of one script (NameFinder.cpp)

private:
    void findLatin(std::string_view text, const std::vector<Token>& tokens, std::vector<DetectedSpan>& spans,
                   std::vector<DetectedSpan>& publicMentions) const;
    /// A lower-case name at `tokens[i]` after a trigger or before the verb
    /// `tokens[verb]` (0: none); the index of the next token to look at (NamingClues.cpp).
    std::size_t findLowerCase(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                              std::size_t verb, std::vector<DetectedSpan>& spans) const;
    /// Initials at `tokens[i]` ("A.J. says", "A.J. Patel"); the index of the
    /// next token to look at, `i` if they name no one (NameFinderScripts.cpp).
    std::size_t findInitials(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                             std::vector<DetectedSpan>& spans) const;
    /// `tokens[at]` (folded `folded`) with the word joined by "&" or "and" before or
    /// after it makes a listed brand or famous pair: "Marks & Spencer", "Harry and
    /// Meghan" (NamingClues.cpp).
    bool deniedPair(std::string_view text, const std::vector<Token>& tokens, std::size_t at,
                    const std::string& folded) const;
    /// A brand written with a possessive after the chain's words `folded[from, to)`
    /// or `folded[0, to)` ("Wendy's", "Dave's Hot Chicken", "Uncle Ben's"; `tokens[next]`
    /// follows them): the index after its last word, 0 if none (NamingClues.cpp).
    std::size_t possessiveBrandEnd(std::string_view text, const std::vector<Token>& tokens, std::size_t next,
                                   const std::vector<std::string>& folded, std::size_t from,
                                   std::size_t to) const;
    void findDevanagari(std::string_view text, const std::vector<Token>& tokens,
                        std::vector<DetectedSpan>& spans) const;
    void findHan(std::string_view text, const Token& token, std::vector<DetectedSpan>& spans) const;
    /// Inside a long Han run (`cuts`: its code point boundaries): a name after 给, 跟, 问, ….
    void findHanAfterVerb(std::string_view text, const std::vector<std::size_t>& cuts,
                          std::vector<DetectedSpan>& spans) const;
    void findHangul(std::string_view text, const Token& token, bool koreanText,
                    std::vector<DetectedSpan>& spans) const;

    const NameLexicon& m_lexicon;
};

}  // namespace veil::redact
