// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/text/Unicode.h"

namespace veil::redact {

char32_t Unicode::decode(std::string_view text, std::size_t offset, std::size_t& length) noexcept
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(offset);
    length = 1;
    if (lead < 0x80U) {
        return lead;
    }
    std::size_t need = 0;
    char32_t cp = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        need = 2;
        cp = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        need = 3;
        cp = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        need = 4;
        cp = lead & 0x07U;
    } else {
        return 0xFFFD;
    }
    if (text.size() - offset < need) {
        return 0xFFFD;
    }
    for (std::size_t k = 1; k < need; ++k) {
        const unsigned char c = byte(offset + k);
        if ((c & 0xC0U) != 0x80U) {
            return 0xFFFD;
        }
        cp = (cp << 6U) | (c & 0x3FU);
    }
    length = need;
    return cp;
}

void Unicode::encode(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0U | (cp >> 6U)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0U | (cp >> 12U)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    } else {
        out.push_back(static_cast<char>(0xF0U | (cp >> 18U)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU)));
        out.push_back(static_cast<char>(0x80U | (cp & 0x3FU)));
    }
}

Script Unicode::scriptOf(char32_t c) noexcept
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return Script::Latin;
    }
    if (c < 0xC0) {
        return Script::None;
    }
    if (c == 0xD7 || c == 0xF7) {
        return Script::None;
    }
    if (c <= 0x24F || (c >= 0x1E00 && c <= 0x1EFF)) {
        return Script::Latin;
    }
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF)) {
        return Script::Mark;
    }
    if (c >= 0x900 && c <= 0x97F) {
        return Script::Devanagari;
    }
    // U+3005 々 repeats the Han character before it: 佐々木 is one name.
    if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || c == 0x3005) {
        return Script::Han;
    }
    if (c >= 0x3040 && c <= 0x30FF) {
        return c == 0x30FB || c == 0x30A0 ? Script::None : Script::Kana;
    }
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) {
        return Script::Hangul;
    }
    if ((c >= 0x370 && c <= 0x3FF && c != 0x37E && c != 0x387) || (c >= 0x400 && c <= 0x52F)
        || (c >= 0x531 && c <= 0x587) || (c >= 0x5D0 && c <= 0x5EA) || (c >= 0x620 && c <= 0x64A)
        || (c >= 0x671 && c <= 0x6D3) || (c >= 0x980 && c <= 0xDFF) || (c >= 0xE01 && c <= 0xE4E)
        || (c >= 0x10A0 && c <= 0x10FF)) {
        return Script::OtherLetter;
    }
    if ((c >= 0x64B && c <= 0x65F) || c == 0x670) {
        return Script::Mark;
    }
    return Script::None;
}

bool Unicode::isUpper(char32_t c) noexcept
{
    if (c < 0x80) {
        return c >= 'A' && c <= 'Z';
    }
    if (c >= 0xC0 && c <= 0xDE) {
        return c != 0xD7;
    }
    if ((c >= 0x100 && c <= 0x17F) || (c >= 0x1E00 && c <= 0x1EFF)) {
        // Latin Extended-A (mostly) and Extended Additional pair upper/lower as even/odd;
        // U+0139-U+0148 and U+0179-U+017E pair odd/even.
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) {
            return (c & 1U) == 1U;
        }
        return (c & 1U) == 0U;
    }
    if (c >= 0x391 && c <= 0x3A9) {
        return true;
    }
    return c >= 0x400 && c <= 0x42F;
}

char32_t Unicode::toLower(char32_t c) noexcept
{
    if (c >= 'A' && c <= 'Z') {
        return c + 32;
    }
    if (c < 0x80 || !isUpper(c)) {
        return c;
    }
    if (c >= 0xC0 && c <= 0xDE) {
        return c + 32;
    }
    if ((c >= 0x100 && c <= 0x17F) || (c >= 0x1E00 && c <= 0x1EFF)) {
        return c + 1;
    }
    if (c >= 0x391 && c <= 0x3A9) {
        return c + 32;
    }
    if (c >= 0x400 && c <= 0x40F) {
        return c + 80;
    }
    if (c >= 0x410 && c <= 0x42F) {
        return c + 32;
    }
    return c;
}

std::string Unicode::fold(std::string_view word)
{
    // ASCII words (most of chat) are lower-cased in place.
    std::string out(word);
    bool ascii = true;
    for (char& c : out) {
        if (static_cast<unsigned char>(c) >= 0x80U) {
            ascii = false;
            break;
        }
        c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    if (ascii) {
        return out;
    }
    out.clear();
    std::size_t i = 0;
    while (i < word.size()) {
        const auto byte = static_cast<unsigned char>(word[i]);
        if (byte < 0x80U) {
            out.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : word[i]);
            ++i;
            continue;
        }
        std::size_t length = 1;
        const char32_t cp = decode(word, i, length);
        if (cp == 0xFFFD && length == 1) {
            out.push_back(word[i]);
        } else {
            encode(toLower(cp), out);
        }
        i += length;
    }
    return out;
}

std::string Unicode::stripDiacritics(std::string_view word)
{
    // Latin-1 Supplement and Latin Extended-A, U+00C0..U+017F, to ASCII.
    static constexpr std::string_view kBase[] = {
        "A", "A", "A",  "A",  "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I",  "I",  // C0
        "D", "N", "O",  "O",  "O", "O", "O",  "",  "O", "U", "U", "U", "U", "Y", "TH", "ss",  // D0
        "a", "a", "a",  "a",  "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // E0
        "d", "n", "o",  "o",  "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",  // F0
        "A", "a", "A",  "a",  "A", "a", "C",  "c", "C", "c", "C", "c", "C", "c", "D",  "d",  // 100
        "D", "d", "E",  "e",  "E", "e", "E",  "e", "E", "e", "E", "e", "G", "g", "G",  "g",  // 110
        "G", "g", "G",  "g",  "H", "h", "H",  "h", "I", "i", "I", "i", "I", "i", "I",  "i",  // 120
        "I", "i", "IJ", "ij", "J", "j", "K",  "k", "k", "L", "l", "L", "l", "L", "l",  "L",  // 130
        "l", "L", "l",  "N",  "n", "N", "n",  "N", "n", "n", "N", "n", "O", "o", "O",  "o",  // 140
        "O", "o", "OE", "oe", "R", "r", "R",  "r", "R", "r", "S", "s", "S", "s", "S",  "s",  // 150
        "S", "s", "T",  "t",  "T", "t", "T",  "t", "U", "u", "U", "u", "U", "u", "U",  "u",  // 160
        "U", "u", "U",  "u",  "W", "w", "Y",  "y", "Y", "Z", "z", "Z", "z", "Z", "z",  "s",  // 170
    };
    std::string out;
    out.reserve(word.size());
    std::size_t i = 0;
    while (i < word.size()) {
        std::size_t length = 1;
        const char32_t cp = decode(word, i, length);
        if (cp >= 0xC0 && cp <= 0x17F && !kBase[cp - 0xC0].empty()) {
            out += kBase[cp - 0xC0];
        } else if (cp >= 0x300 && cp <= 0x36F) {
            // combining accent: drop
        } else {
            out.append(word.substr(i, length));
        }
        i += length;
    }
    return out;
}

}  // namespace veil::redact
