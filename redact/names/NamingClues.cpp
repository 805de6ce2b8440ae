// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The part of NamingContext.h that reads what surrounds a name to say whose
// it is: what only follows a person ("said", "'s mom", "from work"), a
// signature after a dash (sign-off lines are read in NamingContext.cpp, word
// lists in NameLexicon.cpp; public figures, pets and things in PublicClues.cpp).
// At the end, NameFinder::findLowerCase(), possessiveBrandEnd() and deniedPair().
#include "redact/names/NamingContext.h"

#include "redact/names/NameFinderToken.h"
#include "redact/names/WordList.h"
#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace veil::redact::naming {

std::size_t gluedHonorific(std::string_view name)
{
    for (const std::string_view suffix : { "-san", "-kun", "-chan", "-sama", "-sensei", "-senpai" }) {
        if (name.size() > suffix.size() + 1 && name.substr(name.size() - suffix.size()) == suffix) {
            return suffix.size();
        }
    }
    // A Turkish case ending after an apostrophe: "Ayşe'ye", "Mehmet'in" ("O'Brien",
    // "Dell'Acqua" go on in a capital or after a short particle).
    const std::size_t apostrophe = name.rfind('\'');
    if (apostrophe != std::string_view::npos && apostrophe >= 3 && name.size() - apostrophe >= 2
        && name.size() - apostrophe <= 6) {
        const std::string_view ending = name.substr(apostrophe + 1);
        const bool lower = std::all_of(ending.begin(), ending.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80U;
        });
        if (lower && ending != "s") {
            return name.size() - apostrophe;
        }
    }
    return 0;
}

