// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The part of NamingContext.h that finds names in no list from the record or
// the sentence around them: a contact detail after the name, an e-mail
// header, a transcript speaker, a verb only people take, two names as one
// subject; and what makes a name-like chain a place, a dish or a pastime.
// Split out of NamingClues.cpp to keep files short.
#include "redact/names/NamingContext.h"

#include "redact/names/NameFinderToken.h"
#include "redact/names/NameLexicon.h"
#include "redact/names/WordList.h"
#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

namespace veil::redact::naming {

bool speakerLabel(std::string_view text, std::size_t begin, std::size_t end)
{
    // "Chaiduem: ok see u there\nKropur: 👍": a chat transcript's speaker, at
    // the start of a line, with what they said after the colon (not a form's
    // "Nombre: Juan") and another speaker's line in the same text.
    if ((begin > 0 && text[begin - 1] != '\n') || end + 2 >= text.size() || text[end] != ':'
        || text[end + 1] != ' ') {
        return false;
    }
    // What was said starts in lower case or with an emoji ("ok", "👍"), not a
    // value ("Check-in: 12 Aug", "Nombre: Juan").
    const auto said = static_cast<unsigned char>(text[end + 2]);
    if (!((said >= 'a' && said <= 'z') || said >= 0xF0U)) {
        return false;
    }
    for (std::size_t line = text.find('\n'); line != std::string_view::npos;
         line = text.find('\n', line + 1)) {
        const std::size_t start = line + 1;
        if (start == begin || start >= text.size() || text[start] < 'A' || text[start] > 'Z') {
            continue;
        }
        std::size_t k = start + 1;
        while (k < text.size() && k < start + 24 && std::isalpha(static_cast<unsigned char>(text[k])) != 0) {
            ++k;
        }
        if (k + 1 < text.size() && text[k] == ':' && text[k + 1] == ' ') {
            return true;
        }
    }
    // The other speaker's line may come first: look at the first line too.
    if (begin > 0 && text[0] >= 'A' && text[0] <= 'Z') {
        std::size_t k = 1;
        while (k < text.size() && k < 24 && std::isalpha(static_cast<unsigned char>(text[k])) != 0) {
            ++k;
        }
        return k + 1 < text.size() && text[k] == ':' && text[k + 1] == ' ';
    }
    return false;
}

bool pairedWithLast(std::string_view text, const std::vector<DetectedSpan>& spans, std::size_t begin)
{
    if (spans.empty() || spans.back().category != Category::Person || spans.back().end >= begin) {
        return false;
    }
    const std::string_view gap = text.substr(spans.back().end, begin - spans.back().end);
    return gap == " and " || gap == " or " || gap == ", " || gap == " & " || gap == ", and "
        || pairedAfterAside(gap);
}

bool pairedAfterAside(std::string_view gap)
{
    // "Giosind Cheirem (vegan), Bechaiwol Huchuejeth": an aside in brackets, then a comma.
    if (gap.size() < 6 || gap.size() > 32 || !gap.starts_with(" (") || !gap.ends_with("), ")) {
        return false;
    }
    const std::string_view aside = gap.substr(2, gap.size() - 5);
    return aside.find_first_of("()") == std::string_view::npos;
}

bool thingBefore(std::string_view w1, std::string_view w2, bool listed)
{
    const auto in = [](const auto& list, std::string_view w) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    // Travel: "a trip to …", "flights to …", "we went to …", "living in …".
    static constexpr auto kToTravel = std::to_array<std::string_view>(
        { "trip",  "travel", "travelling", "traveling", "flight",   "flights",   "fly",   "flying",
          "went",  "go",     "going",      "moved",     "moving",   "move",      "drive", "driving",
          "train", "bus",    "holiday",    "vacation",  "ticket",   "tickets",   "route", "directions",
          "road",  "ferry",  "cruise",     "honeymoon", "relocate", "relocating" });
    static constexpr auto kInPlace = std::to_array<std::string_view>(
        { "live",    "living",   "lived",      "based",       "stay",    "staying",   "stayed",
          "hotel",   "hotels",   "restaurant", "restaurants", "weather", "calories",  "located",
          "holiday", "vacation", "festival",   "things",      "rent",    "apartment", "apartments",
          "hostel",  "hostels",  "beaches",    "museums" });
    // Not "photos of": "photos of Maria" are of a person.
    static constexpr auto kOfThing = std::to_array<std::string_view>(
        { "history", "rules", "meaning", "capital", "map", "population", "recipe", "origin", "origins",
          "taste", "ingredients", "calories", "culture", "architecture", "geography" });
    // A dish, a pastime, a show, a game, a language: "ordered Banh Mi", "learning Tai Chi".
    static constexpr auto kDirectThing = std::to_array<std::string_view>(
        { "ordered", "order",    "eat",    "ate",      "eating",   "cook",       "cooking",    "bake",
          "baking",  "learning", "learn",  "practise", "practice", "practising", "practicing", "playing",
          "binge",   "binged",   "recipe", "recipes",  "explore",  "exploring",  "sightseeing" });
    // "my favourite dish is Bibimbap", "the best city is …".
    static constexpr auto kIsThing = std::to_array<std::string_view>(
        { "dish",        "food",  "meal",    "drink", "dessert", "snack",      "game",
          "show",        "movie", "film",    "song",  "book",    "language",   "sport",
          "destination", "city",  "country", "place", "cuisine", "restaurant", "series" });
    // People are visited too ("visit Maria"): a listed name after "visit" stays a name.
    // People are watched too ("I'm watching Emma tonight", a babysitter).
    static constexpr auto kVisit
        = std::to_array<std::string_view>({ "visit", "visiting", "visited", "watching", "watched" });
    // "Pollo a la Brasa", "à la Carte": in the style of.
    return (w1 == "la" && (w2 == "a" || w2 == "à")) || (w1 == "to" && in(kToTravel, w2))
        || ((w1 == "is" || w1 == "was") && in(kIsThing, w2)) || (w1 == "in" && in(kInPlace, w2))
        || (w1 == "of" && in(kOfThing, w2)) || in(kDirectThing, w1) || (!listed && in(kVisit, w1));
}

bool thingAfter(std::string_view text, std::size_t end)
{
    // "What does Carpe Diem mean", "Is Tiramisu hard to make".
    const std::string next = wordAfter(text, end);
    if (next == "mean" || next == "means") {
        return true;
    }
    // A dish named like a person: "a slice of Margherita pizza", "Caesar salad".
    static constexpr WordList kDishes(std::to_array<std::string_view>(
        { "pizza", "pasta", "salad", "sauce", "cake", "pie", "soup", "curry", "sandwich", "burger",
          "cocktail", "risotto", "tart", "pudding", "sponge", "stew", "casserole", "biryani", "masala" }));
    if (kDishes.contains(next)) {
        return true;
    }
    // A restaurant or a shop in a street: "Moro na Rua", "Bar do Largo" (a short
    // preposition, then a street word).
    if (end + 1 < text.size() && text[end] == ' ' && next.size() <= 3 && !next.empty()) {
        const std::size_t at = text.find(' ', end + 1);
        if (at != std::string_view::npos && at + 1 < text.size() && text[at + 1] >= 'A' && text[at + 1] <= 'Z'
            && isStreetWord(wordAfter(text, at))) {
            return true;
        }
    }
    // A firm named after its partners: "Slater and Gordon solicitors", "Patel & Shah accountants".
    static constexpr WordList kFirms(std::to_array<std::string_view>(
        { "solicitors", "lawyers", "accountants", "architects", "opticians", "dentists", "removals" }));
    std::size_t partner = std::string_view::npos;
    if (next == "and" || (next.empty() && text.compare(end, 3, " & ") == 0)) {
        partner = next.empty() ? end + 3 : text.find(" and ", end) + 5;
    }
    if (partner < text.size() && text[partner] >= 'A' && text[partner] <= 'Z') {
        const std::size_t space = text.find(' ', partner);
        return space != std::string_view::npos && kFirms.contains(wordAfter(text, space));
    }
    // A mountain or a trail: "Ben Nevis summit", "the Snowdon trail".
    if (kFirms.contains(next) || next == "summit" || next == "trail" || next == "trailhead") {
        return true;
    }
    if (next == "hard" || next == "easy") {
        const std::size_t at = text.find(next, end);
        return text.substr(at + next.size(), 9) == " to make "
            || text.substr(at + next.size(), 9) == " to cook ";
    }
    return false;
}

bool weekdayLabel(std::string_view folded, std::string_view text, std::size_t end)
{
    // "- Thu: Hyun-woo", "Sat 14:00": Thu and Sun are also given names.
    static constexpr WordList kDays(std::to_array<std::string_view>(
        { "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun" }));
    if (!kDays.contains(folded) || end >= text.size()) {
        return false;
    }
    return text[end] == ':'
        || (end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= '0' && text[end + 1] <= '9');
}

bool listOfTitles(std::string_view text, std::size_t end, const NameLexicon& lexicon)
{
    // "reading list: Matilda, Holes, Wonder": the other items are capitalised
    // English words, so the list is of books or films, not people.
    std::size_t at = end;
    int titles = 0;
    while (at + 2 < text.size() && text[at] == ',' && text[at + 1] == ' ' && text[at + 2] >= 'A'
           && text[at + 2] <= 'Z') {
        std::size_t stop = at + 2;
        while (stop < text.size() && std::isalpha(static_cast<unsigned char>(text[stop])) != 0) {
            ++stop;
        }
        const std::uint16_t f = lexicon.flags(Unicode::fold(text.substr(at + 2, stop - at - 2)));
        if ((f & NameLexicon::English) == 0 || (f & (NameLexicon::FirstName | NameLexicon::Surname)) != 0
            || (stop < text.size() && text[stop] != ',' && text[stop] != '\n' && text[stop] != '.')) {
            break;
        }
        ++titles;
        at = stop;
    }
    return titles >= 2;
}

bool mailHeader(std::string_view text, std::size_t pos)
{
    // "From: Rebend Jubrufath", "To: …", "Cc: …" at the start of a line.
    std::size_t k = pos;
    while (k > 0 && text[k - 1] == ' ') {
        --k;
    }
    if (k == 0 || text[k - 1] != ':') {
        return false;
    }
    const std::size_t colon = k - 1;
    std::size_t start = colon;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0) {
        --start;
    }
    if (start > 0 && text[start - 1] != '\n') {
        return false;
    }
    std::string label(text.substr(start, colon - start));
    std::transform(label.begin(), label.end(), label.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return label == "from" || label == "to" || label == "cc" || label == "bcc";
}

bool bookedUnder(std::string_view text, std::size_t pos, std::string_view w1)
{
    // "a table for two under Fianiowue Riagubath", "booked under …", "the reservation is under …".
    if (w1 != "under") {
        return false;
    }
    const std::size_t from = pos > 48 ? pos - 48 : 0;
    const std::string_view before = text.substr(from, pos - from);
    for (const std::string_view word : { "book", "table", "reserv", "order", "Book", "Table", "Reserv" }) {
        if (before.find(word) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

bool personVerbBefore(std::string_view w)
{
    // Work and life events between people: "we hired Krapiar Triodraiyart",
    // "welcome Ximena Ortiz to the team". Companies are hired too ("we hired
    // Deloitte"): the caller asks for two words or a listed name.
    static constexpr WordList kVerbs(std::to_array<std::string_view>(
        { "hired",    "hire",       "hiring",     "interviewed",  "interviewing",  "promoted",  "onboarding",
          "onboard",  "welcome",    "welcoming",  "congratulate", "congratulated", "thank",     "thanked",
          "thanking", "married",    "marrying",   "dating",       "divorced",      "divorcing", "babysitting",
          "tutoring", "mentoring",  "fired",      "cc'd",         "bcc",           "forward",   "forwarded",
          "reassure", "comfort",    "console",    "persuade",     "convince",      "reminded",  "ghosted",
          "blocked",  "unfriended", "befriended", "send",         "sent",          "give",      "gave",
          "show",     "showed" }));
    return kVerbs.contains(w);
}

bool contactAfter(std::string_view text, std::size_t end, bool phone)
{
    // One separator, then the next run: "Ama Boateng, ama@x.org", "Wuhos
    // Chekoutiar | +44 7700 900551", "Ravi Shah <ravi@x.in>", "Ifeoma – 0803 555 0199".
    std::size_t k = end;
    while (k < text.size() && text[k] == ' ') {
        ++k;
    }
    if (k >= text.size()) {
        return false;
    }
    // Not ':': "Festnetz: 030 61 28 44 90" is a label and its value.
    if (text[k] == ',' || text[k] == '|' || text[k] == '<' || text[k] == '(' || text[k] == '-'
        || text[k] == ';' || text[k] == '/') {
        ++k;
    } else if (text.compare(k, 3, "\xE2\x80\x93") == 0 || text.compare(k, 3, "\xE2\x80\x94") == 0) {
        k += 3;  // en or em dash
    } else {
        return false;
    }
    while (k < text.size() && (text[k] == ' ' || text[k] == '<' || text[k] == '(')) {
        ++k;
    }
    std::size_t runEnd = k;
    while (runEnd < text.size() && text[runEnd] != ' ' && text[runEnd] != ',' && text[runEnd] != '>'
           && text[runEnd] != '\n' && text[runEnd] != '|') {
        ++runEnd;
    }
    const std::string_view run = text.substr(k, runEnd - k);
    const std::size_t at = run.find('@');
    if (at != std::string_view::npos && at > 0 && run.find('.', at) != std::string_view::npos) {
        return true;  // an e-mail address
    }
    if (!phone) {
        return false;
    }
    // A phone number: seven digits or more before the next letter.
    std::size_t digits = 0;
    for (std::size_t i = k; i < text.size() && i < k + 24; ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c != ' ' && c != '+' && c != '-' && c != '.' && c != '(' && c != ')') {
            break;
        }
    }
    return digits >= 7 && (text[k] == '+' || text[k] == '(' || (text[k] >= '0' && text[k] <= '9'));
}

/// "Sutraiyeil & Jousaik are getting married": token `at` is the first of two
/// names joined by "&" or "and" (`next`: the token after it) that are the
/// subject of what only people do. The second one is then paired with the first.
bool pairedSubject(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t at,
                   std::size_t next, const NameLexicon& lexicon)
{
    if (!sentenceInitial(text, tokens[at].begin) || next >= tokens.size()) {
        return false;
    }
    std::size_t second = next;
    const std::string_view gap = text.substr(tokens[at].end, tokens[next].begin - tokens[at].end);
    if (gap != " & ") {
        const std::string_view word = text.substr(tokens[next].begin, tokens[next].end - tokens[next].begin);
        if (gap != " " || word != "and" || next + 1 >= tokens.size()
            || tokens[next + 1].begin != tokens[next].end + 1) {
            return false;
        }
        second = next + 1;
    }
    const NameFinder::Token& other = tokens[second];
    const std::string_view otherWord = text.substr(other.begin, other.end - other.begin);
    if (other.script != Script::Latin || other.codePoints < 3 || !titlecase(otherWord)
        || (lexicon.flags(foldedToken(text, other))
            & (NameLexicon::English | NameLexicon::CommonWord | NameLexicon::Denied))
            != 0) {
        return false;
    }
    // Not a brand of two names ("Dolce & Gabbana", "Marks and Spencer").
    const std::string firstFolded = foldedToken(text, tokens[at]);
    const std::string otherFolded = foldedToken(text, other);
    if (lexicon.isDeniedChain(firstFolded + " & " + otherFolded)
        || lexicon.isDeniedChain(firstFolded + " and " + otherFolded)) {
        return false;
    }
    // What people do, not brands ("Dolce & Gabbana are expensive").
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        { "said", "told", "texted", "asked", "invited", "just", "broke", "split" });
    static constexpr auto kStates = std::to_array<std::string_view>(
        { "getting", "coming", "visiting", "moving", "dating", "engaged", "married", "divorced", "twins",
          "my", "our", "having", "expecting", "planning", "arguing", "fighting" });
    const std::string verb = wordAfter(text, other.end);
    if (std::find(kVerbs.begin(), kVerbs.end(), verb) != kVerbs.end()) {
        return true;
    }
    if (verb != "are" && verb != "were" && verb != "got") {
        return false;
    }
    const std::string state = wordAfter(text, text.find(verb, other.end) + verb.size());
    return std::find(kStates.begin(), kStates.end(), state) != kStates.end();
}

bool lowerCaseName(std::string_view text, const NameFinder::Token& word, const NameLexicon& lexicon)
{
    if (word.script != Script::Latin || word.codePoints < 3 || word.nearDigit) {
        return false;
    }
    // The context first: it rules out almost every lower-case word with a few
    // byte compares, and the look-up in the word table is the dear part.
    if (!lowerNameContext(text, word)) {
        return false;
    }
    constexpr std::uint16_t kNotAName = NameLexicon::Ambiguous | NameLexicon::English
        | NameLexicon::CommonWord | NameLexicon::Denied | NameLexicon::Title | NameLexicon::Trigger
        | NameLexicon::Particle;
    const std::uint16_t f = lexicon.chainFlags(foldedToken(text, word));
    return (f & NameLexicon::FirstName) != 0
        && ((f & kNotAName) == 0
            || ((f & (NameLexicon::Title | NameLexicon::Trigger | NameLexicon::Particle)) == 0
                && lowerPairedSubject(text, word.end, lexicon)));
}

namespace {

/// The lower-case ASCII word right after `end` (one space between, or a glued "'s").
std::string_view lowerWordAfter(std::string_view text, std::size_t end)
{
    if (text.compare(end, 2, "'s") == 0) {
        return text.substr(end, 2);
    }
    if (end >= text.size() || text[end] != ' ') {
        return {};
    }
    std::size_t k = end + 1;
    while (k < text.size() && text[k] >= 'a' && text[k] <= 'z') {
        ++k;
    }
    return text.substr(end + 1, k - end - 1);
}

/// The lower-case ASCII word right before `begin` (one space between).
std::string_view lowerWordBefore(std::string_view text, std::size_t begin)
{
    if (begin < 2 || text[begin - 1] != ' ') {
        return {};
    }
    std::size_t start = begin - 1;
    while (start > 0 && text[start - 1] >= 'a' && text[start - 1] <= 'z') {
        --start;
    }
    return text.substr(start, begin - 1 - start);
}

}  // namespace

std::size_t nameStart(const std::vector<std::uint16_t>& flags, std::size_t from, std::size_t declined,
                      bool& titled)
{
    constexpr std::uint16_t kName = NameLexicon::FirstName | NameLexicon::Surname;
    for (std::size_t k = from + 1; k < flags.size(); ++k) {
        if ((flags[k] & kName) != 0) {
            const bool unknownBefore = k == declined
                && std::all_of(flags.begin() + static_cast<std::ptrdiff_t>(from),
                               flags.begin() + static_cast<std::ptrdiff_t>(k),
                               [](std::uint16_t f) { return f == 0; });
            return unknownBefore ? k : from;
        }
        if (k + 1 < flags.size() && (flags[k - 1] & kName) == 0 && (flags[k] & NameLexicon::Title) != 0) {
            titled = true;
            return k + 1;
        }
    }
    return from;
}

bool lowerNameContext(std::string_view text, const NameFinder::Token& word)
{
    // Casual chat in lower case: "omg sarah is so annoying", "me and priya are
    // going", "lunch with daniel", "chloe's mom", "ask sofia". Not after a
    // determiner ("my kata is improving", "the sakura season").
    static constexpr WordList kAfter(std::to_array<std::string_view>(
        { "is",        "was",      "just",    "keeps",   "wants",    "forgot", "said",
          "says",      "texted",   "stays",   "and",     "n",        "'s",     "will",
          "has",       "got",      "never",   "always",  "told",     "asked",  "replied",
          "mentioned", "thinks",   "thought", "emailed", "messaged", "owes",   "invited",
          "promised",  "borrowed", "wrote",   "called",  "from" }));
    static constexpr WordList kBefore(std::to_array<std::string_view>(
        { "with", "w", "invite", "ask", "tell", "text", "call", "ring", "ping", "meet", "met", "believe",
          "miss", "hug", "dm", "msg", "and", "to", "n" }));
    const std::string_view next = lowerWordAfter(text, word.end);
    const std::string_view w1 = lowerWordBefore(text, word.begin);
    const bool after = kAfter.contains(next) || honorificAfterLowerName(text, word);
    const bool before = kBefore.contains(w1);
    if (!after && !before && (w1.empty() || !personVerbBefore(w1))) {
        return false;
    }
    if (word.end < text.size() && (text[word.end] == '.' || text[word.end] == '@' || text[word.end] == '_')) {
        return false;  // part of an address or a handle: "mateo.o'brien9@…"
    }
    static constexpr WordList kDeterminers(
        std::to_array<std::string_view>({ "my", "our", "your", "his", "her", "their", "the", "a", "an",
                                          "this", "that", "some", "any", "of" }));
    if (kDeterminers.contains(w1)) {
        return false;
    }
    if (w1 == "to" && !after) {
        // "a msg to emma", "talk to noah"; not "went to sofia".
        const std::string_view w2 = lowerWordBefore(text, word.begin - 1 - w1.size());
        return w2 == "msg" || w2 == "message" || w2 == "text" || w2 == "reply" || w2 == "talk";
    }
    return true;
}

}  // namespace veil::redact::naming
