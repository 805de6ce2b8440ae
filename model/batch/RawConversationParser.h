// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <memory>
#include <string_view>
#include <vector>

namespace veil::model {

/// One raw conversation line (docs/formats.md, "Raw conversations") as
/// UTF-8 views into the parser that read it: valid until the next parse().
struct RawConversationView {
    struct Message {
        std::string_view role;
        std::string_view text;
        std::string_view time;  ///< empty when absent
    };
    struct UpstreamSpan {
        int message = 0;
        qint64 start = 0;  ///< code points
        qint64 end = 0;
        std::string_view category;
    };

    std::string_view id;
    std::vector<Message> messages;
    std::vector<UpstreamSpan> spans;
};

/// The batch builder's fast reader of raw lines (simdjson). It takes only
/// lines that are plainly well-formed and that RawConversation::parse would
/// read to the same values: a line it declines (malformed, attachments,
/// duplicate keys, non-integer numbers, unusual times, …) goes to
/// RawConversation::parse, which reads it or says precisely what is wrong. So
/// the two can never disagree about what a line means, and every error
/// message comes from one place.
class RawConversationParser {
public:
    RawConversationParser();
    ~RawConversationParser();
    RawConversationParser(const RawConversationParser&) = delete;
    RawConversationParser& operator=(const RawConversationParser&) = delete;

    /// Bytes that must be readable after the end of a line given to parse().
    static std::size_t padding();

    /// True when `line` was read into `out`; false when the line must go to
    /// RawConversation::parse. `line.data() + line.size() + padding()` must be
    /// readable memory (its content does not matter).
    bool parse(std::string_view line, RawConversationView& out);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace veil::model