namespace {

/// Past emoji (and the spaces around them) right after `end`: "Tobenna 🎂 turns 30";
/// `end` itself when no emoji follows.
std::size_t pastEmoji(std::string_view text, std::size_t end)
{
    std::size_t i = end;
    bool passed = false;
    while (i < text.size() && (text[i] == ' ' || static_cast<unsigned char>(text[i]) >= 0xE2U)) {
        std::size_t length = 1;
        const char32_t c = text[i] == ' ' ? U' ' : Unicode::decode(text, i, length);
        const bool emoji = (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F
            || c == 0x200D || c == 0x2B50;
        if (c != U' ' && !emoji) {
            break;
        }
        passed = passed || emoji;
        i += length;
    }
    return passed ? i : end;
}

}  // namespace

bool personCueAfter(std::string_view text, std::size_t end)
{
    end = pastEmoji(text, end);
    // Verbs a city or a state rarely takes in chat ("Austin said"), not "is"/"was".
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        { "says",     "said",     "told",     "asked",   "texted",  "replied",     "mentioned", "thinks",
          "thought",  "emailed",  "messaged", "owes",    "invited", "promised",    "forgot",    "borrowed",
          "wrote",    "rang",     "phoned",   "dmed",    "pinged",  "complained",  "admitted",  "signed",
          "proposed", "seconded", "resigned", "retired", "worked",  "volunteered", "paid",      "pays" });
    // "'s" then a relation or a personal occasion: "Chelsea's mom", "Jordan's birthday".
    static constexpr auto kOwned = std::to_array<std::string_view>(
        { "mom",     "mum",     "mother",    "dad",        "father",   "sister",  "brother",  "wife",
          "husband", "parents", "boyfriend", "girlfriend", "bf",       "gf",      "son",      "daughter",
          "kids",    "baby",    "grandma",   "grandpa",    "birthday", "wedding", "number",   "email",
          "cat",     "dog",     "car",       "phone",      "funeral",  "party",   "wishlist", "graduation",
          "house",   "place",   "family",    "friends",    "shower",   "farewell" });
    // "from" then a shared place: "Austin from work".
    static constexpr auto kShared = std::to_array<std::string_view>(
        { "work", "school", "class", "uni", "college", "church", "accounting", "hr", "marketing", "sales",
          "upstairs", "downstairs", "next" });
    const auto in = [](const auto& list, std::string_view w) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    std::string next = wordAfter(text, end);
    // "Trayoujia just texted": an adverb between the name and its verb.
    static constexpr auto kAdverbs = std::to_array<std::string_view>(
        { "just", "also", "finally", "still", "already", "literally", "always", "never", "apparently",
          "actually", "even", "basically", "suddenly" });
    if (in(kAdverbs, next)) {
        const std::size_t at = text.find(next, end);
        next = at == std::string_view::npos ? std::string() : wordAfter(text, at + next.size());
        return in(kVerbs, next);
    }
    // "Yedeim Witruchathi (my manager)", "Ama Boateng, our landlord,".
    std::size_t k = end;
    while (k < text.size() && text[k] == ' ') {
        ++k;
    }
    // A profile: "Ash, 29, climber": a name, then an age between commas.
    if (k + 5 < text.size() && text[k] == ',' && text[k + 1] == ' ' && text[k + 2] >= '1'
        && text[k + 2] <= '9' && text[k + 3] >= '0' && text[k + 3] <= '9' && text[k + 4] == ',') {
        return true;
    }
    if (k < text.size() && (text[k] == '(' || text[k] == ',')) {
        const std::string owner = wordAfter(text, k + 1);
        if (owner == "my" || owner == "our") {
            const std::size_t at = text.find(owner, k + 1);
            return isStrongTrigger(wordAfter(text, at + owner.size()), owner);
        }
    }
    if (next == "'s") {
        return end + 2 < text.size() && text[end + 1] == 's' && text[end + 2] == ' '
            && in(kOwned, wordAfter(text, end + 2));
    }
    if (next == "turns" || next == "turned") {
        // "Tobenna turns 30 tomorrow": an age.
        const std::size_t at = text.find(next, end) + next.size();
        return at + 1 < text.size() && text[at] == ' ' && text[at + 1] >= '1' && text[at + 1] <= '9';
    }
    if (next == "as") {
        // "list Hope as a reference", "put Ama as my emergency contact": a role only people take.
        const std::size_t as = text.find(" as ", end);
        const std::string owner = as == std::string_view::npos ? std::string() : wordAfter(text, as + 3);
        if (owner == "a" || owner == "my" || owner == "our" || owner == "the" || owner == "an") {
            static constexpr auto kRoles = std::to_array<std::string_view>(
                { "reference", "referee", "contact", "emergency", "guarantor", "witness", "cosigner",
                  "beneficiary", "executor", "bridesmaid", "groomsman", "godmother", "godfather", "godparent",
                  "guardian" });
            return in(kRoles, wordAfter(text, text.find(owner, as + 3) + owner.size()));
        }
        return false;
    }
    if (next == "from") {
        // "Zikra from accounting", "Tiodrouwer from my yoga class".
        const std::size_t from = text.find("from", end);
        const std::string owner = from == std::string_view::npos ? std::string() : wordAfter(text, from + 4);
        if (owner == "the") {
            // "Yiosei Neiheirt from the billing team".
            const std::string_view rest = text.substr(from + 4, 40);
            for (const std::string_view unit : { " team", " department", " office", " desk", " clinic" }) {
                const std::size_t at = rest.find(unit);
                if (at != std::string_view::npos
                    && rest.substr(0, at).find_first_of(",.!?") == std::string_view::npos) {
                    return true;
                }
            }
        }
        return in(kShared, owner) || owner == "my" || owner == "our";
    }
    // An age in apposition: "Traijathia Warioth, 34, applied", "Ama Boateng (34)".
    {
        std::size_t at = end;
        const bool comma = at < text.size() && text[at] == ',';
        const bool bracket = at + 1 < text.size() && text[at] == ' ' && text[at + 1] == '(';
        if (comma || bracket) {
            at += comma ? 1 : 2;
            while (at < text.size() && text[at] == ' ') {
                ++at;
            }
            std::size_t digits = 0;
            while (at + digits < text.size() && text[at + digits] >= '0' && text[at + digits] <= '9') {
                ++digits;
            }
            const char close = at + digits < text.size() ? text[at + digits] : '\0';
            if (digits >= 1 && digits <= 2 && ((comma && close == ',') || (bracket && close == ')'))) {
                return true;
            }
        }
    }
    // "has been promoted", "had been hired"; "Sky has a fever", "has the flu".
    if (next == "has" || next == "had") {
        const std::size_t at = text.find(next, end);
        const std::string_view rest = text.substr(at + next.size(), 16);
        for (const std::string_view illness :
             { " a fever", " the flu", " a cold", " covid", " a rash", " a cough", " chickenpox",
               " an ear infection", " a temperature" }) {
            if (rest.starts_with(illness)) {
                return true;
            }
        }
        for (const std::string_view event :
             { " been promoted", " been hired", " been fired", " been diagnosed", " been admitted",
               " been accepted", " been arrested", " been missing", " been ignoring", " been ghosting" }) {
            if (rest.starts_with(event)) {
                return true;
            }
        }
    }
    if (next == "left") {
        // "Pifue Geiwaizounum left a review"; not "Lisbon left me speechless".
        const std::size_t left = text.find("left", end);
        const std::string_view rest = text.substr(left + 4, 12);
        return rest.starts_with(" a review") || rest.starts_with(" a comment")
            || rest.starts_with(" a message") || rest.starts_with(" a note")
            || rest.starts_with(" a voicemail");
    }
    // "Sofia and I broke up", "Georgia and me": the writer pairs themself with a person.
    if (next == "and") {
        const std::size_t at = text.find("and", end);
        const std::string who = at == std::string_view::npos ? std::string() : wordAfter(text, at + 3);
        return who == "i" || who == "me";
    }
    return in(kVerbs, next);
}

