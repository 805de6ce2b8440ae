// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/FirstBytes.h"

#include <algorithm>

namespace veil::redact {

FirstBytes FirstBytes::of(const std::string& pattern, const RE2::Options& options)
{
    FirstBytes range;
    range.m_low = 0xFFU;
    range.m_high = 0x00U;
    // Before the match: nothing (start of text), a word character, another
    // character, a newline. RE2's \b is ASCII-only, so these are all the cases.
    for (const std::string_view before :
         { std::string_view(), std::string_view("x"), std::string_view(" "), std::string_view("\n") }) {
        const RE2 re(std::string(before) + "(?:" + pattern + ")", options);
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
