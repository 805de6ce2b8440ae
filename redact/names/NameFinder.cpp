// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/names/NameFinder.h"

#include "redact/names/NamingContext.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace veil::redact {

struct NameFinder::Token {
    std::size_t begin = 0;
    std::size_t end = 0;
    Script script = Script::None;
    bool capitalised = false;
    bool nearDigit = false;  ///< touches a digit: part of a code, not a word
    std::size_t codePoints = 0;
};

namespace {

using Token = NameFinder::Token;
using namespace naming;

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

/// Splits text into letter runs of one script. Apostrophes and hyphens
/// between letters stay inside a word (O'Brien, Al-Sayed); a possessive 's
/// does not.
/// How many tokens of the scripts with their own passes the text holds,
/// counted while tokenising so plain Latin text skips those passes.
struct ScriptCounts {
    std::size_t devanagari = 0;
    std::size_t hangul = 0;
    std::size_t han = 0;
};

void tokenize(std::string_view text, std::vector<Token>& tokens, ScriptCounts& counts)
{
    tokens.clear();
    std::size_t i = 0;
    Token current;
    bool open = false;
    const auto close = [&](std::size_t at) {
        if (open) {
            current.end = at;
            current.nearDigit = current.nearDigit || (at < text.size() && codeNeighbour(text[at]));
            tokens.push_back(current);
            counts.devanagari += current.script == Script::Devanagari ? 1U : 0U;
            counts.hangul += current.script == Script::Hangul ? 1U : 0U;
            counts.han += current.script == Script::Han ? 1U : 0U;
            open = false;
        }
    };
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80U) {
            // ASCII fast path: most chat text is ASCII.
            const bool upper = byte >= 'A' && byte <= 'Z';
            if (upper || (byte >= 'a' && byte <= 'z')) {
                if (open && current.script != Script::Latin) {
                    close(i);
                }
                if (!open) {
                    current = Token {};
                    current.begin = i;
                    current.script = Script::Latin;
                    current.capitalised = upper;
                    current.nearDigit = i > 0 && codeNeighbour(text[i - 1]);
                    open = true;
                }
                // The rest of an ASCII word in one tight loop.
                std::size_t j = i + 1;
                while (j < text.size()
                       && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z'))) {
                    ++j;
                }
                current.codePoints += j - i;
                i = j;
                continue;
            }
            if (byte != '\'' && byte != '-') {
                close(i);
                ++i;
                continue;
            }
        }
        std::size_t length = 1;
        const char32_t cp = byte < 0x80U ? byte : Unicode::decode(text, i, length);
        Script script = Unicode::scriptOf(cp);
        if (script == Script::OtherLetter) {
            script = Script::Latin;  // same chaining rules: space-separated, capitalised or not
        }
        if (script == Script::Mark) {
            if (open) {
                current.codePoints += 1;
                i += length;
                continue;
            }
            script = Script::None;
        }
        if (script == Script::None) {
            std::size_t apostrophe = 0;
            const bool joiner = open && current.script == Script::Latin
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
        if (open && script != current.script) {
            close(i);
        }
        if (!open) {
            current = Token {};
            current.begin = i;
            current.script = script;
            current.capitalised
                = Unicode::isUpper(cp) || (script == Script::Latin && cp >= 0x590 && cp < 0x10A0);
            current.nearDigit = i > 0 && codeNeighbour(text[i - 1]);
            open = true;
        }
        current.codePoints += 1;
        i += length;
    }
    close(text.size());
}

std::string foldedToken(std::string_view text, const Token& t)
{
    return Unicode::fold(text.substr(t.begin, t.end - t.begin));
}

