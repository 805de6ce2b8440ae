// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The part of NamingContext.h that says a name-like word is no private
// person's: a public role or a work before or after it ("singer Adele",
// "Taylor's new album"), fandom ("stans Felix"), a public figure or character
// it is paired with, a pet or a thing ("my dog is called Max", "Gerald the
// fern"). Split out of NamingClues.cpp to keep files short.
#include "redact/names/NamingContext.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace veil::redact::naming {

bool publicRoleAround(std::string_view text, std::size_t begin, std::size_t end, std::string_view w1,
                      std::string_view w2)
{
    static constexpr auto kWorks = std::to_array<std::string_view>(
        { "album",   "song",     "single",    "book",   "novel", "movie",  "film",
          "show",    "tour",     "concert",   "lyrics", "music", "series", "memoir",
          "podcast", "painting", "paintings", "songs",  "books", "movies", "films" });
    const auto in = [](const auto& list, std::string_view w) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    // "Taylor's new album", "Rowling's latest book": a private person has no album.
    if (end + 3 < text.size() && text[end] == '\'' && text[end + 1] == 's' && text[end + 2] == ' ') {
        std::string work = wordAfter(text, end + 2);
        if (work == "new" || work == "latest" || work == "last" || work == "first" || work == "next") {
            const std::size_t at = text.find(' ', end + 3);
            work = at == std::string_view::npos ? std::string() : wordAfter(text, at);
        } else if (!in(kWorks, work)) {
            // "Ngaio Marsh's detective novels", "Kubrick's early films": a kind of work in the plural.
            const std::size_t at = text.find(' ', end + 3);
            const std::string plural = at == std::string_view::npos ? std::string() : wordAfter(text, at);
            if (plural == "novels" || plural == "films" || plural == "movies" || plural == "albums"
                || plural == "songs" || plural == "paintings" || plural == "poems") {
                return true;
            }
        }
        if (in(kWorks, work)) {
            return true;
        }
    }
    // "the new Kendrick album", "a Drake concert": a musician's work right after the name.
    {
        const std::string work = end < text.size() && text[end] == ' ' ? wordAfter(text, end) : std::string();
        if (work == "album" || work == "albums" || work == "song" || work == "songs" || work == "concert"
            || work == "tour" || work == "lyrics" || work == "mixtape" || work == "biopic") {
            return true;
        }
    }
    // "the book "Atomic Habits" by James Clear": the author of a quoted title.
    const std::string_view before = text.substr(0, begin);
    if (w1 == "by"
        && (before.ends_with("\" by ") || before.ends_with("\xE2\x80\x9D by ")
            || before.ends_with("' by "))) {
        return true;
    }
    // "wants to be Elsa for halloween", "dressed up as Wednesday": a costume's character.
    if ((w1 == "be" || w1 == "as")
        && (text.substr(end, 40).find("alloween") != std::string_view::npos
            || text.substr(end, 40).find("costume") != std::string_view::npos || w2 == "up")) {
        return true;
    }
    // "I work at Deloitte", "she interns for Accenture": an employer.
    if ((w1 == "at" || w1 == "for")
        && (w2 == "work" || w2 == "works" || w2 == "worked" || w2 == "working" || w2 == "intern"
            || w2 == "interning" || w2 == "employed" || w2 == "job")) {
        return true;
    }
    return publicRoleBefore(w1, w2);
}

bool pairedGap(std::string_view gap)
{
    // "Harry and Ron", "Geralt or Ciri", "Goku vs Vegeta", "Is Geralt stronger than Ciri".
    if (gap == " and " || gap == ", " || gap == " or " || gap == " vs " || gap == " vs. "
        || gap == " versus ") {
        return true;
    }
    // A comparison of a few words, with no sentence end and no "my"/"our" ("…better than my sister Maya").
    return gap.size() <= 24 && gap.ends_with(" than ")
        && gap.find_first_of(".,!?;:\n") == std::string_view::npos
        && gap.find(" my ") == std::string_view::npos && gap.find(" our ") == std::string_view::npos;
}

