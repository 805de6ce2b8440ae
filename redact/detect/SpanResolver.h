// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/DetectedSpan.h"

#include <string_view>
#include <vector>

namespace veil::redact {

/// Turns overlapping candidates into the Detector's output: the most
/// confident candidate wins an overlap (then the longer one, then the
/// earlier one), the result is sorted by begin and non-overlapping, and every
/// span is clamped to the text and to code point boundaries. `candidates`
/// is reordered in place (the caller may reuse its storage).
class SpanResolver {
public:
    static std::vector<DetectedSpan> resolve(std::vector<DetectedSpan>& candidates, std::string_view text);
};

}  // namespace veil::redact
