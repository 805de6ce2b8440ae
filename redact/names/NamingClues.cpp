// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The part of NamingContext.h that reads what surrounds a name to say whose
// it is: a public role or a pet's kind before it, "called"/"named" after a pet
// or a character, a signature after a dash or a sign-off line. Split out of
// NamingContext.cpp to keep each file to one idea.
#include "redact/names/NamingContext.h"

#include "redact/names/NameFinderToken.h"
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
    return 0;
}

bool personCueAfter(std::string_view text, std::size_t end)
{
    // Verbs a city or a state rarely takes in chat ("Austin said"), not "is"/"was".
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        { "says",    "said",    "told",     "asked", "texted",  "replied",    "mentioned", "thinks",
          "thought", "emailed", "messaged", "owes",  "invited", "promised",   "forgot",    "borrowed",
          "wrote",   "rang",    "phoned",   "dmed",  "pinged",  "complained", "admitted" });
    // "'s" then a relation or a personal occasion: "Chelsea's mom", "Jordan's birthday".
    static constexpr auto kOwned = std::to_array<std::string_view>(
        { "mom",     "mum",     "mother",    "dad",        "father",   "sister",  "brother", "wife",
          "husband", "parents", "boyfriend", "girlfriend", "bf",       "gf",      "son",     "daughter",
          "kids",    "baby",    "grandma",   "grandpa",    "birthday", "wedding", "number",  "email",
          "cat",     "dog",     "car",       "phone",      "funeral",  "party" });
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
    if (next == "from") {
        const std::size_t from = text.find("from", end);
        return from != std::string_view::npos && in(kShared, wordAfter(text, from + 4));
    }
    return in(kVerbs, next);
}

bool personVerbBefore(std::string_view w)
{
    // Work and life events between people: "we hired Krapiar Triodraiyart",
    // "welcome Ximena Ortiz to the team". Companies are hired too ("we hired
    // Deloitte"): the caller asks for two words or a listed name.
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        { "hired",    "hire",       "hiring",    "interviewed",  "interviewing",  "promoted",  "onboarding",
          "onboard",  "welcome",    "welcoming", "congratulate", "congratulated", "thank",     "thanked",
          "thanking", "married",    "marrying",  "dating",       "divorced",      "divorcing", "babysitting",
          "tutoring", "mentoring",  "fired",     "cc'd",         "bcc",           "forward",   "forwarded",
          "reassure", "comfort",    "console",   "persuade",     "convince",      "reminded",  "ghosted",
          "blocked",  "unfriended", "befriended" });
    return std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
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
    const bool possessive
        = w2 == "my" || w2 == "our" || w2 == "his" || w2 == "her" || w2 == "their" || w2 == "your";
    return (in(kRoles, w1) && !possessive) || in(kPets, w1) || ((w1 == "is" || w1 == "was") && in(kRoles, w2))
        || (w1 == "by" && in(kWorks, w2));
}

