// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/FirstBytes.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace veil::redact {

namespace {

/// True if `pattern` may turn on multi-line mode ((?m), (?im:…)), where ^
/// also matches after a newline. Any "(?" group whose flags hold an 'm' counts.
bool multiLine(std::string_view pattern)
{
    for (std::size_t at = pattern.find("(?"); at != std::string_view::npos; at = pattern.find("(?", at + 2)) {
        for (std::size_t i = at + 2; i < pattern.size() && pattern[i] != ':' && pattern[i] != ')'; ++i) {
            if (pattern[i] == 'm') {
                return true;
            }
        }
    }
    return false;
}

}  // namespace

FirstBytes FirstBytes::of(const RE2& compiled, const RE2::Options& options)
{
    // Working a range out compiles probe patterns (milliseconds each): every
    // Detector of the process (one per scan job) shares the answers.
    static std::mutex cacheMutex;
    static std::unordered_map<std::string, FirstBytes> cache;
    {
        const std::lock_guard lock(cacheMutex);
        if (const auto it = cache.find(compiled.pattern()); it != cache.end()) {
            return it->second;
        }
    }
    const FirstBytes range = compute(compiled, options);
    const std::lock_guard lock(cacheMutex);
    cache.emplace(compiled.pattern(), range);
    return range;
}

FirstBytes FirstBytes::compute(const RE2& compiled, const RE2::Options& options)
{
    const std::string& pattern = compiled.pattern();
    FirstBytes range;
    range.m_low = 0xFFU;
    range.m_high = 0x00U;
    // What may come before a match: the start of the text always (to \b and
    // \B it looks like a non-word character before, so it stands for those
    // too); a word character when \b or \B can look at it (RE2's \b is
    // ASCII-only, so there is no third case); a newline when ^ can match
    // after one. Other assertions cannot see before the match, and a plain ^
    // matches at the start only, so the start alone covers those patterns.
    std::vector<std::string_view> contexts = { std::string_view() };
    if (pattern.find("\\b") != std::string::npos || pattern.find("\\B") != std::string::npos) {
        contexts.emplace_back("x");
    }
    if (multiLine(pattern)) {
        contexts.emplace_back("\n");
    }
    for (const std::string_view before : contexts) {
        // The start of the text needs no new pattern: ask the rule itself.
        std::unique_ptr<RE2> probe;
        if (!before.empty()) {
            probe = std::make_unique<RE2>(std::string(before) + "(?:" + pattern + ")", options);
        }
        const RE2& re = probe ? *probe : compiled;
        std::string min;
        std::string max;
        const std::size_t at = before.size();
        if (!re.ok() || !re.PossibleMatchRange(&min, &max, static_cast<int>(at + 1))) {
            return FirstBytes {};  // unbounded
        }
        if (min == before && max == before) {
            // No match here but, at most, an empty one (which yields no span):
            // "x" then \b\d.
            continue;
        }
        if (min.size() <= at || min.compare(0, at, before) != 0) {
            return FirstBytes {};  // the empty string matches
        }
        range.m_low = std::min(range.m_low, static_cast<unsigned char>(min[at]));
        // A bound cut short is rounded up past the prefix ("x9…" becomes "x:",
        // "x\xFF…" becomes "y"): then nothing is known about the byte.
        const bool bounded = max.size() > at && max.compare(0, at, before) == 0;
        range.m_high = bounded ? std::max(range.m_high, static_cast<unsigned char>(max[at])) : 0xFFU;
    }
    return range.m_low <= range.m_high ? range : FirstBytes {};
}

}  // namespace veil::redact
