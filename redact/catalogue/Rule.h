// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/Category.h"

#include <cstdint>
#include <string>

namespace veil::redact {

/// What the Detector does with a regex match before it becomes a span: the
/// validator that decides (checksum, libphonenumber, context) and may move
/// the boundaries. Organisation rules always use `None` (the match is the span).
enum class RuleCheck : std::uint8_t {
    None,
    Email,
    ObfuscatedEmail,
    Phone,
    SpokenPhone,
    CreditCard,
    Iban,
    Ssn,
    Aadhaar,
    Pan,
    UkNationalInsurance,
    Cpf,
    Passport,
    IPv4,
    IPv6,
    BirthDate,
    GeoPair,
    Handle,
    ProfileUrl,
    HandleInContext,
    Address,
};

/// One catalogue entry: a named RE2 pattern for one category.
struct Rule {
    std::string name;  ///< unique, shown in "why masked" tooltips
    Category category = Category::Person;
    std::string pattern;  ///< RE2 syntax, UTF-8
    float confidence = 0.9F;
    int group = 0;  ///< capture group holding the value; 0 = whole match
    RuleCheck check = RuleCheck::None;
    std::string origin;  ///< "built-in" or the file the rule came from
};

}  // namespace veil::redact
