// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace veil::redact {

/// Word lists behind name detection (resources/redact/names, …/denylist,
/// …/words), compiled into the library. Keys are folded with Unicode::fold().
/// Immutable after construction, so one instance serves every thread.
class NameLexicon {
public:
    enum Flag : std::uint8_t {
        FirstName = 1U << 0U,
        Surname = 1U << 1U,
        Ambiguous = 1U << 2U,  ///< a name that is also an English word ("will", "grace")
        CommonWord = 1U << 3U,  ///< never a name by itself ("the", "monday", "dear")
        Denied = 1U << 4U,  ///< a place, brand, assistant, public figure or character
        English = 1U << 5U,  ///< in the English word list
    };

    /// The lexicon built from the embedded resources (built once, thread-safe).
    static const NameLexicon& builtin();

    /// Flags of one folded word (0 if unknown).
    [[nodiscard]] std::uint8_t flags(std::string_view foldedWord) const;
    /// True for a folded multi-word chain ("taylor swift") on a denylist.
    [[nodiscard]] bool isDeniedChain(std::string_view foldedChain) const;

    [[nodiscard]] bool isHanSurname(std::string_view word) const
    {
        return m_hanSurnames.count(std::string(word)) != 0;
    }
    [[nodiscard]] bool isHanGiven(std::string_view word) const
    {
        return m_hanGiven.count(std::string(word)) != 0;
    }
    [[nodiscard]] bool isHangulSurname(std::string_view word) const
    {
        return m_hangulSurnames.count(std::string(word)) != 0;
    }
    [[nodiscard]] bool isHangulGiven(std::string_view word) const
    {
        return m_hangulGiven.count(std::string(word)) != 0;
    }
    [[nodiscard]] bool isCjkDenied(std::string_view word) const
    {
        return m_cjkDenied.count(std::string(word)) != 0;
    }

    /// Builds a lexicon from list texts (one entry a line or several separated by
    /// spaces for name lists; '#' starts a comment line). Used by builtin() and tests.
    void addNames(std::string_view text, std::uint8_t flag);
    void addDenied(std::string_view text);
    void addEnglish(std::string_view text);
    void addCommon(std::string_view text);

private:
    std::unordered_map<std::string, std::uint8_t> m_flags;
    std::unordered_set<std::string> m_deniedChains;
    std::unordered_set<std::string> m_hanSurnames;
    std::unordered_set<std::string> m_hanGiven;
    std::unordered_set<std::string> m_hangulSurnames;
    std::unordered_set<std::string> m_hangulGiven;
    std::unordered_set<std::string> m_cjkDenied;
};

}  // namespace veil::redact
