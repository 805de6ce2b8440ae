// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/RawConversationParser.h"

#include "redact/Category.h"

#include <simdjson.h>

#include <string>

namespace veil::model {

namespace {

/// Nesting deeper than this goes to the Qt parser, whose own limit decides.
constexpr std::size_t kMaxDepth = 64;

bool digits(std::string_view text, std::size_t at, std::size_t count, int* value)
{
    int result = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
        result = result * 10 + (text[i] - '0');
    }
    *value = result;
    return true;
}

/// `YYYY-MM-DDThh:mm:ssZ` with a real date and time: a form QDateTime's
/// ISO 8601 parser certainly accepts, checked without it. Anything else
/// (fractions, leap seconds, odd years) is left to RawConversation::parse.
bool isPlainUtcTimestamp(std::string_view text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':'
        || text[16] != ':' || text[19] != 'Z' || !digits(text, 0, 4, &year) || !digits(text, 5, 2, &month)
        || !digits(text, 8, 2, &day) || !digits(text, 11, 2, &hour) || !digits(text, 14, 2, &minute)
        || !digits(text, 17, 2, &second)) {
        return false;
    }
    static constexpr int kDays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]
        || (month == 2 && day == 29 && !leap)) {
        return false;
    }
    return hour < 24 && minute < 60 && second < 60;
}

/// Code points of valid UTF-8: every byte that does not continue a sequence.
qint64 codePointCount(std::string_view utf8)
{
    qint64 count = 0;
    for (const char c : utf8) {
        count += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return count;
}

/// A string value that is valid UTF-8. simdjson checks the raw line, so only
/// a `\u` escape can make an unescaped string invalid (a lone surrogate);
/// every other escape stands for an ASCII byte. `escapes`: the line holds a
/// `\u`, and strings are checked again.
bool stringOf(simdjson::dom::element element, std::string_view* out, bool escapes)
{
    return element.get_string().get(*out) == simdjson::SUCCESS
        && (!escapes || simdjson::validate_utf8(out->data(), out->size()));
}

bool integerOf(simdjson::dom::element element, qint64* out)
{
    std::int64_t value = 0;
    if (!element.is_int64() || element.get_int64().get(value) != simdjson::SUCCESS) {
        return false;
    }
    *out = value;
    return true;
}

bool parseMessage(simdjson::dom::element element, RawConversationView::Message& message, bool escapes)
{
    simdjson::dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
        return false;
    }
    bool role = false;
    bool text = false;
    bool time = false;
    for (const auto field : object) {
        if (field.key == "role") {
            if (role || !stringOf(field.value, &message.role, escapes)) {
                return false;
            }
            role = true;
        } else if (field.key == "text") {
            if (text || !stringOf(field.value, &message.text, escapes)) {
                return false;
            }
            text = true;
        } else if (field.key == "time") {
            if (time || !stringOf(field.value, &message.time, escapes)) {
                return false;
            }
            time = true;
        }
    }
    if (!role || !text || (message.role != "user" && message.role != "assistant")) {
        return false;
    }
    return message.time.empty() || isPlainUtcTimestamp(message.time);
}

bool parseSpan(simdjson::dom::element element, const RawConversationView& conversation,
               RawConversationView::UpstreamSpan& span, bool escapes)
{
    simdjson::dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) {
        return false;
    }
    int seen = 0;
    qint64 message = -1;
    for (const auto field : object) {
        int bit = 0;
        bool ok = true;
        if (field.key == "message") {
            bit = 1;
            ok = integerOf(field.value, &message);
        } else if (field.key == "start") {
            bit = 2;
            ok = integerOf(field.value, &span.start);
        } else if (field.key == "end") {
            bit = 4;
            ok = integerOf(field.value, &span.end);
        } else if (field.key == "category") {
            bit = 8;
            ok = stringOf(field.value, &span.category, escapes);
        }
        if (!ok || (seen & bit) != 0) {
            return false;
        }
        seen |= bit;
    }
    if (seen != 15 || message < 0 || message >= static_cast<qint64>(conversation.messages.size())) {
        return false;
    }
    span.message = static_cast<int>(message);
    const std::string category(span.category);
    if (!redact::categoryFromName(category) || span.category == "IMAGE") {
        return false;
    }
    return span.start >= 0 && span.end > span.start
        && span.end <= codePointCount(conversation.messages[static_cast<std::size_t>(span.message)].text);
}

}  // namespace

struct RawConversationParser::Impl {
    simdjson::dom::parser parser;
};

RawConversationParser::RawConversationParser()
    : m_impl(std::make_unique<Impl>())
{
    // Fails only without memory; parse() then allocates again or declines.
    if (m_impl->parser.allocate(1 << 16, kMaxDepth) != simdjson::SUCCESS) {
        return;
    }
}

RawConversationParser::~RawConversationParser() = default;

std::size_t RawConversationParser::padding()
{
    return simdjson::SIMDJSON_PADDING;
}

bool RawConversationParser::parse(std::string_view line, RawConversationView& out)
{
    out.id = {};
    out.messages.clear();
    out.spans.clear();
    // A byte order mark is not JSON to Qt's parser; leave such lines to it.
    if (line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        return false;
    }
    if (line.size() > m_impl->parser.capacity()
        && m_impl->parser.allocate(line.size(), kMaxDepth) != simdjson::SUCCESS) {
        return false;
    }
    const bool escapes = line.find("\\u") != std::string_view::npos;
    simdjson::dom::element root;
    if (m_impl->parser.parse(line.data(), line.size(), false).get(root) != simdjson::SUCCESS) {
        return false;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS) {
        return false;
    }
    bool haveId = false;
    simdjson::dom::array messages;
    bool haveMessages = false;
    simdjson::dom::array spans;
    bool haveSpans = false;
    for (const auto field : object) {
        if (field.key == "id") {
            if (haveId || !stringOf(field.value, &out.id, escapes)) {
                return false;
            }
            haveId = true;
        } else if (field.key == "messages") {
            if (haveMessages || field.value.get_array().get(messages) != simdjson::SUCCESS) {
                return false;
            }
            haveMessages = true;
        } else if (field.key == "spans") {
            if (haveSpans || field.value.get_array().get(spans) != simdjson::SUCCESS) {
                return false;
            }
            haveSpans = true;
        } else if (field.key == "attachments") {
            return false;  // images: the Qt path reads and checks them
        }
    }
    if (!haveId || out.id.empty() || !haveMessages || messages.size() == 0) {
        return false;
    }
    for (const auto element : messages) {
        RawConversationView::Message message;
        if (!parseMessage(element, message, escapes)) {
            return false;
        }
        out.messages.push_back(message);
    }
    if (haveSpans) {
        for (const auto element : spans) {
            RawConversationView::UpstreamSpan span;
            if (!parseSpan(element, out, span, escapes)) {
                return false;
            }
            out.spans.push_back(span);
        }
    }
    return true;
}

}  // namespace veil::model