bool namesAPetOrThing(std::string_view text, std::size_t pos)
{
    // The few words before "called"/"named" (the caller saw one of them right before `pos`).
    // Pets and things, then characters of stories and games ("a rogue named Aurelia Thorne").
    static constexpr std::array<std::string_view, 40> kThings
        = { "dog",      "cat",      "puppy", "kitten", "pet",       "horse",       "hamster", "rabbit",
            "bird",     "parrot",   "fish",  "turtle", "character", "protagonist", "hero",    "heroine",
            "villain",  "narrator", "bot",   "robot",  "boat",      "ship",        "app",     "plant",
            "rogue",    "wizard",   "witch", "knight", "paladin",   "mage",        "elf",     "dwarf",
            "sorcerer", "warlock",  "druid", "npc",    "dragon",    "campaign",    "novel",   "fanfic" };
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

/// A line like "Cheers," or "Best regards," right before `pos`'s line: a sign-off.
bool afterSignOff(std::string_view text, std::size_t pos)
{
    // Only the previous line matters, and a sign-off line is short: look back 80 bytes.
    const std::size_t from = pos > 80 ? pos - 80 : 0;
    const std::size_t found = text.substr(from, pos - from).rfind('\n');
    const std::size_t lineStart = found == std::string_view::npos ? std::string_view::npos : from + found;
    if (lineStart == std::string_view::npos || lineStart == 0 || lineStart + 1 < pos) {
        return false;
    }
    const std::size_t prevFound = text.substr(from, lineStart - from).rfind('\n');
    const std::size_t prevLine = prevFound == std::string_view::npos ? from : from + prevFound + 1;
    std::string prev = Unicode::fold(text.substr(prevLine, lineStart - prevLine));
    while (!prev.empty()
           && (prev.back() == ',' || prev.back() == ' ' || prev.back() == '!' || prev.back() == '\r')) {
        prev.pop_back();
    }
    // English, then the usual closings of other languages ("Viele Grüße", "Un abrazo").
    for (const std::string_view signOff : { "cheers",
                                            "best",
                                            "best regards",
                                            "regards",
                                            "kind regards",
                                            "thanks",
                                            "thank you",
                                            "many thanks",
                                            "love",
                                            "sincerely",
                                            "yours sincerely",
                                            "warm regards",
                                            "warmly",
                                            "xoxo",
                                            "yours",
                                            "take care",
                                            "talk soon",
                                            "best wishes",
                                            "warm wishes",
                                            "kind wishes",
                                            "all the best",
                                            "with love",
                                            "lots of love",
                                            "thanks & regards",
                                            "thanks and regards",
                                            "thanks again",
                                            "yours truly",
                                            "yours faithfully",
                                            "warmest regards",
                                            "respectfully",
                                            "cordialement",
                                            "bien à vous",
                                            "bisous",
                                            "viele grüße",
                                            "liebe grüße",
                                            "mit freundlichen grüßen",
                                            "lg",
                                            "saludos",
                                            "un abrazo",
                                            "abrazos",
                                            "atentamente",
                                            "besos",
                                            "abraços",
                                            "beijos",
                                            "atenciosamente",
                                            "cumprimentos",
                                            "cordiali saluti",
                                            "saluti",
                                            "un abbraccio",
                                            "groetjes",
                                            "met vriendelijke groet" }) {
        if (prev == signOff) {
            return true;
        }
    }
    // "Thanks so much!", "Thank you for everything." on the line before.
    const std::string_view line(prev);
    return line.size() <= 40 && (line.starts_with("thanks ") || line.starts_with("thank you "))
        && line.find_first_of("?:") == std::string_view::npos;
}

namespace {

/// Token `i` follows token `i - 1` after one space.
bool spacedAfter(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i)
{
    return tokens[i].begin == tokens[i - 1].end + 1 && text[tokens[i - 1].end] == ' '
        && tokens[i].script == Script::Latin && !tokens[i].capitalised;
}

bool talkVerb(std::string_view raw)
{
    if (raw.size() < 4 || raw.size() > 9) {
        return false;
    }
    char buffer[12];
    const std::string_view w = asciiLower(raw, buffer);
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        { "said", "says", "told", "texted", "replied", "asked", "wants", "keeps", "thinks", "messaged",
          "emailed", "called", "mentioned", "invited", "sent" });
    return !w.empty() && std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

}  // namespace

std::size_t lowerCaseVerbAfter(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                               std::size_t i)
{
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 2 && spacedAfter(text, tokens, k); ++k) {
        if (!talkVerb(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin))) {
            continue;
        }
        // A word after a determiner is no name: "the dev said", "my doc said".
        char buffer[12];
        const std::string_view before = i == 0 || tokens[i].begin != tokens[i - 1].end + 1
            ? std::string_view()
            : asciiLower(text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin), buffer);
        static constexpr auto kDeterminers
            = std::to_array<std::string_view>({ "the", "a", "an", "my", "our", "your", "his", "her", "their",
                                                "this", "that", "every", "each", "some", "any", "no", "ur" });
        return std::find(kDeterminers.begin(), kDeterminers.end(), before) == kDeterminers.end() ? k : 0;
    }
    return 0;
}

bool relationBefore(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i)
{
    if (i == 0 || tokens[i].begin != tokens[i - 1].end + 1) {
        return false;
    }
    char buffer[12];
    const std::string_view w
        = asciiLower(text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin), buffer);
    static constexpr auto kRelations = std::to_array<std::string_view>(
        { "brother",  "sister",    "bro",        "sis",      "friend",    "bff",     "bestie",   "bf",
          "gf",       "boyfriend", "girlfriend", "husband",  "hubby",     "wife",    "son",      "daughter",
          "cousin",   "uncle",     "aunt",       "auntie",   "nephew",    "niece",   "roommate", "flatmate",
          "coworker", "colleague", "boss",       "neighbor", "neighbour", "partner", "ex" });
    return !w.empty() && std::find(kRelations.begin(), kRelations.end(), w) != kRelations.end();
}

}  // namespace veil::redact::naming
