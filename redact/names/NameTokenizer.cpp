// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The name finder's tokeniser (NameFinderToken.h): one pass over the text that
// splits it into letter runs of one script and, on the way, notes what the
// Detector's WordPrefilter needs to know. Also the cheap tests run for every
// lower-case token (NamingContext.h): a trigger before it, a verb after it;
// then the tests on a chain's own bytes (capitals, a contact entry, "with").
#include "redact/names/NameFinderToken.h"
#include "redact/names/NamingContext.h"

#include "redact/detect/WordPrefilter.h"
#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace veil::redact::naming {

namespace {

using Token = NameFinder::Token;

/// A word glued to digits, '@', '#', '_', '/', '\\' or '=' is part of a handle,
/// code, URL or id, never a name by itself.
bool codeNeighbour(char c) noexcept
{
    // A table: the tokeniser asks this at both ends of every word.
    static constexpr std::array<bool, 256> kNeighbours = [] {
        std::array<bool, 256> table {};
        for (const char n : std::string_view("0123456789@#_/\\=")) {
            table[static_cast<unsigned char>(n)] = true;
        }
        return table;
    }();
    return kNeighbours[static_cast<unsigned char>(c)];
}

bool isApostrophe(std::string_view text, std::size_t i, std::size_t& length)
{
    if (text[i] == '\'') {
        length = 1;
        return true;
    }
    if (text.compare(i, 3, "\xE2\x80\x99") == 0) {  // U+2019
        length = 3;
        return true;
    }
    return false;
}

/// ASCII letters, for the tokeniser's tight loop.
constexpr std::array<bool, 256> kAsciiLetters = [] {
    std::array<bool, 256> table {};
    for (int c = 'a'; c <= 'z'; ++c) {
        table[static_cast<std::size_t>(c)] = true;
        table[static_cast<std::size_t>(c - 'a' + 'A')] = true;
    }
    return table;
}();

}  // namespace

void tokenize(std::string_view text, std::vector<Token>& tokens, ScriptCounts& counts,
              WordPrefilter::Scan& words)
{
    tokens.clear();
    std::size_t i = 0;
    // The open token is tokens.back(), updated in place: building it on the
    // stack and copying it in cost a store-forwarding stall per word.
    bool open = false;
    const auto close = [&](std::size_t at) {
        if (open) {
            Token& current = tokens.back();
            current.end = at;
            current.nearDigit = current.nearDigit || (at < text.size() && codeNeighbour(text[at]));
            counts.devanagari += current.script == Script::Devanagari ? 1U : 0U;
            counts.hangul += current.script == Script::Hangul ? 1U : 0U;
            counts.han += current.script == Script::Han ? 1U : 0U;
            if (current.script == Script::Latin) {
                // Only ASCII letters take one byte and one code point each.
                const std::string_view word = text.substr(current.begin, at - current.begin);
                if (word.size() == current.codePoints) {
                    WordPrefilter::noteRun(word, words);
                } else {
                    WordPrefilter::noteWord(word, words);
                }
            }
            open = false;
        }
    };
    const auto start = [&](std::size_t at, Script script, bool capitalised) {
        Token& current = tokens.emplace_back();
        current.begin = at;
        current.script = script;
        current.capitalised = capitalised;
        current.nearDigit = at > 0 && codeNeighbour(text[at - 1]);
        open = true;
    };
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80U) {
            // ASCII fast path: most chat text is ASCII.
            if (kAsciiLetters[byte]) {
                if (open && tokens.back().script != Script::Latin) {
                    close(i);
                }
                if (!open) {
                    start(i, Script::Latin, byte <= 'Z');
                }
                // The rest of an ASCII word in one tight loop.
                std::size_t j = i + 1;
                while (j < text.size() && kAsciiLetters[static_cast<unsigned char>(text[j])]) {
                    ++j;
                }
                tokens.back().codePoints += j - i;
                i = j;
                continue;
            }
            if (byte != '\'' && byte != '-') {
                close(i);
                words.symbol = words.symbol || WordPrefilter::isSymbol(byte);
                ++i;
                continue;
            }
        }
        std::size_t length = 1;
        const char32_t cp = byte < 0x80U ? byte : Unicode::decode(text, i, length);
        words.wordsMayMatch = words.wordsMayMatch || WordPrefilter::foldsToAscii(cp);
        Script script = Unicode::scriptOf(cp);
        if (script == Script::OtherLetter) {
            script = Script::Latin;  // same chaining rules: space-separated, capitalised or not
        }
        if (script == Script::Mark) {
            if (open) {
                tokens.back().codePoints += 1;
                i += length;
                continue;
            }
            script = Script::None;
        }
        if (script == Script::None) {
            std::size_t apostrophe = 0;
            const bool joiner = open && tokens.back().script == Script::Latin
                && (text[i] == '-' || isApostrophe(text, i, apostrophe));
            if (joiner) {
                const std::size_t next = i + (text[i] == '-' ? 1 : apostrophe);
                std::size_t nextLength = 1;
                const bool letterFollows = next < text.size()
                    && Unicode::scriptOf(Unicode::decode(text, next, nextLength)) == Script::Latin;
                const bool possessive = text[i] != '-' && next < text.size()
                    && (text[next] == 's' || text[next] == 'S')
                    && (next + 1 >= text.size()
                        || Unicode::scriptOf(Unicode::decode(text, next + 1, nextLength)) != Script::Latin);
                if (letterFollows && !possessive) {
                    i = next;
                    continue;
                }
            }
            close(i);
            i += length;
            continue;
        }
        if (open && script != tokens.back().script) {
            close(i);
        }
        if (!open) {
            start(i, script, Unicode::isUpper(cp) || (script == Script::Latin && cp >= 0x590 && cp < 0x10A0));
        }
        tokens.back().codePoints += 1;
        i += length;
    }
    close(text.size());
}

