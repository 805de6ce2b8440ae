// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace veil::redact {

/// A cheap, exact pre-test for the built-in rules in the Detector's word set,
/// the ones it runs on text with no digit, '@', ':' or '/': spelled-out
/// e-mails, spoken phone numbers and handles named in words each need a whole
/// ASCII word from a short list ("at"; six number words; a platform name), and
/// reddit-user needs "u/", a symbol. Text without any of them cannot match, so
/// the Detector skips the RE2::Set pass over it. It may say "maybe" too often,
/// never too rarely: tst_detector_shortcuts checks it against the rules.
class WordPrefilter {
public:
    struct Scan {
        bool symbol = false;  ///< holds a digit, '@', ':' or '/': every rule may match
        bool wordsMayMatch = false;  ///< false only if no built-in word rule can match
        std::size_t numberWords = 0;  ///< number words seen so far ("one", "double", …)
    };
    /// One pass over `text`: stops at the first digit, '@', ':' or '/'.
    [[nodiscard]] static Scan scan(std::string_view text) noexcept;

    // For a tokeniser that walks the text anyway (NameFinder): it reports
    // each symbol byte, each code point RE2 folds to an ASCII letter, and each
    // Latin word, and gets the same answer as scan() without a second pass.
    [[nodiscard]] static bool isSymbol(unsigned char byte) noexcept;
    /// U+017F (ſ) and U+212A (K), which RE2's case folding maps to 's' and 'k'.
    [[nodiscard]] static bool foldsToAscii(char32_t codePoint) noexcept
    {
        return codePoint == 0x17F || codePoint == 0x212A;
    }
    /// A maximal run of ASCII letters (neither neighbour is one).
    static void noteRun(std::string_view letters, Scan& scan) noexcept;
    /// A word of letters, marks, apostrophes and hyphens: its ASCII letter runs.
    static void noteWord(std::string_view word, Scan& scan) noexcept;
    /// False only if no built-in word rule can match `text`.
    [[nodiscard]] static bool mayMatch(std::string_view text) noexcept
    {
        const Scan s = scan(text);
        return s.symbol || s.wordsMayMatch;
    }
};

}  // namespace veil::redact