bool publicRoleBefore(std::string_view w1, std::string_view w2)
{
    // Roles a private person rarely has; "my coach", "our drummer" are not here.
    static constexpr auto kRoles = std::to_array<std::string_view>(
        { "singer",     "actor",       "actress",    "rapper",    "novelist", "poet",     "composer",
          "footballer", "athlete",     "politician", "celebrity", "comedian", "youtuber", "influencer",
          "popstar",    "philosopher", "author",     "chef",      "painter",  "sculptor", "playwright",
          "filmmaker",  "astronaut",   "physicist",  "inventor",  "explorer", "emperor",  "president",
          "senator",    "pope",        "cricketer",  "golfer",    "boxer" });
    static constexpr std::array<std::string_view, 18> kWorks
        = { "song",  "songs", "album",  "albums", "book",  "books",    "novel", "novels", "film",
            "films", "movie", "movies", "poem",   "poems", "painting", "music", "lyrics", "paintings" };
    const auto in = [](const auto& list, std::string_view w) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    // "my favourite singer is X" names a public figure; "my friend, the singer X" is rare
    // enough, but "our author X" (a colleague) is kept: no possessive before the role.
    // A pet is no person either, and the caller treats it the same way (its
    // birthday is not personal data): "our cat Luna", "my parrot Kiwi".
    static constexpr std::array<std::string_view, 14> kPets
        = { "dog",   "cat",  "puppy", "kitten",   "hamster",  "parrot", "rabbit",
            "bunny", "pony", "horse", "goldfish", "tortoise", "turtle", "budgie" };
    // Possessives of English and of the languages whose role words look English
    // ("min chef Karin", "mijn coach", "mein Chef", "mon chef", "mi chef").
    static constexpr auto kPossessives = std::to_array<std::string_view>(
        { "my",    "our",  "his",     "her",     "their",  "your",   "min",   "mitt",   "mina",  "vår",
          "mijn",  "onze", "mein",    "meine",   "meinen", "meinem", "unser", "unsere", "mon",   "ma",
          "notre", "mi",   "nuestro", "nuestra", "meu",    "minha",  "mio",   "mia",    "nostro" });
    const bool possessive = std::find(kPossessives.begin(), kPossessives.end(), w2) != kPossessives.end();
    // Fandom and fantasy sport: "my sister stans Felix", "my bias is Jungkook", "traded for Mahomes",
    // "the podcast ep with Mel Robbins".
    const bool fandom = w1 == "stans" || w1 == "stan" || w1 == "drafted" || (w1 == "is" && w2 == "bias")
        || (w1 == "for" && (w2 == "traded" || w2 == "trade"))
        || (w1 == "with" && (w2 == "ep" || w2 == "episode" || w2 == "podcast"));
    return (in(kRoles, w1) && !possessive) || in(kPets, w1) || ((w1 == "is" || w1 == "was") && in(kRoles, w2))
        || (w1 == "by" && in(kWorks, w2)) || fandom;
}

bool namesAPetOrThing(std::string_view text, std::size_t pos)
{
    // The few words before "called"/"named" (the caller saw one of them right before `pos`).
    // Pets and things, then characters of stories and games ("a rogue named Aurelia Thorne").
    static constexpr auto kThings = std::to_array<std::string_view>(
        { "dog",      "cat",      "puppy",  "kitten", "pet",       "horse",       "hamster", "rabbit",
          "bird",     "parrot",   "fish",   "turtle", "character", "protagonist", "hero",    "heroine",
          "villain",  "narrator", "bot",    "robot",  "boat",      "ship",        "app",     "plant",
          "rogue",    "wizard",   "witch",  "knight", "paladin",   "mage",        "elf",     "dwarf",
          "sorcerer", "warlock",  "druid",  "npc",    "dragon",    "campaign",    "novel",   "fanfic",
          "car",      "roomba",   "vacuum", "guitar", "laptop",    "bike",        "truck",   "fern" });
    const std::size_t from = pos > 40 ? pos - 40 : 0;
    const std::string before = Unicode::fold(text.substr(from, pos - from));
    for (const std::string_view thing : kThings) {
        for (std::size_t at = before.find(thing); at != std::string::npos; at = before.find(thing, at + 1)) {
            const bool startsWord = at == 0 || !std::isalpha(static_cast<unsigned char>(before[at - 1]));
            const std::size_t end = at + thing.size();
            const bool endsWord = end == before.size()
                || !std::isalpha(static_cast<unsigned char>(before[end]))
                || (before[end] == 's' && (end + 1 == before.size() || before[end + 1] == ' '));
            if (startsWord && endsWord) {
                return true;
            }
        }
    }
    return false;
}