/// Cheap test, run for every lower-case word: does a strong naming trigger
/// ("tell", "my name is", "call me", …) stand right before token `i`?
bool lowerCaseTrigger(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i)
{
    if (i == 0) {
        return false;
    }
    const NameFinder::Token& prev = tokens[i - 1];
    // The gap is " ", ", " or ": ", tested byte by byte (no memcmp call per word).
    const std::size_t gap = tokens[i].begin - prev.end;
    // "w/ kemal and ayse": "w/" is "with".
    const bool with = gap == 2 && text[prev.end] == '/' && prev.end == prev.begin + 1
        && (text[prev.begin] == 'w' || text[prev.begin] == 'W');
    const bool spaced = (gap == 1 && text[prev.end] == ' ')
        || (gap == 2 && text[prev.end + 1] == ' '
            && (text[prev.end] == ',' || text[prev.end] == ':' || text[prev.end] == '/'));
    if (!spaced || with) {
        return spaced;
    }
    const std::string_view raw = text.substr(prev.begin, prev.end - prev.begin);
    // "hi it's nadia": the tokeniser splits "it's" like a possessive.
    if (raw.size() == 1 && raw[0] == 's' && i >= 3 && prev.begin >= 3 && text[prev.begin - 1] == '\''
        && tokens[i - 2].end + 1 == prev.begin && tokens[i - 2].end - tokens[i - 2].begin == 2
        && (text[tokens[i - 2].begin] | 0x20) == 'i' && text[tokens[i - 2].begin + 1] == 't') {
        char buffer[12];
        const std::string_view greeting
            = asciiLower(text.substr(tokens[i - 3].begin, tokens[i - 3].end - tokens[i - 3].begin), buffer);
        return greeting == "hi" || greeting == "hii" || greeting == "hey" || greeting == "heyy"
            || greeting == "hello" || greeting == "yo";
    }
    // "dile a mariana": Spanish "a" after a verb of telling.
    if (raw.size() == 1 && raw[0] == 'a' && i >= 2 && tokens[i - 2].end + 1 == prev.begin) {
        char buffer[12];
        const std::string_view verb
            = asciiLower(text.substr(tokens[i - 2].begin, tokens[i - 2].end - tokens[i - 2].begin), buffer);
        return verb.size() >= 4 && (verb[0] == 'd' || verb[0] == 'p' || verb[0] == 'l' || verb[0] == 'm')
            && isStrongTrigger("a", verb);
    }
    if (raw.size() < 2 || raw.size() > 10) {
        return false;  // every trigger is 2-10 bytes: most words stop here
    }
    // First letters of the ASCII triggers below by length ("is", "am", "me"
    // and "by" included): most other words stop here, before any folding.
    static constexpr std::array<std::uint32_t, 11> kFirstLetters = [] {
        std::array<std::uint32_t, 11> letters {};
        for (const std::string_view w :
             { "hi",       "yo",       "cc",        "im",         "is",        "am",        "me",
               "by",       "its",      "it's",      "mr",         "mrs",       "ms",        "dr",
               "bf",       "gf",       "bff",       "sis",        "bro",       "hubby",     "ask",
               "hey",      "met",      "i'm",       "son",        "mom",       "mum",       "dad",
               "tell",     "told",     "asked",     "text",       "ring",      "call",      "dear",
               "ping",     "meet",     "with",      "from",       "wife",      "boss",      "aunt",
               "named",    "hello",    "email",     "uncle",      "called",    "thanks",    "cheers",
               "texted",   "friend",   "sister",    "cousin",     "message",   "brother",   "husband",
               "daughter", "landlord", "roommate",  "neighbor",   "colleague", "neighbour", "landlady",
               "coworker", "manager",  "boyfriend", "girlfriend", "flatmate",  "partner",   "bestie" }) {
            letters[w.size()] |= 1U << static_cast<unsigned>(w[0] - 'a');
        }
        return letters;
    }();
    const auto head = static_cast<unsigned char>(raw[0]);
    if (head >= 0x80U) {
        return false;  // not ASCII: no trigger below can match
    }
    const auto letter = static_cast<unsigned>((head | 0x20U) - 'a');
    if (letter >= 26 || (kFirstLetters[raw.size()] & (1U << letter)) == 0) {
        return false;
    }
    char buffer[12];
    const std::string_view word = asciiLower(raw, buffer);
    if (word.empty()) {
        return false;
    }
    const auto any = [word](std::initializer_list<std::string_view> list) {
        for (const std::string_view w : list) {
            if (w[0] == word[0] && w == word) {
                return true;
            }
        }
        return false;
    };
    switch (word.size()) {
    case 2:
        if (any({ "hi", "cc", "im", "bf", "gf", "mr", "ms", "dr", "yo" })) {
            return true;
        }
        break;
    case 3:
        if (any({ "ask", "hey", "met", "i'm", "son", "mom", "mum", "dad", "bff", "sis", "bro", "mrs" })) {
            return true;
        }
        break;
    case 4:
        if (any({ "tell", "told", "text", "ring", "call", "dear", "ping", "meet", "with", "from", "wife",
                  "boss", "aunt" })) {
            return true;
        }
        break;
    case 5:
        if (any({ "named", "hello", "email", "i\u2019m", "uncle", "hubby", "asked" })) {
            return true;
        }
        break;
    case 6:
        return any({ "called", "thanks", "cheers", "texted", "friend", "sister", "cousin", "bestie" });
    case 7:
        return any({ "message", "brother", "husband", "manager", "partner" });
    case 8:
        return any({ "daughter", "landlord", "roommate", "neighbor", "coworker", "flatmate" });
    case 9:
        return any({ "colleague", "neighbour", "landlady", "boyfriend" });
    case 10:
        return any({ "girlfriend" });
    default:
        return false;
    }
    const bool its = word == "its" || word == "it's";
    if (i < 2 || (word != "is" && word != "am" && word != "me" && word != "by" && !its)) {
        return false;
    }
    char buffer2[12];
    const NameFinder::Token& prev2 = tokens[i - 2];
    const std::string_view before = asciiLower(text.substr(prev2.begin, prev2.end - prev2.begin), buffer2);
    // "hii it's nadia": a greeting before "it's".
    return (word == "is" && before == "name") || (word == "am" && before == "i")
        || (word == "me" && before == "call") || (word == "by" && (before == "go" || before == "goes"))
        || (its
            && (before == "hi" || before == "hii" || before == "hey" || before == "heyy" || before == "hello"
                || before == "yo"));
}