bool dashSignature(std::string_view text, std::size_t begin, std::size_t end)
{
    // After the name only closing punctuation or spaces, to the end of the message.
    for (std::size_t i = end; i < text.size(); ++i) {
        const char c = text[i];
        if (c != ' ' && c != '.' && c != '!' && c != '\n' && c != '\r') {
            return false;
        }
    }
    std::size_t i = begin;
    while (i > 0 && text[i - 1] == ' ') {
        --i;
    }
    if (i > 0 && text[i - 1] == '-') {
        return i >= 2 && (text[i - 2] == ' ' || text[i - 2] == '\n');  // " - Name", not "Jean-Name"
    }
    return i >= 3 && (text.substr(i - 3, 3) == "\xE2\x80\x93" || text.substr(i - 3, 3) == "\xE2\x80\x94");
}

bool honorificAfterLowerName(std::string_view text, const NameFinder::Token& word)
{
    // "nikhil bhai ka number", "priya didi", "raj sir": South Asian chat puts the
    // honorific after a lower-case name, in any language around it.
    static constexpr WordList kHonorifics(std::to_array<std::string_view>(
        { "bhai", "bhaiya", "didi", "ji", "sir", "uncle", "aunty", "auntie", "bhabhi", "sahab" }));
    return word.end < text.size() && text[word.end] == ' ' && kHonorifics.contains(wordAfter(text, word.end));
}

bool pairedAhead(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t k,
                 const NameLexicon& lexicon)
{
    if (k >= tokens.size() || k == 0) {
        return false;
    }
    // "Grace & Tomasz": "&" is no token, so the other name is token k itself.
    const std::size_t before = tokens[k - 1].end;
    const bool ampersand = text.compare(before, 3, " & ") == 0 && tokens[k].begin == before + 3;
    if (!ampersand
        && (k + 1 >= tokens.size() || tokens[k].begin != before + 1
            || text.compare(tokens[k].begin, 4, "and ") != 0 || tokens[k + 1].begin != tokens[k].end + 1)) {
        return false;
    }
    const NameFinder::Token& other = tokens[ampersand ? k : k + 1];
    if (!other.capitalised) {
        return false;
    }
    const std::uint16_t g = lexicon.flags(Unicode::fold(text.substr(other.begin, other.end - other.begin)));
    if ((g & NameLexicon::FirstName) == 0 || (g & (NameLexicon::CommonWord | NameLexicon::Denied)) != 0) {
        return false;
    }
    const std::string then = wordAfter(text, other.end);
    if (then == "are" || then == "were" || then == "have") {
        return true;
    }
    // "table 3: Grace & Tomasz, Auntie Bev": with a given name that is no word, the pair is two
    // people when the second name stands alone (not "Bill and Melinda Gates", not a brand's "'s").
    if ((g & (NameLexicon::English | NameLexicon::Ambiguous)) != 0) {
        return false;
    }
    const char next = other.end < text.size() ? text[other.end] : '\n';
    // "Mark & Ngozi's anniversary": their possessive before a common noun (not "Bill & Ted's Excellent…").
    const bool possessive = text.compare(other.end, 3, "'s ") == 0 && other.end + 3 < text.size()
        && text[other.end + 3] >= 'a' && text[other.end + 3] <= 'z';
    return possessive || next == ',' || next == '.' || next == '!' || next == '?' || next == ')'
        || next == '\n'
        || (next == ' ' && other.end + 1 < text.size() && text[other.end + 1] >= 'a'
            && text[other.end + 1] <= 'z');
}

}  // namespace veil::redact::naming

