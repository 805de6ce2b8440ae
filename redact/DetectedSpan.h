// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/Category.h"

#include <cstddef>
#include <string_view>

namespace veil::redact {

/// One piece of personal data found by the Detector. Offsets are UTF-8 byte
/// offsets into the scanned text, end exclusive, always on code point
/// boundaries; convert them with CodePointIndex before they leave the process.
struct DetectedSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    Category category = Category::Person;
    float confidence = 0.0F;
    /// Name of the catalogue rule that fired; points into the Detector's
    /// catalogue, valid as long as the Detector lives.
    std::string_view rule;

    friend bool operator==(const DetectedSpan& a, const DetectedSpan& b) noexcept
    {
        return a.begin == b.begin && a.end == b.end && a.category == b.category && a.rule == b.rule;
    }
};

}  // namespace veil::redact
