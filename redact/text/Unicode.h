// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace veil::redact {

/// Writing systems the name finder treats differently (docs/redact.md, "Names").
enum class Script : unsigned char { None, Latin, Devanagari, Han, Kana, Hangul, OtherLetter, Mark };

/// Small, allocation-free Unicode helpers for the detector. They never read
/// past the end of the text and accept ill-formed UTF-8 (a bad byte decodes as
/// U+FFFD of length 1), so the Detector can be fed arbitrary bytes.
class Unicode {
public:
    /// Decodes the code point starting at `offset`; sets `length` to its byte length (>= 1).
    static char32_t decode(std::string_view text, std::size_t offset, std::size_t& length) noexcept;
    /// Appends the UTF-8 encoding of `codePoint`.
    static void encode(char32_t codePoint, std::string& out);
    /// The script a letter belongs to; Script::None for anything that is not a letter or mark.
    static Script scriptOf(char32_t codePoint) noexcept;
    static bool isUpper(char32_t codePoint) noexcept;
    static char32_t toLower(char32_t codePoint) noexcept;
    /// Lower-cases Latin, Greek and Cyrillic letters; other code points unchanged.
    static std::string fold(std::string_view word);
    /// Latin letters with diacritics replaced by their base letters ("ń" → "n", "ß" → "ss").
    static std::string stripDiacritics(std::string_view word);
};

}  // namespace veil::redact
