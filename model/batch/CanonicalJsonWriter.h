// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

namespace veil::model {

/// Appends compact JSON to a std::string, byte for byte what
/// QJsonDocument::toJson(QJsonDocument::Compact) writes for the same values
/// (docs/formats.md, "Masked conversation JSON"): no spaces, `"`, `\` and
/// control characters escaped as Qt escapes them (`\b \f \n \r \t`, else
/// `\u00xx`), everything else as raw UTF-8, numbers as QByteArray::number
/// writes them. It builds no QJsonObject, so the batch builder's hot path
/// allocates nothing per value. Keys are written in the order given: the
/// caller writes them sorted, as QJsonObject would.
class CanonicalJsonWriter {
public:
    explicit CanonicalJsonWriter(std::string& out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// An object key; `name` must not need escaping.
    void key(std::string_view name);
    /// A string value; `utf8` must be valid UTF-8.
    void string(std::string_view utf8);
    void integer(qint64 value);
    /// As QByteArray::number(value, 'g', QLocale::FloatingPointShortest); null if not finite.
    void number(double value);

    /// A string value written in pieces: beginString(), any number of
    /// stringPiece() calls, endString().
    void beginString();
    void stringPiece(std::string_view utf8);
    /// A piece known to need no escaping (category names, digits, brackets).
    void plainPiece(std::string_view ascii) { m_out += ascii; }
    void endString();

private:
    void separate();

    std::string& m_out;
    bool m_needsComma = false;
};

}  // namespace veil::model
