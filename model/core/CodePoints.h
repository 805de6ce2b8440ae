// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QJsonDocument>
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

/// Qt's JSON parser drops a raw U+FEFF at the start of a string as if it
/// were a byte-order mark, which shifts every offset after it. Spelled as an
/// escape it is kept. After the first byte of a JSON document only a string
/// can hold the character, so the escape changes nothing else.
inline QJsonDocument jsonKeepingFeff(QByteArrayView json, QJsonParseError* error)
{
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    if (json.size() > 3 && json.sliced(1).indexOf(QByteArrayView(kBom, 3)) >= 0) {
        QByteArray escaped = json.first(1).toByteArray();
        escaped.append(json.sliced(1).toByteArray().replace(QByteArrayView(kBom, 3), "\\ufeff"));
        return QJsonDocument::fromJson(escaped, error);
    }
    return QJsonDocument::fromJson(json.toByteArray(), error);
}

}  // namespace veil::model
