// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/DetectedSpan.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace veil::redact {

/// Candidates that are personal data only in the right context: a date is a
/// date of birth only next to "born"/"DOB"/"birthday" (and not a public
/// figure's or a pet's); a pair of decimals is a location only if it is a
/// plausible latitude/longitude and not a landmark or a math vector.
class ContextValidator {
public:
    static bool birthDate(std::string_view text, std::size_t& begin, std::size_t& end,
                          const std::vector<DetectedSpan>& publicMentions);
    static bool geoPair(std::string_view text, std::size_t& begin, std::size_t& end);
};

}  // namespace veil::redact
