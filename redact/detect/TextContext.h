// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace veil::redact {

/// Looks at the words around a candidate: the cheap context checks that
/// decide between "a phone number" and "an order number". Windows stop at a
/// line break so one line's label never leaks into the next.
class TextContext {
public:
    /// True when one of `words` (lower-case ASCII, may contain spaces) occurs as a
    /// whole word in the `window` bytes before `pos`, on the same line.
    static bool wordBefore(std::string_view text, std::size_t pos, std::size_t window,
                           std::initializer_list<std::string_view> words);
    /// Same, in the `window` bytes from `pos` on.
    static bool wordAfter(std::string_view text, std::size_t pos, std::size_t window,
                          std::initializer_list<std::string_view> words);
    /// True when `words` occur anywhere in [from, to) as whole words (case-insensitive).
    static bool wordIn(std::string_view text, std::size_t from, std::size_t to,
                       std::initializer_list<std::string_view> words);
    /// `word` is one of the space-separated words of `list` (which starts and ends with a space).
    static bool inWords(std::string_view list, std::string_view word);
    /// The byte before `pos` (0 at the start).
    static char before(std::string_view text, std::size_t pos) noexcept
    {
        return pos == 0 ? '\0' : text[pos - 1];
    }
    /// The byte at `pos` (0 at the end).
    static char at(std::string_view text, std::size_t pos) noexcept
    {
        return pos < text.size() ? text[pos] : '\0';
    }
    static bool isDigit(char c) noexcept { return c >= '0' && c <= '9'; }
    static bool isAlnum(char c) noexcept
    {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    /// Sentences are looked at no further than this many bytes either side.
    static constexpr std::size_t kSentenceWindow = 300;
    /// Start of the sentence holding `pos` (after . ! ? or a line break).
    static std::size_t sentenceStart(std::string_view text, std::size_t pos);
    /// End of the sentence holding `pos`.
    static std::size_t sentenceEnd(std::string_view text, std::size_t pos);
    /// A famous or fictional address starts `head` ("1600 Pennsylvania", "221B
    /// Baker", "350 5th Ave"): not a private person's.
    static bool famousAddress(std::string_view head);
};

}  // namespace veil::redact
