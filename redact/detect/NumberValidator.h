// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace veil::redact {

/// Decides whether a number-shaped match is a card, IBAN or government id:
/// checksums first, then the shape of its surroundings (a number glued to
/// other digits or letters is part of something else), then context (an
/// "order number" label vetoes, an "SSN" label is required for bare digits).
/// Each function may narrow [begin, end).
class NumberValidator {
public:
    static bool creditCard(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool iban(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool ssn(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool aadhaar(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool pan(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool ukNationalInsurance(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool cpf(std::string_view text, std::size_t& begin, std::size_t& end);
    static bool passport(std::string_view text, std::size_t& begin, std::size_t& end);

    /// True when the label before `begin` says the number is not personal
    /// (order, tracking, invoice, transaction, ISBN, …).
    static bool negativeLabel(std::string_view text, std::size_t begin);
    /// Shapes that are phone-length digit runs but something else: a version or an
    /// IPv4 address, a date (also with a timestamp's hour after it), an SSN, an ISO date.
    static bool otherNumberShape(std::string_view value);
    /// True when the digits at [begin, end) are glued to other digits, letters or dots.
    static bool glued(std::string_view text, std::size_t begin, std::size_t end);
};

}  // namespace veil::redact
