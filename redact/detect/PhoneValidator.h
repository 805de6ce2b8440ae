// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace veil::redact {

/// Phone numbers: candidates from the "phone" rule are checked with
/// libphonenumber's metadata (international form: possible for the country
/// code; national form: valid in one of the region hints US, IN, GB, DE, FR,
/// BR, MX, NG, PH, CN, JP, KR, VN, AE, TR, IT, ES, NL, AU, CA, ZA, PT),
/// then vetoed by shape (dates, IPs, versions) and by labels (order numbers,
/// hotlines). Toll-free, premium and shared-cost numbers are organisations'.
class PhoneValidator {
public:
    static bool phone(std::string_view text, std::size_t& begin, std::size_t& end);
    /// "nine eight seven six …": at least 7 digits spoken as words.
    static bool spoken(std::string_view text, std::size_t& begin, std::size_t& end);
};

}  // namespace veil::redact
