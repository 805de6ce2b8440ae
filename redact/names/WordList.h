// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

// A short, fixed list of folded words the name finder asks about the words
// around a candidate: "is this a trigger, a relation, a verb of talking?".
// Nearly every word asked is in no list, so a 4,096-bit filter (two bits of
// an FNV-1a hash per word) answers most questions without a comparison; a
// word that passes it is compared with the list.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace veil::redact::naming {

template<std::size_t N> class WordList {
public:
    constexpr explicit WordList(const std::array<std::string_view, N>& words)
        : m_words(words)
    {
        for (const std::string_view w : words) {
            const std::uint32_t h = hash(w);
            set(h);
            set(h >> kShift);
        }
    }

    [[nodiscard]] constexpr bool contains(std::string_view w) const
    {
        const std::uint32_t h = hash(w);
        if (!test(h) || !test(h >> kShift)) {
            return false;
        }
        return std::find(m_words.begin(), m_words.end(), w) != m_words.end();
    }

private:
    static constexpr std::uint32_t kBits = 4096;
    static constexpr std::uint32_t kShift = 12;  // log2(kBits): the second bit's hash bits

    static constexpr std::uint32_t hash(std::string_view w)
    {
        std::uint32_t h = 2166136261U;
        for (const char c : w) {
            h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
        }
        return h;
    }
    constexpr void set(std::uint32_t h)
    {
        const std::uint32_t bit = h & (kBits - 1);
        m_bits[bit >> 6U] |= std::uint64_t { 1 } << (bit & 63U);
    }
    [[nodiscard]] constexpr bool test(std::uint32_t h) const
    {
        const std::uint32_t bit = h & (kBits - 1);
        return (m_bits[bit >> 6U] & (std::uint64_t { 1 } << (bit & 63U))) != 0;
    }

    std::array<std::string_view, N> m_words;
    std::array<std::uint64_t, kBits / 64> m_bits {};
};

}  // namespace veil::redact::naming
