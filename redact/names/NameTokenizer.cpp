// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The name finder's tokeniser (NameFinderToken.h): one pass over the text that
// splits it into letter runs of one script and, on the way, notes what the
// Detector's WordPrefilter needs to know.
#include "redact/names/NameFinderToken.h"

#include "redact/detect/WordPrefilter.h"
#include "redact/text/Unicode.h"

#include <array>
#include <string_view>

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

}  // namespace veil::redact::naming