/// Cheap test, run for every lower-case word: does a strong naming trigger
/// ("tell", "my name is", "call me", …) stand right before token `i`?
bool lowerCaseTrigger(std::string_view text, const std::vector<Token>& tokens, std::size_t i)
{
    if (i == 0) {
        return false;
    }
    const Token& prev = tokens[i - 1];
    // The gap is " ", ", " or ": ", tested byte by byte (no memcmp call per word).
    const std::size_t gap = tokens[i].begin - prev.end;
    const bool spaced = (gap == 1 && text[prev.end] == ' ')
        || (gap == 2 && text[prev.end + 1] == ' ' && (text[prev.end] == ',' || text[prev.end] == ':'));
    if (!spaced) {
        return false;
    }
    const std::string_view raw = text.substr(prev.begin, prev.end - prev.begin);
    if (raw.size() < 2 || raw.size() > 10) {
        return false;  // every trigger is 2-10 bytes: most words stop here
    }
    // First letters of the ASCII triggers below by length ("is", "am", "me"
    // and "by" included): most other words stop here, before any folding.
    static constexpr std::array<std::uint32_t, 11> kFirstLetters = [] {
        std::array<std::uint32_t, 11> letters {};
        for (const std::string_view w :
             { "hi",       "cc",        "im",         "is",        "am",        "me",       "by",
               "ask",      "hey",       "met",        "i'm",       "son",       "mom",      "mum",
               "dad",      "tell",      "text",       "ring",      "call",      "dear",     "ping",
               "meet",     "with",      "from",       "wife",      "boss",      "aunt",     "named",
               "hello",    "email",     "uncle",      "called",    "thanks",    "cheers",   "texted",
               "friend",   "sister",    "cousin",     "message",   "brother",   "husband",  "daughter",
               "landlord", "roommate",  "neighbor",   "colleague", "neighbour", "landlady", "coworker",
               "manager",  "boyfriend", "girlfriend", "flatmate",  "partner",   "bestie" }) {
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
        if (any({ "hi", "cc", "im" })) {
            return true;
        }
        break;
    case 3:
        if (any({ "ask", "hey", "met", "i'm", "son", "mom", "mum", "dad" })) {
            return true;
        }
        break;
    case 4:
        if (any({ "tell", "text", "ring", "call", "dear", "ping", "meet", "with", "from", "wife", "boss",
                  "aunt" })) {
            return true;
        }
        break;
    case 5:
        if (any({ "named", "hello", "email", "i\u2019m", "uncle" })) {
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
    if (i < 2 || (word != "is" && word != "am" && word != "me" && word != "by")) {
        return false;
    }
    char buffer2[12];
    const Token& prev2 = tokens[i - 2];
    const std::string_view before = asciiLower(text.substr(prev2.begin, prev2.end - prev2.begin), buffer2);
    return (word == "is" && before == "name") || (word == "am" && before == "i")
        || (word == "me" && before == "call") || (word == "by" && (before == "go" || before == "goes"));
}

constexpr float kKnownConfidence = 0.8F;
constexpr float kContextConfidence = 0.65F;

}  // namespace

void NameFinder::find(std::string_view text, std::vector<DetectedSpan>& spans,
                      std::vector<DetectedSpan>& publicMentions) const
{
    thread_local std::vector<Token> tokens;
    ScriptCounts counts;
    tokenize(text, tokens, counts);
    if (tokens.empty()) {
        return;
    }
    const bool hasDevanagari = counts.devanagari > 0;
    const std::size_t hangulTokens = counts.hangul;
    findLatin(text, tokens, spans, publicMentions);
    if (hasDevanagari) {
        findDevanagari(text, tokens, spans);
    }
    if (counts.han + counts.hangul == 0) {
        return;
    }
    for (const Token& t : tokens) {
        if (t.script == Script::Han) {
            findHan(text, t, spans);
        } else if (t.script == Script::Hangul) {
            findHangul(text, t, hangulTokens > 3, spans);
        }
    }
}

void NameFinder::findLatin(std::string_view text, const std::vector<Token>& tokens,
                           std::vector<DetectedSpan>& spans, std::vector<DetectedSpan>& publicMentions) const
{
    // Reused across calls: one allocation per thread, not three per message.
    thread_local std::vector<std::string> folded;
    std::string w1;
    std::string w2;
    std::size_t i = 0;
    while (i < tokens.size()) {
        const Token& first = tokens[i];
        if (first.script != Script::Latin || first.nearDigit) {
            ++i;
            continue;
        }
        // Build a chain of capitalised words joined by single spaces (particles
        // and middle initials allowed inside).
        std::size_t j = i;
        folded.clear();
        if (!first.capitalised && (first.codePoints < 3 || !lowerCaseTrigger(text, tokens, i))) {
            ++i;
            continue;
        }
        folded.push_back(foldedToken(text, first));
        if (!first.capitalised) {
            // Lower-case names count only right after a strong trigger ("tell
            // priya"), checked above.
            const std::uint16_t f = m_lexicon.flags(folded.front());
            if ((f & (NameLexicon::FirstName | NameLexicon::Surname)) != 0
                && (f
                    & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord
                       | NameLexicon::Denied))
                    == 0) {
                std::size_t end = first.end;
                if (i + 1 < tokens.size() && tokens[i + 1].begin == end + 1 && text[end] == ' ') {
                    const std::uint16_t g = m_lexicon.flags(foldedToken(text, tokens[i + 1]));
                    if ((g & NameLexicon::Surname) != 0
                        && (g & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::CommonWord))
                            == 0) {
                        end = tokens[i + 1].end;
                    }
                }
                spans.push_back({ first.begin, end, Category::Person, kContextConfidence, "person-context" });
            }
            ++i;
            continue;
        }
        while (j + 1 < tokens.size() && folded.size() < 6) {
            const Token& cur = tokens[j];
            const Token& next = tokens[j + 1];
            if (next.script != Script::Latin || next.nearDigit) {
                break;
            }
            const std::string_view gap = text.substr(cur.end, next.begin - cur.end);
            const bool initial = cur.codePoints == 1 && cur.capitalised && gap == ". ";
            // "Mr. Darcy", "Dr. Obi": a title keeps its dot inside the chain.
            const bool titleDot = gap == ". " && (m_lexicon.flags(folded.back()) & NameLexicon::Title) != 0;
            if (gap != " " && !initial && !titleDot) {
                break;
            }
            if (!next.capitalised) {
                // Particles ("van der", "de la") join only when a capitalised word follows them.
                std::size_t k = j + 1;
                while (k < tokens.size() && !tokens[k].capitalised && isParticle(foldedToken(text, tokens[k]))
                       && k + 1 < tokens.size() && tokens[k + 1].begin == tokens[k].end + 1) {
                    ++k;
                }
                if (k == j + 1 || k >= tokens.size() || !tokens[k].capitalised
                    || tokens[k].script != Script::Latin) {
                    break;
                }
            }
            folded.push_back(foldedToken(text, next));
            ++j;
        }
        const std::size_t chainEnd = j + 1;
        // Leading titles/greetings become context; trailing common words are dropped.
        thread_local std::vector<std::uint16_t> flags;
        flags.clear();
        for (const std::string& word : folded) {
            flags.push_back(m_lexicon.flags(word));
        }
        // Public figures, characters, brands and places: a denied sub-chain of
        // the whole chain (titles included: "Mr. Bean") vetoes it.
        {
            std::string whole;
            bool publicFigure = false;
            bool vetoed = false;
            for (std::size_t a = 0; a + 1 < folded.size() && !vetoed; ++a) {
                if ((flags[a] & NameLexicon::ChainHead) == 0) {
                    continue;  // no denied chain starts with this word
                }
                whole.clear();
                for (std::size_t b = a; b < folded.size(); ++b) {
                    if (b > a) {
                        whole.push_back(' ');
                    }
                    whole += folded[b];
                    if (b > a && m_lexicon.isDeniedChain(whole)) {
                        vetoed = true;
                        publicFigure = m_lexicon.isPublicChain(whole);
                        break;
                    }
                }
            }
            for (const std::uint16_t f : flags) {
                publicFigure = publicFigure || (folded.size() == 1 && (f & NameLexicon::PublicFigure) != 0);
            }
            if (vetoed || publicFigure) {
                if (publicFigure) {
                    publicMentions.push_back({ tokens[i].begin, tokens[chainEnd - 1].end, Category::Person,
                                               1.0F, "public-figure" });
                }
                i = chainEnd;
                continue;
            }
        }
        std::size_t from = 0;
        bool titled = false;
        while (from < folded.size()
               && (flags[from] & (NameLexicon::CommonWord | NameLexicon::Trigger | NameLexicon::Title))
                   != 0) {
            titled = titled || (flags[from] & (NameLexicon::Title | NameLexicon::Trigger)) != 0;
            ++from;
        }
        // Upper-case field labels ("BIC DEUTDEFF", "IFSC HDFC0001234") are not name words.
        while (from < folded.size() && isFieldLabel(folded[from])) {
            const Token& t = tokens[i + from];
            if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(t.begin),
                             text.begin() + static_cast<std::ptrdiff_t>(t.end),
                             [](char c) { return c >= 'A' && c <= 'Z'; })) {
                break;
            }
            ++from;
        }
        std::size_t to = folded.size();
        while (to > from && (flags[to - 1] & (NameLexicon::CommonWord | NameLexicon::Particle)) != 0) {
            --to;
        }
        // "Albert Museum", "Jefferson High School", "Nelson Mandela Bridge": an
        // institution or place named after someone is not that person.
        if (from >= to || (to - from >= 2 && isInstitutionNoun(folded[to - 1]))) {
            i = chainEnd;
            continue;
        }
        const Token& startTok = tokens[i + from];
        const Token& endTok = tokens[i + to - 1];
        // Public figures, characters, brands and places: any denied sub-chain vetoes.
        std::string chain;
        bool denied = false;
        for (std::size_t a = from; a + 1 < to && !denied; ++a) {
            if ((flags[a] & NameLexicon::ChainHead) == 0) {
                continue;
            }
            chain.clear();
            for (std::size_t b = a; b < to; ++b) {
                if (b > a) {
                    chain.push_back(' ');
                }
                chain += folded[b];
                if (b > a && m_lexicon.isDeniedChain(chain)) {
                    denied = true;
                    break;
                }
            }
        }
        if (!denied && to - from == 1 && (flags[from] & NameLexicon::Denied) != 0) {
            denied = true;
            // "tell Jordan", "Hi Georgia": a place-name is a person's name in naming context.
            if ((flags[from] & (NameLexicon::Place | NameLexicon::PublicFigure)) == NameLexicon::Place
                && (flags[from] & (NameLexicon::FirstName | NameLexicon::Surname)) != 0) {
                bool atLineStart = false;
                wordsBefore(text, startTok.begin, w1, w2, atLineStart);
                denied = !(titled || isStrongTrigger(w1, w2));
            }
        }
        if (denied) {
            if ((flags[from] & NameLexicon::PublicFigure) != 0) {
                publicMentions.push_back(
                    { startTok.begin, endTok.end, Category::Person, 1.0F, "public-figure" });
            }
            i = chainEnd;
            continue;
        }
        bool known = false;
        bool nameish = false;
        bool allForeign = true;  // no token is an English word
        bool anyForeign = false;
        bool anyDenied = false;
        bool allNames = true;  // every token is a listed name, one of them a given name
        bool anyGiven = false;
        for (std::size_t k = from; k < to; ++k) {
            const std::uint16_t f = flags[k];
            const bool isName = (f & (NameLexicon::FirstName | NameLexicon::Surname)) != 0;
            const bool english = (f & (NameLexicon::English | NameLexicon::CommonWord)) != 0;
            nameish = nameish || isName;
            known = known
                || (isName
                    && (f & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::Denied)) == 0);
            allForeign = allForeign && !english && (f & NameLexicon::Particle) == 0;
            anyForeign = anyForeign || !english;
            anyDenied = anyDenied || (f & NameLexicon::Denied) != 0;
            allNames = allNames && isName;
            anyGiven = anyGiven || (f & NameLexicon::FirstName) != 0;
        }
        // Single-letter or all-caps short tokens (acronyms) are not names on their own.
        const std::string_view firstWord = text.substr(startTok.begin, startTok.end - startTok.begin);
        const bool acronym = to - from == 1
            && (startTok.codePoints < 2
                || (firstWord.size() <= 12 && std::all_of(firstWord.begin(), firstWord.end(), [](char c) {
                        return c >= 'A' && c <= 'Z';
                    })));
        // "Victoria's Secret", "Wendy's": a brand with a possessive.
        bool possessiveBrand = false;
        if (to - from == 1 && endTok.end + 1 < text.size() && text.compare(endTok.end, 2, "'s") == 0) {
            // "Nando's", "McDonald's": the brand is listed with its possessive.
            possessiveBrand = (m_lexicon.flags(folded[from] + "'s") & NameLexicon::Denied) != 0;
        }
        if (!possessiveBrand && endTok.end + 2 < text.size() && text.compare(endTok.end, 3, "'s ") == 0) {
            std::size_t k = i + to;
            if (k < tokens.size() && tokens[k].begin == endTok.end + 3) {
                std::string brand;
                for (std::size_t t = from; t < to; ++t) {
                    brand += folded[t];
                    brand.push_back(' ');
                }
                brand.pop_back();
                brand += "'s " + foldedToken(text, tokens[k]);
                possessiveBrand = m_lexicon.isDeniedChain(brand);
            }
        }
        if (acronym || possessiveBrand || (!known && !allForeign && !nameish)) {
            i = chainEnd;  // no context could make this a name: skip the context work
            continue;
        }
        // Names take no article: "the Louvre", "a Tesla".
        bool article = false;
        if (from == 0) {
            bool atLineStart = false;
            wordsBefore(text, startTok.begin, w1, w2, atLineStart);
            article = w1 == "the" || w1 == "a" || w1 == "an";
        } else {
            article = folded[from - 1] == "the" || folded[from - 1] == "a" || folded[from - 1] == "an";
        }
        if (article) {
            i = chainEnd;
            continue;
        }
        bool lineStart = false;
        wordsBefore(text, startTok.begin, w1, w2, lineStart);
        // "Note from Folasade:", "From: …" headers name a person; "from Harare" does not.
        const bool fromLabel = w1 == "from" && endTok.end < text.size() && text[endTok.end] == ':';
        const bool strong
            = titled || fromLabel || isStrongTrigger(w1, w2) || afterSignOff(text, startTok.begin);
        const bool medium = isMediumTrigger(w1);
        const std::string after = wordAfter(text, endTok.end);
        // Vocative at the start of a message or sentence: "Ximena, can you…", "Tobiah: running late".
        const char next = endTok.end < text.size() ? text[endTok.end] : '\0';
        const bool vocative = (next == ',' || (next == ':' && nameish)) && startTok.codePoints >= 3
            && sentenceInitial(text, startTok.begin) && titlecase(firstWord);
        const bool follows = isFollowingVerb(after) || after == "'s" || vocative;
        const bool initialPos = sentenceInitial(text, startTok.begin);
        bool accept = false;
        float confidence = kKnownConfidence;
        if (acronym) {
            accept = false;
        } else if (known) {
            accept = true;
        } else if (strong && (allForeign || nameish)) {
            accept = true;
            confidence = kContextConfidence;
        } else if (to - from >= 2 && nameish && (anyForeign || (allNames && anyGiven)) && !anyDenied) {
            accept = true;
        } else if (allForeign && !anyDenied && (follows || (medium && (to - from >= 2 || !initialPos)))) {
            // A single unknown word needs to look like a name: Titlecase, not
            // CamelCase (GitHub, iPhone) and not too short.
            accept = nameish || to - from >= 2 || follows
                || (titlecase(firstWord) && startTok.codePoints >= 3 && w1 != "to" && w1 != "of" && w1 != "at"
                    && w1 != "via" && w1 != "by" && w1 != "or" && w1 != "ship" && w1 != "visit");
            confidence = kContextConfidence;
        }
        // "Apollo 11", "Galaxy 9", "Windows 11": one word before a number is a
        // product or mission, unless a naming trigger says otherwise.
        if (accept && !strong && to - from == 1 && endTok.end + 1 < text.size() && text[endTok.end] == ' '
            && text[endTok.end + 1] >= '0' && text[endTok.end + 1] <= '9') {
            accept = false;
        }
        if (accept) {
            spans.push_back({ startTok.begin, endTok.end, Category::Person, confidence,
                              confidence == kKnownConfidence ? "person-lexicon" : "person-context" });
        }
        i = chainEnd;
    }
}

