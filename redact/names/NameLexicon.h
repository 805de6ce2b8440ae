// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/names/FlatWordTable.h"

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
    enum Flag : std::uint16_t {
        FirstName = 1U << 0U,
        Surname = 1U << 1U,
        Ambiguous = 1U << 2U,  ///< a name that is also an English word ("will", "grace")
        CommonWord = 1U << 3U,  ///< never a name by itself ("the", "monday", "dear")
        Denied = 1U << 4U,  ///< a place, brand, assistant, public figure or character
        English = 1U << 5U,  ///< in the English word list
        Title = 1U << 6U,  ///< "mr", "dr", "prof", … (outside a PERSON span)
        Trigger = 1U << 7U,  ///< says a name follows: "dear", "tell", "named", titles
        Particle = 1U << 8U,  ///< name particles: "van", "de", "al", …
        PublicFigure = 1U << 9U,  ///< a public figure or character (vetoes their birthday too)
        ChainHead = 1U << 11U,  ///< first word of a denied multi-word chain ("taylor" of "taylor swift")
        Place = 1U << 10U,  ///< a place that doubles as a name ("Jordan"): a name only in naming context
    };

    /// The lexicon built from the embedded resources (built once, thread-safe).
    static const NameLexicon& builtin();

    /// Flags of one folded word (0 if unknown).
    [[nodiscard]] std::uint16_t flags(std::string_view foldedWord) const;
    /// flags(), and for a word in no list as it stands in a name chain: a Turkish
    /// case ending after an apostrophe read as its stem ("Ayşe'ye"), a hyphenated
    /// name the lists hold as one word ("Hyun-woo": its name flags only).
    [[nodiscard]] std::uint16_t chainFlags(std::string_view folded) const;
    /// A listed surname in the plural, not a word ("kowalskis", "joneses"): a family.
    [[nodiscard]] bool isSurnamePlural(std::string_view folded) const;
    /// True for a folded multi-word chain ("taylor swift") on a denylist.
    [[nodiscard]] bool isDeniedChain(std::string_view foldedChain) const;
    /// True for a folded multi-word chain naming a public figure or character.
    [[nodiscard]] bool isPublicChain(std::string_view foldedChain) const
    {
        return m_publicChains.count(std::string(foldedChain)) != 0;
    }

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
    void addNames(std::string_view text, std::uint16_t flag);
    void addDenied(std::string_view text, bool publicFigures = false, bool places = false);
    void addEnglish(std::string_view text);
    void addCommon(std::string_view text);
    /// Adds `flag` to each space-separated word of `words` (already folded).
    void addFlag(std::string_view words, std::uint16_t flag);
    /// Moves the words of up to FlatWordTable::kMaxKey bytes into a flat
    /// table that flags() reads from then on (no second copy is kept); any
    /// add…() afterwards moves them back first. builtin() freezes once.
    void freeze();

private:
    /// FNV-1a over the bytes; transparent so lookups take a string_view
    /// without building a std::string (this is the detector's hottest map).
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept
        {
            std::uint64_t h = 1469598103934665603ULL;
            for (const char c : s) {
                h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
            }
            return static_cast<std::size_t>(h);
        }
    };
    std::unordered_map<std::string, std::uint16_t, Hash, std::equal_to<>> m_flags;
    FlatWordTable m_fast;  ///< once frozen: the words of up to 24 bytes (m_flags keeps the rest)
    void thaw();
    std::unordered_set<std::string> m_deniedChains;
    std::unordered_set<std::string> m_publicChains;
    std::unordered_set<std::string> m_hanSurnames;
    std::unordered_set<std::string> m_hanGiven;
    std::unordered_set<std::string> m_hangulSurnames;
    std::unordered_set<std::string> m_hangulGiven;
    std::unordered_set<std::string> m_cjkDenied;
};

}  // namespace veil::redact
