// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/SpanResolver.h"

#include <algorithm>

namespace veil::redact {

namespace {

constexpr std::size_t kInsertionSortLimit = 32;

bool continuation(std::string_view text, std::size_t pos)
{
    return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0U) == 0x80U;
}

}  // namespace

std::vector<DetectedSpan> SpanResolver::resolve(std::vector<DetectedSpan>& candidates, std::string_view text)
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
    const auto before = [](const DetectedSpan& a, const DetectedSpan& b) {
        if (a.confidence != b.confidence) {
            return a.confidence > b.confidence;
        }
        if (a.end - a.begin != b.end - b.begin) {
            return a.end - a.begin > b.end - b.begin;
        }
        return a.begin < b.begin;
    };
    if (candidates.size() <= kInsertionSortLimit) {
        // Few candidates (the usual case): a stable insertion sort, no buffer.
        for (std::size_t i = 1; i < candidates.size(); ++i) {
            DetectedSpan moving = candidates[i];
            std::size_t j = i;
            for (; j > 0 && before(moving, candidates[j - 1]); --j) {
                candidates[j] = candidates[j - 1];
            }
            candidates[j] = moving;
        }
    } else {
        std::stable_sort(candidates.begin(), candidates.end(), before);
    }
    // Accepted spans kept sorted by begin; texts have few spans, so a sorted
    // vector beats a node-based map.
    std::vector<DetectedSpan> out;
    out.reserve(candidates.size());
    for (const DetectedSpan& span : candidates) {
        if (span.begin >= span.end) {
            continue;
        }
        const auto next
            = std::lower_bound(out.begin(), out.end(), span.begin,
                               [](const DetectedSpan& s, std::size_t at) { return s.begin < at; });
        if (next != out.end() && next->begin < span.end) {
            continue;
        }
        if (next != out.begin() && std::prev(next)->end > span.begin) {
            continue;
        }
        out.insert(next, span);
    }
    return out;
}

}  // namespace veil::redact
