// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace veil::redact {

/// Where a UTF-8 validation failed: the byte offset of the first bad sequence.
struct Utf8Error {
    std::size_t byteOffset = 0;
};

/// Returns std::nullopt when `text` is well-formed UTF-8 (RFC 3629: no
/// overlong forms, no surrogates, nothing above U+10FFFF), else where it broke.
std::optional<Utf8Error> findInvalidUtf8(std::string_view text) noexcept;

/// Converts UTF-8 byte offsets into Unicode code point offsets, the unit every
/// offset leaving Veil uses (docs/formats.md, "Offsets"). Built once per text,
/// O(1) per lookup. The text must be valid UTF-8.
class CodePointIndex {
public:
    explicit CodePointIndex(std::string_view utf8Text);

    /// Code point index of the character starting at `byteOffset`; a byte
    /// offset equal to the text size maps to the code point count.
    [[nodiscard]] std::size_t toCodePoint(std::size_t byteOffset) const;
    [[nodiscard]] std::size_t codePointCount() const noexcept { return m_count; }

private:
    std::vector<std::size_t> m_byteToCodePoint;  // size = bytes + 1
    std::size_t m_count = 0;
};

}  // namespace veil::redact
