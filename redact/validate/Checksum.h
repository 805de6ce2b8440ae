// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace veil::redact {

/// Check-digit algorithms of the identifiers Veil detects. Every function
/// ignores separators (anything that is not a digit or, for IBAN, a letter)
/// and returns false for input of the wrong length rather than guessing.
class Checksum {
public:
    /// Digits of `text` in order, separators dropped.
    static std::string digitsOf(std::string_view text);

    /// Luhn (ISO/IEC 7812-1) over the digits of `text`.
    static bool luhn(std::string_view text);
    /// A card number: 13-19 digits, Luhn-valid, with an issuer prefix whose
    /// length rules it obeys (Visa, Mastercard, Amex, Discover, RuPay, Diners,
    /// JCB, Elo, Maestro, UnionPay).
    static bool creditCard(std::string_view text);
    /// ISO 13616: known country, that country's length, mod-97 == 1.
    static bool iban(std::string_view text);
    /// Registered IBAN length for a two-letter country code, 0 if unknown.
    static int ibanLength(std::string_view countryCode);
    /// Verhoeff over 12 digits, first digit 2-9 (UIDAI Aadhaar).
    static bool aadhaar(std::string_view text);
    /// Brazil CPF: 11 digits, both check digits, not all the same digit.
    static bool cpf(std::string_view text);
    /// US SSN area/group/serial rules: area not 000, 666 or 900-999, group
    /// not 00, serial not 0000.
    static bool ssn(std::string_view text);
    /// UK National Insurance number prefix rules (HMRC NIM39110).
    static bool ukNationalInsurance(std::string_view text);
};

}  // namespace veil::redact