void NameFinder::findDevanagari(std::string_view text, const std::vector<Token>& tokens,
                                std::vector<DetectedSpan>& spans) const
{
    static constexpr std::array<std::string_view, 40> kStop
        = { "है", "हैं",   "था",  "थी",  "थे",   "का",     "की", "के",     "को",   "से",   "में",   "पर", "और", "या",
            "ने", "मेरा", "मेरी", "मेरे",  "नाम", "यह",     "वह", "जी",    "भी",   "तो",  "ही",  "हम", "आप", "तुम",
            "मैं", "क्या", "कब",  "कहाँ", "श्री", "श्रीमती", "डॉ", "कुमारी", "साहब", "जन्म", "फोन", "पता" };
    const auto isStop
        = [](std::string_view w) { return std::find(kStop.begin(), kStop.end(), w) != kStop.end(); };
    std::size_t i = 0;
    while (i < tokens.size()) {
        if (tokens[i].script != Script::Devanagari) {
            ++i;
            continue;
        }
        const std::string_view word = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        const std::uint16_t f = m_lexicon.flags(word);
        if (isStop(word) || (f & (NameLexicon::FirstName | NameLexicon::Surname)) == 0) {
            ++i;
            continue;
        }
        // An unlisted given name before a listed one after a naming word or
        // title: "मेरा नाम अनिता शर्मा", "श्री मनोहर जोशी".
        std::size_t begin = tokens[i].begin;
        if (i >= 2 && tokens[i - 1].script == Script::Devanagari && tokens[i - 2].script == Script::Devanagari
            && tokens[i - 1].codePoints >= 2
            && text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end) == " ") {
            const std::string_view prev
                = text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin);
            const std::string_view marker
                = text.substr(tokens[i - 2].begin, tokens[i - 2].end - tokens[i - 2].begin);
            if (!isStop(prev)
                && (marker == "नाम" || marker == "मैं" || marker == "श्री" || marker == "श्रीमती"
                    || marker == "डॉ" || marker == "कुमारी")) {
                begin = tokens[i - 1].begin;
            }
        }
        std::size_t j = i;
        while (j + 1 < tokens.size() && tokens[j + 1].script == Script::Devanagari
               && text.substr(tokens[j].end, tokens[j + 1].begin - tokens[j].end) == " ") {
            const std::string_view next
                = text.substr(tokens[j + 1].begin, tokens[j + 1].end - tokens[j + 1].begin);
            const std::uint16_t g = m_lexicon.flags(next);
            const bool listed = (g & (NameLexicon::FirstName | NameLexicon::Surname)) != 0;
            // An unlisted word is taken as a surname only right after a listed given name.
            if (isStop(next) || (!listed && (j != i || tokens[j + 1].codePoints < 2))) {
                break;
            }
            ++j;
        }
        spans.push_back({ begin, tokens[j].end, Category::Person, kKnownConfidence, "person-devanagari" });
        i = j + 1;
    }
}

