// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/DetectedSpan.h"

#include <string>
#include <string_view>
#include <vector>

namespace veil::redact {

/// Replaces detected spans with placeholders.
class Masker {
public:
    /// "[PHONE]"-style placeholder for a category.
    static std::string placeholder(Category category);
    /// `text` with every span (sorted, non-overlapping, as Detector::detect()
    /// returns them) replaced by its placeholder. Spans outside the text are ignored.
    static std::string mask(std::string_view text, const std::vector<DetectedSpan>& spans);
};

}  // namespace veil::redact