bool namesAThing(std::string_view text, std::size_t begin, std::size_t end, std::string_view w1,
                 std::string_view w2)
{
    const std::string_view upTo = text.substr(0, begin);
    if (upTo.ends_with("'s name is ") || upTo.ends_with("its name is ") || w1 == "called" || w1 == "named") {
        return namesAPetOrThing(text, begin);
    }
    return (w1 == "it" && (w2 == "named" || w2 == "called")) || theThingAfter(text, end);
}

bool theThingAfter(std::string_view text, std::size_t end)
{
    if (text.compare(end, 5, " the ") != 0) {
        return false;
    }
    const std::string thing = wordAfter(text, end + 5);
    static constexpr auto kThings = std::to_array<std::string_view>(
        { "fern",   "plant",  "cactus", "cat", "dog",      "hamster", "goldfish", "fish",
          "parrot", "roomba", "car",    "van", "tortoise", "turtle",  "rabbit",   "bunny",
          "puppy",  "kitten", "robot",  "bot", "snake",    "lizard" });
    return std::find(kThings.begin(), kThings.end(), thing) != kThings.end();
}

bool employerAfterJobTitle(std::string_view text, std::size_t begin, std::size_t end)
{
    // "Giulia Fontana, Store Manager, Lidl Bristol": in a reference or a signature the
    // words after a job title in title case and a comma are the employer.
    if (begin < 4 || text.compare(begin - 2, 2, ", ") != 0) {
        return false;
    }
    std::size_t start = begin - 2;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0) {
        --start;
    }
    const std::string_view role = text.substr(start, begin - 2 - start);
    static constexpr auto kRoles = std::to_array<std::string_view>(
        { "manager", "director", "lead", "supervisor", "engineer", "officer", "consultant", "coordinator",
          "analyst", "assistant", "administrator", "associate", "head", "executive", "specialist",
          "partner" });
    // A title of two words or more: "Store Manager", not "Hi Manager,"; nobody's
    // ("my Line Manager, Zuberi Okonjo" names the person).
    if (role.empty() || role[0] < 'A' || role[0] > 'Z' || start < 2 || text[start - 1] != ' '
        || text[start - 2] < 'a' || text[start - 2] > 'z'
        || std::find(kRoles.begin(), kRoles.end(), Unicode::fold(role)) == kRoles.end()) {
        return false;
    }
    std::size_t head = start - 1;
    while (head > 0 && std::isalpha(static_cast<unsigned char>(text[head - 1])) != 0) {
        --head;
    }
    std::size_t owner = head >= 2 && text[head - 1] == ' ' ? head - 1 : head;
    while (owner > 0 && std::isalpha(static_cast<unsigned char>(text[owner - 1])) != 0) {
        --owner;
    }
    const std::string before = Unicode::fold(text.substr(owner, head - owner - (head > owner ? 1 : 0)));
    if (before == "my" || before == "our" || before == "his" || before == "her" || before == "their"
        || before == "your") {
        return false;
    }
    // The line ends there or its contact details follow ("— 0117 …", "| …"), not a verb.
    std::size_t k = end;
    while (k < text.size() && text[k] == ' ') {
        ++k;
    }
    return k == text.size() || text[k] == '\n' || text[k] == '|' || text[k] == '(' || text[k] == '-'
        || text.compare(k, 3, "\xE2\x80\x94") == 0 || text.compare(k, 3, "\xE2\x80\x93") == 0;
}

}  // namespace veil::redact::naming
