// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/text/Utf8.h"

#include <cstdint>

namespace veil::redact {

namespace {

bool isContinuation(unsigned char byte) noexcept
{
    return (byte & 0xC0U) == 0x80U;
}

}  // namespace

std::optional<Utf8Error> findInvalidUtf8(std::string_view text) noexcept
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80U) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t minimum = 0;
        std::uint32_t codePoint = 0;
        if ((lead & 0xE0U) == 0xC0U) {
            length = 2;
            minimum = 0x80;
            codePoint = lead & 0x1FU;
        } else if ((lead & 0xF0U) == 0xE0U) {
            length = 3;
            minimum = 0x800;
            codePoint = lead & 0x0FU;
        } else if ((lead & 0xF8U) == 0xF0U) {
            length = 4;
            minimum = 0x10000;
            codePoint = lead & 0x07U;
        } else {
            return Utf8Error { i };
        }
        if (size - i < length) {
            return Utf8Error { i };
        }
        for (std::size_t k = 1; k < length; ++k) {
            if (!isContinuation(bytes[i + k])) {
                return Utf8Error { i };
            }
            codePoint = (codePoint << 6U) | (bytes[i + k] & 0x3FU);
        }
        if (codePoint < minimum || codePoint > 0x10FFFFU || (codePoint >= 0xD800U && codePoint <= 0xDFFFU)) {
            return Utf8Error { i };
        }
        i += length;
    }
    return std::nullopt;
}

CodePointIndex::CodePointIndex(std::string_view utf8Text)
    : m_byteToCodePoint(utf8Text.size() + 1, 0)
{
    std::size_t codePoint = 0;
    for (std::size_t i = 0; i < utf8Text.size(); ++i) {
        // A continuation byte belongs to the code point that started before it.
        if (!isContinuation(static_cast<unsigned char>(utf8Text[i]))) {
            m_byteToCodePoint[i] = codePoint++;
        } else {
            m_byteToCodePoint[i] = codePoint - 1;
        }
    }
    m_byteToCodePoint[utf8Text.size()] = codePoint;
    m_count = codePoint;
}

std::size_t CodePointIndex::toCodePoint(std::size_t byteOffset) const
{
    return byteOffset < m_byteToCodePoint.size() ? m_byteToCodePoint[byteOffset] : m_count;
}

}  // namespace veil::redact