namespace {

/// Token `i` follows token `i - 1` after one space.
bool spacedAfter(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i)
{
    return tokens[i].begin == tokens[i - 1].end + 1 && text[tokens[i - 1].end] == ' '
        && tokens[i].script == Script::Latin && !tokens[i].capitalised;
}

}  // namespace

bool isTalkVerb(std::string_view raw)
{
    static constexpr auto kVerbs = std::to_array<std::string_view>(
        { "said",   "says",     "told",    "texted",  "replied",   "asked",   "wants",    "keeps",
          "thinks", "messaged", "emailed", "called",  "mentioned", "invited", "sent",     "likes",
          "loves",  "hates",    "misses",  "ghosted", "dumped",    "cheated", "proposed", "blocked" });
    // Asked for most words: the length, first and last letters stop nearly all
    // ("this", "that", "some" pass no test), before any copy.
    static constexpr std::array<std::array<std::uint32_t, 26>, 10> kLastLetters = [] {
        std::array<std::array<std::uint32_t, 26>, 10> letters {};
        for (const std::string_view w : kVerbs) {
            letters[w.size()][static_cast<unsigned>(w[0] - 'a')] |= 1U
                << static_cast<unsigned>(w.back() - 'a');
        }
        return letters;
    }();
    if (raw.size() < 4 || raw.size() > 9) {
        return false;
    }
    const auto first = static_cast<unsigned>((static_cast<unsigned char>(raw.front()) | 0x20U) - 'a');
    const auto last = static_cast<unsigned>((static_cast<unsigned char>(raw.back()) | 0x20U) - 'a');
    if (first >= 26 || last >= 26 || (kLastLetters[raw.size()][first] & (1U << last)) == 0) {
        return false;
    }
    char buffer[12];
    const std::string_view w = asciiLower(raw, buffer);
    return !w.empty() && std::find(kVerbs.begin(), kVerbs.end(), w) != kVerbs.end();
}

