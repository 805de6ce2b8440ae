// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/CanonicalJsonWriter.h"

#include <QByteArray>
#include <QLocale>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <cstring>
#include <vector>

namespace veil::model {

namespace {

/// Bytes Qt's JSON writer escapes: control characters, '"' and '\'.
constexpr std::array<bool, 256> kNeedsEscape = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 0x20; ++c) {
        table[static_cast<std::size_t>(c)] = true;
    }
    table['"'] = true;
    table['\\'] = true;
    return table;
}();

void appendEscape(std::string& out, unsigned char byte, bool shortControls)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const char* shortForm = nullptr;
    switch (byte) {
    case '"':
        shortForm = "\\\"";
        break;
    case '\\':
        shortForm = "\\\\";
        break;
    case '\n':
        shortForm = "\\n";
        break;
    case '\r':
        shortForm = "\\r";
        break;
    case '\t':
        shortForm = "\\t";
        break;
    case '\b':
        shortForm = shortControls ? "\\b" : nullptr;
        break;
    case '\f':
        shortForm = shortControls ? "\\f" : nullptr;
        break;
    default:
        break;
    }
    if (shortForm != nullptr) {
        out.append(shortForm, 2);
        return;
    }
    const char escape[] = { '\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xF] };
    out.append(escape, sizeof escape);
}

/// The first byte at or after `at` that needs escaping, or `end`.
const char* nextToEscape(const char* at, const char* const end)
{
#if defined(__SSE2__)
    // Sixteen bytes at a time (most text needs no escaping).
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
    for (; end - at >= 16; at += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        // Unsigned byte < 0x20 as a signed compare after flipping the top bit.
        const __m128i control = _mm_cmplt_epi8(_mm_xor_si128(bytes, flip), _mm_xor_si128(space, flip));
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash));
        if (const int found = _mm_movemask_epi8(_mm_or_si128(control, special)); found != 0) {
            return at + __builtin_ctz(static_cast<unsigned>(found));
        }
    }
#else
    // Eight bytes at a time (most text needs no escaping).
    for (; end - at >= 8; at += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, at, 8);
        constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
        constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
        const auto hasZero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
        const std::uint64_t control = (word - kOnes * 0x20) & ~word & kHigh;  // some byte < 0x20
        if ((control | hasZero(word ^ (kOnes * '"')) | hasZero(word ^ (kOnes * '\\'))) != 0) {
            break;
        }
    }
#endif
    while (at != end && !kNeedsEscape[static_cast<unsigned char>(*at)]) {
        ++at;
    }
    return at;
}

}  // namespace

void appendJsonEscaped(std::string& out, std::string_view utf8, bool shortControls)
{
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* at = nextToEscape(run, end); at != end; at = nextToEscape(run, end)) {
        out.append(run, static_cast<std::size_t>(at - run));
        appendEscape(out, static_cast<unsigned char>(*at), shortControls);
        run = at + 1;
    }
    out.append(run, static_cast<std::size_t>(end - run));
}

void CanonicalJsonWriter::stringPiece(std::string_view utf8)
{
    appendJsonEscaped(m_out, utf8);
}

void CanonicalJsonWriter::integer(qint64 value)
{
    separate();
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    Q_UNUSED(error);
    m_out.append(digits, end);
    m_needsComma = true;
}

void CanonicalJsonWriter::number(double value)
{
    separate();
    if (!std::isfinite(value)) {
        m_out += "null";
    } else {
        // Qt's own shortest round-trip formatting, once per distinct value
        // (compared bitwise, so 0.0 and -0.0 stay apart): confidences repeat
        // a handful of values, so a small cache per thread.
        struct FormattedNumber {
            double value = 0;
            std::string text;
        };
        const auto same = [value](const FormattedNumber& known) {
            return std::memcmp(&known.value, &value, sizeof value) == 0;
        };
        thread_local std::vector<FormattedNumber> numbers;
        auto known = std::find_if(numbers.begin(), numbers.end(), same);
        if (known == numbers.end()) {
            if (numbers.size() == 16) {
                numbers.erase(numbers.begin());
            }
            numbers.push_back(
                { value, QByteArray::number(value, 'g', QLocale::FloatingPointShortest).toStdString() });
            known = numbers.end() - 1;
        }
        m_out += known->text;
    }
    m_needsComma = true;
}

}  // namespace veil::model