namespace veil::redact {

// The lower-case part of NameFinder::findLatin(): kept here, beside the clues it reads.
std::size_t NameFinder::findLowerCase(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                      std::size_t verb, std::vector<DetectedSpan>& spans) const
{
    using namespace naming;
    const Token& first = tokens[i];
    if (verb != 0) {
        constexpr std::uint16_t kWordLike
            = NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord | NameLexicon::Denied;
        const std::uint16_t f = m_lexicon.flags(foldedToken(text, first));
        // "ana sofia replied": one name of two words; "ahmed and zainab invited": two names.
        const bool pair = verb == i + 3;
        // "nico lowkey ghosted me": an adverb, not a second name, before the verb.
        const std::string middle = verb == i + 2 ? foldedToken(text, tokens[i + 1]) : std::string();
        const bool adverb = middle == "lowkey" || middle == "just" || middle == "literally"
            || middle == "totally" || middle == "finally" || middle == "also" || middle == "never"
            || middle == "always";
        const std::size_t last = adverb ? i : verb - 1;
        const std::uint16_t g = verb > i + 1 && !adverb ? m_lexicon.flags(foldedToken(text, tokens[verb - 1]))
                                                        : std::uint16_t { NameLexicon::FirstName };
        // A city that is also a given name counts ("sofia replied"), as with a capital.
        const auto plain = [](std::uint16_t flags) {
            return (flags & (NameLexicon::Place | NameLexicon::PublicFigure)) == NameLexicon::Place
                ? (flags & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord)) == 0
                : (flags & kWordLike) == 0;
        };
        const bool named = (f & NameLexicon::FirstName) != 0 && plain(f)
            && (g & (NameLexicon::FirstName | NameLexicon::Surname)) != 0 && plain(g);
        if (named) {
            spans.push_back({ first.begin, (pair ? first : tokens[last]).end, Category::Person,
                              kContextConfidence, "person-context" });
            if (pair) {
                spans.push_back({ tokens[verb - 1].begin, tokens[verb - 1].end, Category::Person,
                                  kContextConfidence, "person-context" });
            }
        }
        return named ? verb : i + 1;
    }
    {
        const std::uint16_t f = m_lexicon.flags(foldedToken(text, first));
        // "my brother jack wants…": a name that is also a word, after a
        // relation and before a verb only a person takes.
        bool relation = (f & NameLexicon::FirstName) != 0
            && (f & (NameLexicon::CommonWord | NameLexicon::Denied)) == 0 && relationBefore(text, tokens, i);
        if (relation) {
            const std::string next = wordAfter(text, first.end);
            relation
                = isFollowingVerb(next) && next != "is" && next != "was" && next != "will" && next != "and";
        }
        if (relation) {
            spans.push_back(
                { first.begin, first.end, Category::Person, kContextConfidence, "person-context" });
        } else if ((f & (NameLexicon::FirstName | NameLexicon::Surname)) != 0
                   && (f
                       & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord
                          | NameLexicon::Denied))
                       == 0) {
            std::size_t end = first.end;
            if (i + 1 < tokens.size() && tokens[i + 1].begin == end + 1 && text[end] == ' ') {
                const std::uint16_t g = m_lexicon.flags(foldedToken(text, tokens[i + 1]));
                if ((g & NameLexicon::Surname) != 0
                    && (g & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord)) == 0) {
                    end = tokens[i + 1].end;
                }
            }
            spans.push_back({ first.begin, end, Category::Person, kContextConfidence, "person-context" });
            // "tell maya and jun": a second listed name joined by and/or.
            const std::size_t k = end == first.end ? i + 1 : i + 2;
            if (k + 1 < tokens.size() && tokens[k].begin == end + 1
                && tokens[k + 1].begin == tokens[k].end + 1 && !tokens[k + 1].capitalised
                && tokens[k + 1].script == Script::Latin) {
                const std::string_view joiner = text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
                const std::uint16_t h = m_lexicon.flags(foldedToken(text, tokens[k + 1]));
                if ((joiner == "and" || joiner == "or") && (h & NameLexicon::FirstName) != 0
                    && (h
                        & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord
                           | NameLexicon::Denied))
                        == 0) {
                    spans.push_back({ tokens[k + 1].begin, tokens[k + 1].end, Category::Person,
                                      kContextConfidence, "person-context" });
                }
            }
        }
    }
    return i + 1;
}

