// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

namespace veil::model {

/// Appends `utf8` to `out` with '"', '\\' and control characters escaped as
/// Qt's JSON writer escapes them: `\b \f \n \r \t`, else `\u00xx`; with
/// `shortControls` false, \b and \f are written `\u0008` and `\u000c`
/// (`veilctl scan`'s texts). Everything else is copied as raw UTF-8.
void appendJsonEscaped(std::string& out, std::string_view utf8, bool shortControls = true);

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

    // The structural calls are inline: the batch builder makes a dozen per
    // masked span, and a call each cost more than the byte it appends.
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// An object key; `name` must not need escaping.
    void key(std::string_view name)
    {
        // One append: a comma, the quoted name and the colon.
        char quoted[64];
        if (name.size() + 4 > sizeof quoted) {
            separate();
            m_out.append(1, '"').append(name).append("\":");
        } else {
            std::size_t size = 0;
            if (m_needsComma) {
                quoted[size++] = ',';
            }
            quoted[size++] = '"';
            std::memcpy(quoted + size, name.data(), name.size());
            size += name.size();
            quoted[size++] = '"';
            quoted[size++] = ':';
            m_out.append(quoted, size);
        }
        m_needsComma = false;
    }
    /// A string value; `utf8` must be valid UTF-8.
    void string(std::string_view utf8)
    {
        beginString();
        stringPiece(utf8);
        endString();
    }
    void integer(qint64 value);
    /// As QByteArray::number(value, 'g', QLocale::FloatingPointShortest); null if not finite.
    void number(double value);

    /// A string value written in pieces: beginString(), any number of
    /// stringPiece() calls, endString().
    void beginString() { m_out.append(m_needsComma ? std::string_view(",\"") : std::string_view("\"")); }
    void stringPiece(std::string_view utf8);
    /// A piece known to need no escaping (category names, digits, brackets).
    void plainPiece(std::string_view ascii) { m_out += ascii; }
    void endString() { close('"'); }

private:
    void separate()
    {
        if (m_needsComma) {
            m_out.append(1, ',');
        }
    }
    /// Begins an object or array, after a comma if a value came before.
    void open(char bracket)
    {
        const char bytes[2] = { ',', bracket };
        m_out.append(bytes + (m_needsComma ? 0 : 1), m_needsComma ? 2 : 1);
        m_needsComma = false;
    }
    void close(char bracket)
    {
        m_out.append(1, bracket);
        m_needsComma = true;
    }

    std::string& m_out;
    bool m_needsComma = false;
};

/// Short pieces that need no escaping (keys, punctuation, category names,
/// numbers), gathered on the stack and appended to a string at once: a span
/// object is a dozen pieces of a few bytes, each of which would otherwise be
/// a call and a capacity check.
class JsonPieces {
public:
    explicit JsonPieces(std::string& out)
        : m_out(out)
    { }
    JsonPieces(const JsonPieces&) = delete;
    JsonPieces& operator=(const JsonPieces&) = delete;
    ~JsonPieces() { flush(); }

    [[gnu::always_inline]] void add(std::string_view piece)
    {
        if (piece.size() > sizeof m_buffer - m_size) {
            flush();
            if (piece.size() > sizeof m_buffer) {
                m_out += piece;
                return;
            }
        }
        std::memcpy(m_buffer + m_size, piece.data(), piece.size());
        m_size += piece.size();
    }
    [[gnu::always_inline]] void add(char c) { add(std::string_view(&c, 1)); }
    [[gnu::always_inline]] void add(qint64 value)
    {
        if (sizeof m_buffer - m_size < 24) {
            flush();
        }
        m_size = static_cast<std::size_t>(
            std::to_chars(m_buffer + m_size, m_buffer + sizeof m_buffer, value).ptr - m_buffer);
    }
    void flush()
    {
        m_out.append(m_buffer, m_size);
        m_size = 0;
    }

private:
    std::string& m_out;
    char m_buffer[128];
    std::size_t m_size = 0;
};

}  // namespace veil::model
