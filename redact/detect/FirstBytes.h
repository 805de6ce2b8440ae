// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <re2/re2.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace veil::redact {

/// The bytes a match of a rule can start with, as one inclusive range. RE2
/// guarantees that every match of a pattern lies between the bounds
/// PossibleMatchRange() returns; asked at the start of a text and, where the
/// pattern's \b, \B or multi-line ^ can look before the match, after a word
/// character, another character or a newline, the first bytes of those bounds
/// enclose the first byte of every match. Extraction starts its searches at such a byte and
/// stops when none is left, which finds exactly the matches a search from
/// every position would, with less text run through RE2.
class FirstBytes {
public:
    /// The range for the rule `compiled` (probes are compiled with `options`);
    /// all bytes if RE2 cannot bound it or it can match the empty string.
    static FirstBytes of(const RE2& compiled, const RE2::Options& options);

    [[nodiscard]] bool all() const noexcept { return m_low == 0x00U && m_high == 0xFFU; }
    [[nodiscard]] unsigned char low() const noexcept { return m_low; }
    [[nodiscard]] unsigned char high() const noexcept { return m_high; }
    /// The first position at or after `from` whose byte may start a match;
    /// text.size() if none.
    [[nodiscard]] std::size_t next(std::string_view text, std::size_t from) const noexcept
    {
        const auto span = static_cast<unsigned char>(m_high - m_low);
        while (from < text.size()
               && static_cast<unsigned char>(static_cast<unsigned char>(text[from]) - m_low) > span) {
            ++from;
        }
        return from;
    }

private:
    static FirstBytes compute(const RE2& compiled, const RE2::Options& options);

    unsigned char m_low = 0x00U;
    unsigned char m_high = 0xFFU;
};

}  // namespace veil::redact