void NameFinder::findHan(std::string_view text, const Token& token, std::vector<DetectedSpan>& spans) const
{
    // Code point boundaries of the run.
    std::vector<std::size_t> cuts;
    for (std::size_t p = token.begin; p < token.end;) {
        cuts.push_back(p);
        std::size_t length = 1;
        Unicode::decode(text, p, length);
        p += length;
    }
    cuts.push_back(token.end);
    std::size_t n = cuts.size() - 1;
    // Strip a trailing Han honorific (先生, 老师, 女士, 小姐, 同学, 様, 氏, 君).
    static constexpr std::array<std::string_view, 9> kHonorifics
        = { "先生", "老师", "老師", "女士", "小姐", "同学", "様", "氏", "君" };
    bool honorific = false;
    for (const std::string_view h : kHonorifics) {
        const std::string_view run = text.substr(token.begin, token.end - token.begin);
        if (run.size() > h.size() && run.substr(run.size() - h.size()) == h) {
            while (n > 0 && cuts[n] > token.end - h.size()) {
                --n;
            }
            honorific = true;
            break;
        }
    }
    // An honorific inside the run ("给刘洋老师写…"): the name ends before it.
    if (!honorific && n > 4) {
        const std::string_view run = text.substr(token.begin, token.end - token.begin);
        for (const std::string_view h : { "先生", "老师", "老師", "女士", "小姐" }) {
            const std::size_t at = run.find(h);
            if (at != std::string_view::npos && at >= 6) {
                while (n > 0 && cuts[n] > token.begin + at) {
                    --n;
                }
                honorific = true;
                break;
            }
        }
    }
    // A Kana honorific right after the run (さん, さま, くん, ちゃん).
    const std::string_view rest = text.substr(token.end);
    for (const std::string_view h : { "さん", "さま", "くん", "ちゃん" }) {
        if (rest.substr(0, h.size()) == h) {
            honorific = true;
        }
    }
    const auto isKanaAt = [&](std::size_t at) {
        std::size_t length = 1;
        return at < text.size() && Unicode::scriptOf(Unicode::decode(text, at, length)) == Script::Kana;
    };
    // Start of the code point before the run.
    std::size_t previous = token.begin;
    if (previous > 0) {
        --previous;
        while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0U) == 0x80U) {
            --previous;
        }
    }
    const bool kanaNeighbour = isKanaAt(token.end) || (token.begin > 0 && isKanaAt(previous));
    // 叫/是 ("我叫王秀英", "我是…") right before a 2-4 character run marks a name.
    std::size_t marker = n;
    if (!honorific) {
        for (std::size_t k = n >= 3 ? n - 2 : 0; k-- > 0 && n - k <= 5;) {
            const std::string_view c = text.substr(cuts[k], cuts[k + 1] - cuts[k]);
            if (c == "叫" || c == "是") {
                marker = k;
                break;
            }
        }
    }
    std::size_t start = marker < n ? marker + 1 : 0;
    if (n - start > 4) {
        // Inside running CJK text only an honorific or such a marker names someone.
        if (!honorific) {
            return;
        }
        start = n - 3;
    }
    const auto piece = [&](std::size_t a, std::size_t b) { return text.substr(cuts[a], cuts[b] - cuts[a]); };
    for (std::size_t s = start; s + 1 < n + 1 && s <= start + 1; ++s) {
        const std::size_t len = n - s;
        if (len < 2 || len > 4) {
            continue;
        }
        if (m_lexicon.isCjkDenied(piece(s, n))) {
            return;
        }
        // A two-character surname alone with an honorific: "山本さん", "田中先生".
        if (len == 2 && honorific && m_lexicon.isHanSurname(piece(s, n))) {
            spans.push_back({ cuts[s], cuts[n], Category::Person, kContextConfidence, "person-han" });
            return;
        }
        std::size_t surnameLength = 0;
        if (len >= 3 && m_lexicon.isHanSurname(piece(s, s + 2))) {
            surnameLength = 2;
        } else if (m_lexicon.isHanSurname(piece(s, s + 1))) {
            surnameLength = 1;
        }
        if (surnameLength == 0 || len - surnameLength > 3 || len == surnameLength) {
            continue;
        }
        const bool given = m_lexicon.isHanGiven(piece(s + surnameLength, n));
        // In Japanese text kanji words sit between kana ("週末に…"): there a
        // short run is a name only with an honorific or a listed given name.
        if (kanaNeighbour && !honorific && !(given && len >= 3)) {
            return;
        }
        if (given || honorific || len <= 4) {
            spans.push_back({ cuts[s], cuts[n], Category::Person,
                              given ? kKnownConfidence : kContextConfidence, "person-han" });
            return;
        }
    }
}

