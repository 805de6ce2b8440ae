// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Names in the other cases of Russian, Ukrainian and Polish. The lists hold
// the nominative ("Анна", "Андрей", "Halina"); a message says "поздравление
// для Анны", "передай Андрею", "kartka dla babci Haliny". A word in no list
// whose ending is a case ending is looked up again as the nominatives it can
// come from; it counts as a name only when one of them is a listed name.
#include "redact/names/NamingContext.h"

#include "redact/names/NameLexicon.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace veil::redact::naming {

namespace {

struct Ending {
    std::string_view suffix;  ///< a case ending (folded)
    std::string_view nominative;  ///< what replaces it in the nominative
};

/// Longest endings first: the first that fits is tried with each of its
/// replacements in turn (several rows may share a suffix).
constexpr auto kCyrillic = std::to_array<Ending>({
    // Surnames in -ов/-ев/-ин: "Иванову", "Кузнецовым", "Петровой".
    { "ым", "" },
    { "ой", "а" },
    { "ой", "" },
    { "ей", "я" },
    { "ей", "а" },
    // Given names: "Анны", "Ольги", "Марии", "Марине", "Марину", "Марию",
    // "Андрея", "Игоря", "Андрею", "Игорю", "Ивану", "Иваном", "Андреем".
    { "ии", "ия" },
    { "ы", "а" },
    { "и", "а" },
    { "и", "я" },
    { "е", "а" },
    { "е", "я" },
    { "е", "" },
    { "у", "а" },
    { "у", "" },
    { "ю", "я" },
    { "ю", "й" },
    { "ю", "ь" },
    { "я", "й" },
    { "я", "ь" },
    { "а", "" },
    { "ом", "" },
    { "ем", "й" },
    { "ем", "ь" },
});

/// Polish genitive, dative, accusative and instrumental of names that end in
/// -a in the nominative, and the dative of men's names: "Haliny",
/// "Agnieszki", "Marii", "Annę", "Anną", "Tomaszowi". Fewer than Russian's:
/// the other endings are English spellings too often.
constexpr auto kPolish = std::to_array<Ending>({
    { "owi", "" },
    { "ii", "ia" },
    { "y", "a" },
    { "i", "a" },
    { "ę", "a" },
    { "ą", "a" },
});

constexpr std::uint16_t kNameFlags = NameLexicon::FirstName | NameLexicon::Surname;

bool isCyrillicWord(std::string_view folded)
{
    // Lower-case Cyrillic letters are U+0430–U+045F: lead bytes 0xD0 and 0xD1.
    return folded.size() >= 2 && (folded[0] == '\xD0' || folded[0] == '\xD1');
}

template<std::size_t N>
std::uint16_t lookUp(const NameLexicon& lexicon, std::string_view folded,
                     const std::array<Ending, N>& endings)
{
    std::string stem;
    for (const Ending& e : endings) {
        if (folded.size() < e.suffix.size() + 4 || !folded.ends_with(e.suffix)) {
            continue;
        }
        stem.assign(folded.substr(0, folded.size() - e.suffix.size()));
        stem += e.nominative;
        const std::uint16_t f = lexicon.flags(stem);
        // A listed name, and not also an ordinary word in its nominative.
        if ((f & kNameFlags) != 0 && (f & (NameLexicon::CommonWord | NameLexicon::Denied)) == 0) {
            return f;
        }
    }
    return 0;
}

}  // namespace

std::uint16_t declinedNameFlags(const NameLexicon& lexicon, std::string_view folded)
{
    if (isCyrillicWord(folded)) {
        // A patronymic in any case: "Сергеевна", "Николаевичу", "Петровны".
        static constexpr auto kPatronymic = std::to_array<std::string_view>(
            { "вич", "вича", "вичу", "вичем", "виче", "вна", "вны", "вне", "вну", "вной" });
        for (const std::string_view ending : kPatronymic) {
            if (folded.size() >= ending.size() + 6 && folded.ends_with(ending)) {
                return NameLexicon::Surname;
            }
        }
        return lookUp(lexicon, folded, kCyrillic);
    }
    return lookUp(lexicon, folded, kPolish);
}

std::size_t chainWordFlags(const NameLexicon& lexicon, const std::vector<std::string>& folded,
                           std::vector<std::uint16_t>& flags)
{
    std::size_t declined = folded.size();
    for (const std::string& word : folded) {
        std::uint16_t f = lexicon.chainFlags(word);
        if (f == 0 && (f = declinedNameFlags(lexicon, word)) != 0 && declined == folded.size()) {
            declined = flags.size();
        }
        flags.push_back(f);
    }
    return declined;
}

}  // namespace veil::redact::naming
