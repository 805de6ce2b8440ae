// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

// Byte-level scans of UTF-8 text for ConversationMasker::maskInto (the batch
// builder's UTF-8 path): ASCII tests, code point counts, ASCII case folding
// and the search for a masked value's repeats, each giving exactly what the
// QString path (ConversationMasker::mask) gives.

#include <QChar>
#include <QString>
#include <QtGlobal>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace veil::model::utf8scan {

inline bool isAscii(std::string_view text)
{
    std::uint64_t any = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + i, 8);
        any |= word;
    }
    for (; i < text.size(); ++i) {
        any |= static_cast<unsigned char>(text[i]);
    }
    return (any & 0x8080808080808080ULL) == 0;
}

/// Code points of valid UTF-8: the bytes that do not continue a sequence
/// (0x80..0xBF, the signed bytes below -64), sixteen at a time.
inline qsizetype codePoints(std::string_view utf8)
{
    qsizetype count = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i lastContinuation = _mm_set1_epi8(-65);
    for (; i + 16 <= utf8.size(); i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(utf8.data() + i));
        count += __builtin_popcount(
            static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(bytes, lastContinuation))));
    }
#endif
    for (; i < utf8.size(); ++i) {
        count += (static_cast<unsigned char>(utf8[i]) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return count;
}

/// Byte offset of code point `index` in valid UTF-8 (the size for the end).
inline std::size_t byteOfCodePoint(std::string_view utf8, qint64 index)
{
    qint64 seen = -1;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0U) != 0x80U && ++seen == index) {
            return i;
        }
    }
    return utf8.size();
}

inline char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Bytes readable after a haystack given to forEachOccurrence().
inline constexpr std::size_t kSearchPadding = 16;

/// ASCII-lower-cases `text` into `out` (followed by kSearchPadding zero bytes), branch-free so the compiler
/// vectorises it.
inline void lowerAsciiInto(std::string_view text, std::string& out)
{
    out.resize(text.size() + kSearchPadding);
    std::memset(out.data() + text.size(), 0, kSearchPadding);
    const auto* __restrict from = reinterpret_cast<const unsigned char*>(text.data());
    auto* __restrict to = reinterpret_cast<unsigned char*>(out.data());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = from[i];
        to[i] = static_cast<unsigned char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5));
    }
}

inline bool isAsciiLetterOrNumber(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// QChar::isSpace for ASCII.
inline bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/// Whether `utf8` holds U+0130 (C4 B0), U+017F (C5 BF) or U+212A (E2 84 AA).
inline bool hasCharacterFoldingToAscii(std::string_view utf8)
{
    static constexpr std::string_view kFoldingToAscii[] = { "\xC4\xB0", "\xC5\xBF", "\xE2\x84\xAA" };
    for (const std::string_view character : kFoldingToAscii) {
        for (std::size_t at = utf8.find(character[0]); at != std::string_view::npos;
             at = utf8.find(character[0], at + 1)) {
            if (utf8.substr(at, character.size()) == character) {
                return true;
            }
        }
    }
    return false;
}

/// Where in an ASCII-lower-cased value its least common byte in chat text
/// is (the first, among equals), or npos when all its bytes are letters,
/// spaces or common punctuation: memchr stops at such a byte too often, and
/// the sixteen-at-a-time scan is faster.
inline std::size_t rareAnchor(std::string_view lower)
{
    // 0: rarest (symbols, non-ASCII), 1: rare letters, 2: digits,
    // 3: middling letters and punctuation, 4: most common.
    static constexpr auto kRank = [] {
        std::array<unsigned char, 256> rank {};
        for (const char c : std::string_view("vkjxqz")) {
            rank[static_cast<unsigned char>(c)] = 1;
        }
        for (char c = '0'; c <= '9'; ++c) {
            rank[static_cast<unsigned char>(c)] = 2;
        }
        for (const char c : std::string_view("dlcumwfgypb.,-")) {
            rank[static_cast<unsigned char>(c)] = 3;
        }
        for (const char c : std::string_view(" etaoinshr")) {
            rank[static_cast<unsigned char>(c)] = 4;
        }
        return rank;
    }();
    std::size_t anchor = std::string_view::npos;
    unsigned best = 3;
    for (std::size_t i = 0; i < lower.size() && best > 0; ++i) {
        if (const unsigned rank = kRank[static_cast<unsigned char>(lower[i])]; rank < best) {
            best = rank;
            anchor = i;
        }
    }
    return anchor;
}

/// Every position where `needle` (at least two bytes) occurs in `haystack`,
/// overlapping ones included, in order: what a loop of find(needle, at + 1)
/// gives, sixteen candidate positions at a time by the needle's first and
/// last byte (SSE2 is part of every x86-64). kSearchPadding bytes after the
/// haystack must be readable, so the last block needs no scalar tail.
///
/// With an `anchor` (rareAnchor()), the candidates are instead the places of
/// the needle's least common byte, found with memchr: a value with a digit,
/// an `@` or an uncommon letter is looked for in a message at memchr's speed
/// and rarely compared, where the sixteen-at-a-time scan costs the same
/// whatever the value.
template<typename Found>
void forEachOccurrence(std::string_view haystack, std::string_view needle, std::size_t anchor, Found&& found)
{
    const std::size_t size = needle.size();
    if (size > haystack.size()) {
        return;
    }
    const std::size_t last = haystack.size() - size;  // last possible start
    if (anchor < size) {
        const char* const base = haystack.data();
        const char* from = base + anchor;
        const char* const end = base + last + anchor + 1;  // anchors of starts 0..last
        while (from < end) {
            const auto* hit = static_cast<const char*>(
                std::memchr(from, needle[anchor], static_cast<std::size_t>(end - from)));
            if (hit == nullptr) {
                break;
            }
            const auto start = static_cast<std::size_t>(hit - base) - anchor;
            if (base[start] == needle.front() && base[start + size - 1] == needle.back()
                && std::memcmp(base + start, needle.data(), size) == 0) {
                found(start);
            }
            from = hit + 1;
        }
        return;
    }
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i final = _mm_set1_epi8(needle.back());
    const auto candidatesAt = [&](std::size_t at) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack.data() + at));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(haystack.data() + at + size - 1));
        return static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, final))));
    };
    const auto report = [&](std::size_t at, unsigned candidates) {
        while (candidates != 0) {
            const std::size_t start = at + static_cast<std::size_t>(__builtin_ctz(candidates));
            if (std::memcmp(haystack.data() + start + 1, needle.data() + 1, size - 2) == 0) {
                found(start);
            }
            candidates &= candidates - 1;
        }
    };
    std::size_t at = 0;
    for (; at + 15 <= last; at += 16) {  // whole blocks of sixteen starts
        if (const unsigned candidates = candidatesAt(at); candidates != 0) {
            report(at, candidates);
        }
    }
    if (at <= last) {  // the last starts, fewer than sixteen: none past `last`
        report(at, candidatesAt(at) & ((1U << (last - at + 1)) - 1));
    }