void NameFinder::findHangul(std::string_view text, const Token& token, bool koreanText,
                            std::vector<DetectedSpan>& spans) const
{
    std::string_view word = text.substr(token.begin, token.end - token.begin);
    // Honorifics and particles after a name are outside the span.
    // Longest first where one ends another ("씨한테" before "한테"); a copula
    // ("입니다", "이에요") or particle may follow an honorific, so strip twice.
    static constexpr std::array<std::string_view, 30> kSuffixes
        = { "입니다", "이에요", "씨에게", "님에게", "씨한테", "님한테", "이라고", "에게", "한테", "께서",
            "예요",   "이야",   "씨는",   "씨가",   "씨",     "님",     "이가",   "은",   "는",   "이",
            "가",     "을",     "를",     "의",     "도",     "랑",     "와",     "과",   "께",   "야" };
    bool marked = false;
    for (int round = 0; round < 2; ++round) {
        std::size_t stripped = 0;
        for (const std::string_view s : kSuffixes) {
            if (word.size() >= s.size() + 6 && word.substr(word.size() - s.size()) == s) {
                word.remove_suffix(s.size());
                marked = marked || (s.substr(0, 3) == "씨" || s.substr(0, 3) == "님");
                stripped = s.size();
                break;
            }
        }
        // Only an honorific stands between a name and a longer suffix
        // ("김민지씨입니다"); "이지은입니다" keeps its final "은".
        if (stripped < 6 || (word.substr(word.size() - 3) != "씨" && word.substr(word.size() - 3) != "님")) {
            break;
        }
    }
    const std::size_t syllables = word.size() / 3;  // Hangul syllables are 3 bytes each
    if (syllables < 2 || syllables > 4 || m_lexicon.isCjkDenied(word)) {
        return;
    }
    // Verb and copula endings ("이에요", "합니다", "할까") never end a name.
    const std::string_view last = word.substr(word.size() - 3);
    if (last == "요" || last == "다" || last == "까" || last == "죠") {
        return;
    }
    std::size_t surnameLength = 0;
    if (syllables >= 3 && m_lexicon.isHangulSurname(word.substr(0, 6))) {
        surnameLength = 6;
    } else if (m_lexicon.isHangulSurname(word.substr(0, 3))) {
        surnameLength = 3;
    }
    if (surnameLength == 0) {
        return;
    }
    const bool given = m_lexicon.isHangulGiven(word.substr(surnameLength));
    if (given || marked || (syllables == 3 && !koreanText)) {
        spans.push_back({ token.begin, token.begin + word.size(), Category::Person,
                          given ? kKnownConfidence : kContextConfidence, "person-hangul" });
    }
}

}  // namespace veil::redact