std::size_t lowerCaseVerbAfter(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                               std::size_t i)
{
    // "ahmed and zainab invited us": two names joined by "and" before the verb.
    const bool joined = i + 1 < tokens.size() && tokens[i + 1].end - tokens[i + 1].begin == 3
        && text.compare(tokens[i + 1].begin, 3, "and") == 0;
    for (std::size_t k = i + 1;
         k < tokens.size() && k <= i + (joined ? 3 : 2) && spacedAfter(text, tokens, k); ++k) {
        if (!isTalkVerb(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin))) {
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

std::string foldedToken(std::string_view text, const NameFinder::Token& t)
{
    std::string folded = Unicode::fold(text.substr(t.begin, t.end - t.begin));
    // Turkish "İ" (U+0130) folds to the dotless "ı"; the lists write "İzmir" as "izmir".
    if (t.end - t.begin > 2 && text[t.begin] == '\xC4' && text[t.begin + 1] == '\xB0' && folded.size() > 2) {
        folded.replace(0, 2, "i");
    }
    return folded;
}

bool trimShouted(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i,
                 const std::vector<std::uint16_t>& flags, std::size_t& from, std::size_t& to)
{
    if (to - from < 3) {
        return false;
    }
    for (std::size_t k = tokens[i + from].begin; k < tokens[i + to - 1].end; ++k) {
        if (text[k] >= 'a' && text[k] <= 'z') {
            return false;  // not written in capitals
        }
    }
    const auto wordy = [&flags](std::size_t k) {
        return (flags[k] & NameLexicon::CommonWord) != 0
            || (flags[k] & (NameLexicon::FirstName | NameLexicon::Surname)) == 0;
    };
    while (to > from + 1 && wordy(to - 1)) {
        --to;
    }
    while (to > from + 1 && wordy(from)) {
        ++from;
    }
    return true;
}

std::size_t nextTalkVerb(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                         std::size_t from)
{
    // First letters of the verbs (s, t, r, a, w, k, m, e, c, i, l, h, g, d, p, b): most words stop here,
    // without a call.
    constexpr std::uint32_t kInitials = (1U << ('s' - 'a')) | (1U << ('t' - 'a')) | (1U << ('r' - 'a'))
        | (1U << 0U) | (1U << ('w' - 'a')) | (1U << ('k' - 'a')) | (1U << ('m' - 'a')) | (1U << ('e' - 'a'))
        | (1U << ('c' - 'a')) | (1U << ('i' - 'a')) | (1U << ('l' - 'a')) | (1U << ('h' - 'a'))
        | (1U << ('g' - 'a')) | (1U << ('d' - 'a')) | (1U << ('p' - 'a')) | (1U << ('b' - 'a'));
    std::size_t k = from;
    while (k < tokens.size()) {
        const NameFinder::Token& t = tokens[k];
        const auto initial = static_cast<unsigned>(static_cast<unsigned char>(text[t.begin]) - 'a');
        const char last = text[t.end - 1];  // every verb ends in d, s or t ("said", "likes", "sent")
        if (t.codePoints >= 4 && t.codePoints <= 9 && (last == 'd' || last == 's' || last == 't')
            && initial < 26 && ((kInitials >> initial) & 1U) != 0
            && isTalkVerb(text.substr(t.begin, t.end - t.begin))) {
            break;
        }
        ++k;
    }
    return k;
}

bool vietnameseGreeting(std::string_view folded, std::string_view text, std::size_t end)
{
    return folded == "xin"
        && (text.compare(end, 6, " ch\xC3\xA0o") == 0 || text.compare(end, 4, " l\xE1\xBB") == 0);
}

bool withAcquaintance(std::string_view text, std::size_t end, std::string_view w2, std::uint16_t flags)
{
    // A given name that is not a common word, after a "with" that is not of making
    // ("built with Ruby"), and no capitalised word after it ("with Rose Gold" is a colour).
    return !madeWith(w2) && (flags & NameLexicon::FirstName) != 0 && (flags & NameLexicon::CommonWord) == 0
        && !(end + 1 < text.size() && text[end] == ' ' && text[end + 1] >= 'A' && text[end + 1] <= 'Z');
}

bool contactEntry(std::string_view text, std::size_t end, std::string_view w1, std::string_view folded)
{
    const auto digitAt
        = [text](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    // An addressee right before a house number: "Ship to Zubair, 4 Rowan Mews".
    if (end + 2 < text.size() && text[end] == ',' && text[end + 1] == ' ' && digitAt(end + 2)) {
        return w1 == "to" || w1 == "attn" || w1 == "for";
    }
    // A name then a number, not a label of another language ("Telefone +55 …").
    return end + 2 < text.size() && text[end] == ' ' && (text[end + 1] == '+' || text[end + 1] == '(')
        && digitAt(end + 2) && !isPhoneLabel(folded);
}

bool notAPersonAfter(std::string_view text, std::size_t begin, const std::vector<DetectedSpan>& spans,
                     bool known)
{
    // "Yerlan from Almaty is coming": a person is from a place, not from a person.
    const bool fromPlace = !known && !spans.empty() && spans.back().category == Category::Person
        && spans.back().end + 6 == begin && text.compare(spans.back().end, 6, " from ") == 0;
    // "Smith v. Jones", "Brown v. Board": a court case or a match.
    const std::string_view lead = text.substr(0, begin);
    // "St Thomas' Hospital", "St. Mary's": a saint names a church, a hospital or a place.
    return fromPlace || lead.ends_with(" v. ") || lead.ends_with(" vs. ") || lead.ends_with(" v ")
        || lead.ends_with("St ") || lead.ends_with("St. ") || lead.ends_with("Saint ");
}

}  // namespace veil::redact::naming