#else
    for (std::size_t at = 0; at <= last; ++at) {
        if (haystack[at] == needle.front() && haystack[at + size - 1] == needle.back()
            && std::memcmp(haystack.data() + at + 1, needle.data() + 1, size - 2) == 0) {
            found(at);
        }
    }
#endif
}

/// QString::at(i).isLetterOrNumber() for the UTF-16 unit next to a match:
/// `before` the unit ending at byte `at`, else the unit starting there. A
/// character beyond the BMP is two surrogates, which are neither.
inline bool isWordUnitAt(std::string_view utf8, std::size_t at, bool before)
{
    std::size_t start = at;
    if (before) {
        do {
            --start;
        } while (start > 0 && (static_cast<unsigned char>(utf8[start]) & 0xC0U) == 0x80U);
    }
    const auto lead = static_cast<unsigned char>(utf8[start]);
    if (lead < 0x80) {
        return isAsciiLetterOrNumber(static_cast<char>(lead));
    }
    if (lead >= 0xF0) {
        return false;
    }
    char32_t codePoint = 0;
    if (lead >= 0xE0) {
        codePoint = (lead & 0x0FU) << 12 | (static_cast<unsigned char>(utf8[start + 1]) & 0x3FU) << 6
            | (static_cast<unsigned char>(utf8[start + 2]) & 0x3FU);
    } else {
        codePoint = (lead & 0x1FU) << 6 | (static_cast<unsigned char>(utf8[start + 1]) & 0x3FU);
    }
    return QChar(codePoint).isLetterOrNumber();
}

/// The text as a QString, every character kept: QString::fromUtf8 drops a
/// U+FEFF that starts the text as if it were a byte-order mark, which the Qt
/// path (RawConversation::parse, stringFromCodePoints) keeps as text.
inline QString toQString(std::string_view utf8)
{
    static constexpr std::string_view kFeff = "\xEF\xBB\xBF";
    QString out;
    while (utf8.starts_with(kFeff)) {
        out.append(QChar(0xFEFF));
        utf8.remove_prefix(kFeff.size());
    }
    return out + QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

/// normalisedValue() into `out`, without QString for ASCII values.
inline void appendNormalised(std::string_view value, std::string& out)
{
    if (!isAscii(value)) {
        out += toQString(value).simplified().toCaseFolded().toUtf8().toStdString();
        return;
    }
    std::size_t begin = 0;
    std::size_t end = value.size();
    while (begin < end && isAsciiSpace(value[begin])) {
        ++begin;
    }
    while (end > begin && isAsciiSpace(value[end - 1])) {
        --end;
    }
    // Written in place: the result is never longer than the trimmed value.
    const std::size_t from = out.size();
    out.resize(from + (end - begin));
    char* const written = out.data() + from;
    std::size_t size = 0;
    bool space = false;
    for (std::size_t i = begin; i < end; ++i) {
        if (isAsciiSpace(value[i])) {
            space = true;
            continue;
        }
        if (space) {
            written[size++] = ' ';
            space = false;
        }
        written[size++] = lowerAscii(value[i]);
    }
    out.resize(from + size);
}

}  // namespace veil::model::utf8scan
