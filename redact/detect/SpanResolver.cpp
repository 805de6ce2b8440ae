// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/SpanResolver.h"

#include <algorithm>
#include <map>

namespace veil::redact {

namespace {

bool continuation(std::string_view text, std::size_t pos)
{
    return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0U) == 0x80U;
}

}  // namespace

std::vector<DetectedSpan> SpanResolver::resolve(std::vector<DetectedSpan> candidates, std::string_view text)
{
    for (DetectedSpan& span : candidates) {
        span.end = std::min(span.end, text.size());
        span.begin = std::min(span.begin, span.end);
        while (span.begin > 0 && continuation(text, span.begin)) {
            --span.begin;
        }
        while (span.end < text.size() && continuation(text, span.end)) {
            ++span.end;
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const DetectedSpan& a, const DetectedSpan& b) {
        if (a.confidence != b.confidence) {
            return a.confidence > b.confidence;
        }
        if (a.end - a.begin != b.end - b.begin) {
            return a.end - a.begin > b.end - b.begin;
        }
        return a.begin < b.begin;
    });
    std::map<std::size_t, DetectedSpan> accepted;  // keyed by begin
    for (const DetectedSpan& span : candidates) {
        if (span.begin >= span.end) {
            continue;
        }
        auto next = accepted.lower_bound(span.begin);
        if (next != accepted.end() && next->second.begin < span.end) {
            continue;
        }
        if (next != accepted.begin() && std::prev(next)->second.end > span.begin) {
            continue;
        }
        accepted.emplace(span.begin, span);
    }
    std::vector<DetectedSpan> out;
    out.reserve(accepted.size());
    for (auto& [begin, span] : accepted) {
        out.push_back(span);
    }
    return out;
}

}  // namespace veil::redact
