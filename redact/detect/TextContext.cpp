// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/TextContext.h"

#include "redact/text/Unicode.h"

#include <array>
#include <cstdint>
#include <string>
#include <utility>

namespace veil::redact {

namespace {

char lower(char c) noexcept
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool wordChar(char c) noexcept
{
    return TextContext::isAlnum(c) || (static_cast<unsigned char>(c) >= 0x80U);
}

bool matchesAt(std::string_view hay, std::size_t i, std::string_view word)
{
    if (i + word.size() > hay.size()) {
        return false;
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (lower(hay[i + k]) != word[k]) {
            return false;
        }
    }
    return true;
}

}  // namespace

bool TextContext::wordIn(std::string_view text, std::size_t from, std::size_t to,
                         std::initializer_list<std::string_view> words)
{
    if (to > text.size()) {
        to = text.size();
    }
    // Validators call this for every candidate with lists of up to a hundred
    // words: a filter on each word's first two bytes (first byte folded to 32
    // buckets, second to 64 bits; a one-byte word fills its bucket) lets most
    // word starts be rejected with one load instead of a pass over the list.
    // It only ever lets too much through, so the exact loop below decides.
    std::array<std::uint64_t, 32> pairs {};
    for (const std::string_view word : words) {
        if (!word.empty()) {
            pairs[static_cast<unsigned char>(word[0]) & 31U] |= word.size() > 1
                ? std::uint64_t { 1 } << (static_cast<unsigned char>(word[1]) & 63U)
                : ~std::uint64_t { 0 };
        }
    }
    for (std::size_t i = from; i < to; ++i) {
        const char c = lower(text[i]);
        const std::uint64_t bucket = pairs[static_cast<unsigned char>(c) & 31U];
        if (bucket == 0) {
            continue;
        }
        const char next = i + 1 < to ? lower(text[i + 1]) : '\0';
        if ((bucket & (std::uint64_t { 1 } << (static_cast<unsigned char>(next) & 63U))) == 0) {
            continue;
        }
        if (i > 0 && wordChar(text[i - 1]) && TextContext::isAlnum(text[i])) {
            continue;  // not at the start of an ASCII word
        }
        for (const std::string_view word : words) {
            if (word.empty() || word[0] != c || i + word.size() > to) {
                continue;
            }
            // Boundaries only matter for ASCII words: "生日" is a word inside "生日是…".
            const bool asciiEnd = static_cast<unsigned char>(word.back()) < 0x80U;
            if (matchesAt(text, i, word)
                && (i + word.size() >= text.size() || !asciiEnd || !wordChar(text[i + word.size()])
                    || !wordChar(word.back()))) {
                return true;
            }
        }
    }
    return false;
}

bool TextContext::inWords(std::string_view list, std::string_view word)
{
    for (std::size_t at = word.empty() ? std::string_view::npos : list.find(word);
         at != std::string_view::npos; at = list.find(word, at + 1)) {
        if (at > 0 && list[at - 1] == ' ' && at + word.size() < list.size()
            && list[at + word.size()] == ' ') {
            return true;
        }
    }
    return false;
}

bool TextContext::wordBefore(std::string_view text, std::size_t pos, std::size_t window,
                             std::initializer_list<std::string_view> words)
{
    std::size_t from = pos > window ? pos - window : 0;
    const std::size_t newline = text.substr(from, pos - from).rfind('\n');
    if (newline != std::string_view::npos) {
        from += newline + 1;
    }
    return wordIn(text, from, pos, words);
}

bool TextContext::wordAfter(std::string_view text, std::size_t pos, std::size_t window,
                            std::initializer_list<std::string_view> words)
{
    if (pos >= text.size()) {
        return false;
    }
    std::size_t to = pos + window < text.size() ? pos + window : text.size();
    const std::size_t newline = text.substr(pos, to - pos).find('\n');
    if (newline != std::string_view::npos) {
        to = pos + newline;
    }
    return wordIn(text, pos, to, words);
}

namespace {

/// The dot at `dot` ends an abbreviation ("Jr.", "Dr.", "St."), not a sentence.
bool abbreviationDot(std::string_view text, std::size_t dot)
{
    std::size_t k = dot;
    while (k > 0 && dot - k < 4
           && ((text[k - 1] >= 'a' && text[k - 1] <= 'z') || (text[k - 1] >= 'A' && text[k - 1] <= 'Z'))) {
        --k;
    }
    const std::string_view word = text.substr(k, dot - k);
    if (k > 0 && text[k - 1] != ' ' && text[k - 1] != '(') {
        return false;
    }
    for (const std::string_view a : { "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Mt", "vs" }) {
        if (word == a) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::size_t TextContext::sentenceStart(std::string_view text, std::size_t pos)
{
    // Bounded so that many candidates in one endless sentence stay linear.
    const std::size_t limit = pos > kSentenceWindow ? pos - kSentenceWindow : 0;
    std::size_t i = pos;
    while (i > limit) {
        const char c = text[i - 1];
        if (c == '\n'
            || ((c == '.' || c == '!' || c == '?') && (i >= text.size() || text[i] == ' ')
                && !(c == '.' && abbreviationDot(text, i - 1)))) {
            break;
        }
        --i;
    }
    return i;
}

std::size_t TextContext::sentenceEnd(std::string_view text, std::size_t pos)
{
    const std::size_t limit = pos + kSentenceWindow < text.size() ? pos + kSentenceWindow : text.size();
    std::size_t i = pos;
    while (i < limit) {
        const char c = text[i];
        if (c == '\n'
            || ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.size() || text[i + 1] == ' ')
                && !(c == '.' && abbreviationDot(text, i)))) {
            break;
        }
        ++i;
    }
    return i;
}

bool TextContext::famousAddress(std::string_view head)
{
    std::string folded = Unicode::fold(head);
    // Numbered streets are written both ways: "350 5th Ave" is "350 Fifth Avenue".
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kOrdinals
        = { { { " 1st ", " first " },
              { " 2nd ", " second " },
              { " 3rd ", " third " },
              { " 4th ", " fourth " },
              { " 5th ", " fifth " },
              { " 6th ", " sixth " },
              { " 7th ", " seventh " },
              { " 8th ", " eighth " },
              { " 9th ", " ninth " },
              { " 10th ", " tenth " } } };
    for (const auto& [digits, word] : kOrdinals) {
        const std::size_t at = folded.find(digits);
        if (at != std::string::npos) {
            folded.replace(at, digits.size(), word);
        }
    }
    for (const std::string_view f : { "1600 pennsylvania",
                                      "221b baker",
                                      "742 evergreen",
                                      "10 downing",
                                      "4 privet",
                                      "12 grimmauld",
                                      "1313 mockingbird",
                                      "124 conch",
                                      "31 spooner",
                                      "177a bleecker",
                                      "2311 north los robles",
                                      "308 negra arroyo",
                                      "350 fifth av",
                                      "1 infinite loop",
                                      "1600 amphitheatre",
                                      "1 apple park",
                                      "1 microsoft way",
                                      "11 wall street",
                                      "30 rockefeller",
                                      "405 lexington",
                                      "20 w 34th",
                                      "129 west 81st",
                                      "90 bedford",
                                      "1640 riverside",
                                      "9764 jeopardy",
                                      "62 west wallaby",
                                      "32 windsor gardens",
                                      "0001 cemetery",
                                      "1007 mountain drive",
                                      "344 clinton",
                                      "698 candlewood",
                                      "24 sussex drive",
                                      "1 hacker way",
                                      "410 terry ave",
                                      "1 rocket road" }) {
        if (folded.find(f) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace veil::redact