bool NameFinder::deniedPair(std::string_view text, const std::vector<Token>& tokens, std::size_t at,
                            const std::string& folded) const
{
    const Token& word = tokens[at];
    for (const std::string_view joiner : { std::string_view(" & "), std::string_view(" and ") }) {
        const std::size_t n = joiner.size();
        const std::size_t step = n == 5 ? 2 : 1;  // "and" is a token of its own, "&" is not
        if (at >= step && word.begin >= n && tokens[at - step].end + n == word.begin
            && text.compare(word.begin - n, n, joiner) == 0
            && m_lexicon.isDeniedChain(naming::foldedToken(text, tokens[at - step]) + std::string(joiner)
                                       + folded)) {
            return true;
        }
        if (at + step < tokens.size() && tokens[at + step].begin == word.end + n
            && text.compare(word.end, n, joiner) == 0
            && m_lexicon.isDeniedChain(folded + std::string(joiner)
                                       + naming::foldedToken(text, tokens[at + step]))) {
            return true;
        }
    }
    return false;
}

std::size_t NameFinder::possessiveBrandEnd(std::string_view text, const std::vector<Token>& tokens,
                                           std::size_t next, const std::vector<std::string>& folded,
                                           std::size_t from, std::size_t to) const
{
    const std::size_t end = tokens[next - 1].end;
    if (end + 1 >= text.size() || text.compare(end, 2, "'s") != 0) {
        return 0;
    }
    std::string brand;
    for (std::size_t t = from; t < to; ++t) {
        brand += folded[t];
        brand.push_back(t + 1 < to ? ' ' : '\'');
    }
    brand.push_back('s');
    // "Nando's", "McDonald's": the brand is listed with its possessive.
    if (to - from == 1 ? (m_lexicon.flags(brand) & NameLexicon::Denied) != 0
                       : m_lexicon.isDeniedChain(brand)) {
        return next;
    }
    std::size_t k = next;
    if (k < tokens.size() && tokens[k].begin == end + 1) {
        ++k;  // the "s" of "'s" is a token of its own
    }
    // Up to two capitalised words after it: "Ruth's Chris", "Dave's Hot Chicken".
    for (std::size_t n = 0; n < 2 && k < tokens.size() && tokens[k].capitalised
         && tokens[k].begin == (n == 0 ? end + 3 : tokens[k - 1].end + 1);
         ++n, ++k) {
        brand += ' ' + naming::foldedToken(text, tokens[k]);
        if (m_lexicon.isDeniedChain(brand)) {
            return k + 1;
        }
    }
    // "Uncle Ben's": a title or a kinship word may open the brand.
    return from > 0 ? possessiveBrandEnd(text, tokens, next, folded, 0, to) : 0;
}

}  // namespace veil::redact
