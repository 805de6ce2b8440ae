// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/WordPrefilter.h"

#include <array>
#include <cstdint>

namespace veil::redact {

namespace {

enum class Kind : std::uint8_t { None, Trigger, Number };

struct Keyword {
    std::uint64_t packed;
    Kind kind;
};

/// Up to eight lower-case ASCII letters packed into one integer.
constexpr std::uint64_t pack(std::string_view word) noexcept
{
    std::uint64_t packed = 0;
    for (const char c : word.substr(0, 8)) {
        packed = (packed << 8U) | static_cast<unsigned char>(c);
    }
    return packed;
}

enum ByteClass : std::uint8_t { kOther, kLetter, kSymbol, kFoldLead };

constexpr std::array<std::uint8_t, 256> kClasses = [] {
    std::array<std::uint8_t, 256> classes {};
    for (int c = 'a'; c <= 'z'; ++c) {
        classes[static_cast<std::size_t>(c)] = kLetter;
        classes[static_cast<std::size_t>(c - 'a' + 'A')] = kLetter;
    }
    for (const char c : std::string_view("0123456789@:/")) {
        classes[static_cast<unsigned char>(c)] = kSymbol;
    }
    // Lead bytes of U+017F and U+212A, which RE2's case folding maps to 's' and 'k'.
    classes[0xC5U] = kFoldLead;
    classes[0xE2U] = kFoldLead;
    return classes;
}();

// The words of BuiltinRules' email-obfuscated ("at"), phone-spoken (number
// words) and social-handle-in-context (platform words; the first word of
// "tik tok", "line id", "user name") rules. Keep them in step with those rules.
constexpr std::string_view kTriggers[]
    = { "at",       "ig",       "psn",      "kik",      "tik",      "snap",     "xbox",
        "line",     "user",     "insta",    "steam",    "skype",    "tiktok",   "twitch",
        "wechat",   "handle",   "reddit",   "discord",  "twitter",  "threads",  "bluesky",
        "snapchat", "telegram", "gamertag", "username", "mastodon", "instagram" };
constexpr std::string_view kNumbers[] = { "oh",   "one",  "two",   "six",   "plus",  "zero",   "four",
                                          "five", "nine", "three", "seven", "eight", "double", "triple" };
constexpr std::size_t kLongest = 9;
constexpr std::size_t kPerLength = 12;

struct Keywords {
    std::array<std::array<Keyword, kPerLength>, kLongest + 1> byLength {};
    std::array<std::size_t, kLongest + 1> count {};
    /// Per length, the first letters of its keywords: most words stop here.
    std::array<std::uint32_t, kLongest + 1> firstLetters {};
};

constexpr Keywords kKeywords = [] {
    Keywords k;
    const auto add = [&k](std::string_view word, Kind kind) {
        k.byLength[word.size()][k.count[word.size()]++] = { pack(word), kind };
        k.firstLetters[word.size()] |= 1U << static_cast<unsigned>(word[0] - 'a');
    };
    for (const std::string_view w : kTriggers) {
        add(w, Kind::Trigger);
    }
    for (const std::string_view w : kNumbers) {
        add(w, Kind::Number);
    }
    return k;
}();

/// `word`: two to nine ASCII letters.
Kind classify(std::string_view word) noexcept
{
    const auto first = static_cast<unsigned>((static_cast<unsigned char>(word[0]) | 0x20U) - 'a');
    if ((kKeywords.firstLetters[word.size()] & (1U << first)) == 0) {
        return Kind::None;
    }
    std::uint64_t packed = 0;
    for (std::size_t i = 0; i < word.size() && i < 8; ++i) {
        packed = (packed << 8U) | (static_cast<unsigned char>(word[i]) | 0x20U);
    }
    if (word.size() == kLongest && (static_cast<unsigned char>(word[8]) | 0x20U) != 'm') {
        return Kind::None;  // the only nine-letter word is "instagram"
    }
    const auto& keywords = kKeywords.byLength[word.size()];
    for (std::size_t k = 0; k < kKeywords.count[word.size()]; ++k) {
        if (keywords[k].packed == packed) {
            return keywords[k].kind;
        }
    }
    return Kind::None;
}

}  // namespace

bool WordPrefilter::isSymbol(unsigned char byte) noexcept
{
    return kClasses[byte] == kSymbol;
}

void WordPrefilter::noteRun(std::string_view letters, Scan& scan) noexcept
{
    if (scan.wordsMayMatch || letters.size() < 2 || letters.size() > kLongest) {
        return;
    }
    const Kind word = classify(letters);
    scan.wordsMayMatch = word == Kind::Trigger || (word == Kind::Number && ++scan.numberWords >= 6);
}

void WordPrefilter::noteWord(std::string_view word, Scan& scan) noexcept
{
    std::size_t i = 0;
    while (i < word.size() && !scan.wordsMayMatch) {
        if (kClasses[static_cast<unsigned char>(word[i])] != kLetter) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < word.size() && kClasses[static_cast<unsigned char>(word[j])] == kLetter) {
            ++j;
        }
        noteRun(word.substr(i, j - i), scan);
        i = j;
    }
}

WordPrefilter::Scan WordPrefilter::scan(std::string_view text) noexcept
{
    Scan result;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const std::uint8_t kind = kClasses[static_cast<unsigned char>(text[i])];
        if (kind == kLetter) {
            std::size_t j = i + 1;
            while (j < n && kClasses[static_cast<unsigned char>(text[j])] == kLetter) {
                ++j;
            }
            noteRun(text.substr(i, j - i), result);
            i = j;
            continue;
        }
        if (kind == kSymbol) {
            result.symbol = true;
            return result;
        }
        if (kind == kFoldLead
            && ((i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0xBFU && text[i] == '\xC5')
                || (i + 2 < n && text[i] == '\xE2' && static_cast<unsigned char>(text[i + 1]) == 0x84U
                    && static_cast<unsigned char>(text[i + 2]) == 0xAAU))) {
            result.wordsMayMatch = true;  // ſ or K: let the rules decide
        }
        ++i;
    }
    return result;
}

}  // namespace veil::redact
