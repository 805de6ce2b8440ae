// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChar>
#include <QString>

#include <cstddef>

namespace veil::model {

/// Code points to a QString, every one of them kept. Unlike
/// QString::fromUcs4, a leading U+FEFF is text here, not a byte-order mark
/// to drop: a span value or message that starts with one must keep it, or
/// offsets shift and an original changes.
template<typename CodePoint> QString stringFromCodePoints(const CodePoint* codePoints, qsizetype count)
{
    QString out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const auto cp = static_cast<char32_t>(codePoints[i]);
        if (QChar::requiresSurrogates(cp)) {
            out.append(QChar(QChar::highSurrogate(cp)));
            out.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            out.append(QChar(static_cast<char16_t>(cp)));
        }
    }
    return out;
}

}  // namespace veil::model
