// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/validate/Checksum.h"

#include <array>
#include <cstdint>
#include <utility>

namespace veil::redact {

namespace {

bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}
bool isUpper(char c) noexcept
{
    return c >= 'A' && c <= 'Z';
}
int digitValue(char c) noexcept
{
    return c - '0';
}

bool startsWithAny(std::string_view digits, std::initializer_list<std::string_view> prefixes)
{
    for (const auto prefix : prefixes) {
        if (digits.substr(0, prefix.size()) == prefix) {
            return true;
        }
    }
    return false;
}

int prefixNumber(std::string_view digits, std::size_t length)
{
    int value = 0;
    for (std::size_t i = 0; i < length && i < digits.size(); ++i) {
        value = value * 10 + digitValue(digits[i]);
    }
    return value;
}

}  // namespace

std::string Checksum::digitsOf(std::string_view text)
{
    std::string digits;
    digits.reserve(text.size());
    for (const char c : text) {
        if (isDigit(c)) {
            digits.push_back(c);
        }
    }
    return digits;
}

bool Checksum::luhn(std::string_view text)
{
    const std::string digits = digitsOf(text);
    if (digits.size() < 2) {
        return false;
    }
    int sum = 0;
    bool doubleIt = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = digitValue(*it);
        if (doubleIt) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

bool Checksum::creditCard(std::string_view text)
{
    const std::string d = digitsOf(text);
    const std::size_t n = d.size();
    if (n < 13 || n > 19 || !luhn(d)) {
        return false;
    }
    const int p2 = prefixNumber(d, 2);
    const int p3 = prefixNumber(d, 3);
    const int p4 = prefixNumber(d, 4);
    const int p6 = prefixNumber(d, 6);
    if (d[0] == '4') {  // Visa
        return n == 13 || n == 16 || n == 19;
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {  // Mastercard
        return n == 16;
    }
    if (p2 == 34 || p2 == 37) {  // Amex
        return n == 15;
    }
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) {
        return n >= 16 && n <= 19;  // Discover
    }
    if (p2 == 60 || p2 == 81 || p2 == 82 || p3 == 508 || p3 == 353 || p3 == 356) {
        return n == 16;  // RuPay
    }
    if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305) || p3 == 309) {
        return n >= 14 && n <= 19;  // Diners
    }
    if (p4 >= 3528 && p4 <= 3589) {  // JCB
        return n >= 16 && n <= 19;
    }
    if (p2 == 62) {  // UnionPay
        return n >= 16 && n <= 19;
    }
    if (startsWithAny(d,
                      { "401178", "401179", "431274", "438935", "451416", "457393", "457631", "457632",
                        "504175", "506699", "5067", "509", "627780", "636297", "636368", "650", "6516",
                        "6550" })) {
        return n == 16;  // Elo
    }
    if (startsWithAny(d, { "50", "56", "57", "58", "63", "67", "68", "69" })) {
        return n >= 12 && n <= 19;  // Maestro
    }
    return false;
}

int Checksum::ibanLength(std::string_view cc)
{
    // SWIFT IBAN registry (release 2024): country → total length.
    static constexpr std::array<std::pair<std::string_view, int>, 84> kLengths = { {
        { "AD", 24 }, { "AE", 23 }, { "AL", 28 }, { "AT", 20 }, { "AZ", 28 }, { "BA", 20 }, { "BE", 16 },
        { "BG", 22 }, { "BH", 22 }, { "BI", 27 }, { "BR", 29 }, { "BY", 28 }, { "CH", 21 }, { "CR", 22 },
        { "CY", 28 }, { "CZ", 24 }, { "DE", 22 }, { "DJ", 27 }, { "DK", 18 }, { "DO", 28 }, { "EE", 20 },
        { "EG", 29 }, { "ES", 24 }, { "FI", 18 }, { "FK", 18 }, { "FO", 18 }, { "FR", 27 }, { "GB", 22 },
        { "GE", 22 }, { "GI", 23 }, { "GL", 18 }, { "GR", 27 }, { "GT", 28 }, { "HR", 21 }, { "HU", 28 },
        { "IE", 22 }, { "IL", 23 }, { "IQ", 23 }, { "IS", 26 }, { "IT", 27 }, { "JO", 30 }, { "KW", 30 },
        { "KZ", 20 }, { "LB", 28 }, { "LC", 32 }, { "LI", 21 }, { "LT", 20 }, { "LU", 20 }, { "LV", 21 },
        { "LY", 25 }, { "MC", 27 }, { "MD", 24 }, { "ME", 22 }, { "MK", 19 }, { "MN", 20 }, { "MR", 27 },
        { "MT", 31 }, { "MU", 30 }, { "NI", 28 }, { "NL", 18 }, { "NO", 15 }, { "OM", 23 }, { "PK", 24 },
        { "PL", 28 }, { "PS", 29 }, { "PT", 25 }, { "QA", 29 }, { "RO", 24 }, { "RS", 22 }, { "RU", 33 },
        { "SA", 24 }, { "SC", 31 }, { "SD", 18 }, { "SE", 24 }, { "SI", 19 }, { "SK", 24 }, { "SM", 27 },
        { "SO", 23 }, { "ST", 25 }, { "SV", 28 }, { "TL", 23 }, { "TN", 24 }, { "TR", 26 }, { "UA", 29 },
    } };
    for (const auto& [code, length] : kLengths) {
        if (code == cc) {
            return length;
        }
    }
    if (cc == "VA") {
        return 22;
    }
    if (cc == "VG" || cc == "XK") {
        return cc == "VG" ? 24 : 20;
    }
    return 0;
}

bool Checksum::iban(std::string_view text)
{
    std::string compact;
    for (const char c : text) {
        if (isDigit(c) || isUpper(c)) {
            compact.push_back(c);
        } else if (c >= 'a' && c <= 'z') {
            compact.push_back(static_cast<char>(c - 'a' + 'A'));
        }
    }
    if (compact.size() < 15 || !isUpper(compact[0]) || !isUpper(compact[1]) || !isDigit(compact[2])
        || !isDigit(compact[3])) {
        return false;
    }
    const int expected = ibanLength(std::string_view(compact).substr(0, 2));
    if (expected == 0 || compact.size() != static_cast<std::size_t>(expected)) {
        return false;
    }
    const std::string rotated = compact.substr(4) + compact.substr(0, 4);
    std::uint32_t remainder = 0;
    for (const char c : rotated) {
        if (isDigit(c)) {
            remainder = (remainder * 10U + static_cast<std::uint32_t>(digitValue(c))) % 97U;
        } else {
            const auto value = static_cast<std::uint32_t>(c - 'A' + 10);
            remainder = (remainder * 100U + value) % 97U;
        }
    }
    return remainder == 1U;
}

bool Checksum::aadhaar(std::string_view text)
{
    static constexpr int kD[10][10] = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
                                        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
                                        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
                                        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
                                        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 } };
    static constexpr int kP[8][10] = { { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
                                       { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
                                       { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
                                       { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 } };
    const std::string d = digitsOf(text);
    if (d.size() != 12 || d[0] < '2') {
        return false;
    }
    int c = 0;
    std::size_t i = 0;
    for (auto it = d.rbegin(); it != d.rend(); ++it, ++i) {
        c = kD[c][kP[i % 8][digitValue(*it)]];
    }
    return c == 0;
}

bool Checksum::cpf(std::string_view text)
{
    const std::string d = digitsOf(text);
    if (d.size() != 11 || d.find_first_not_of(d[0]) == std::string::npos) {
        return false;
    }
    for (std::size_t check = 9; check <= 10; ++check) {
        int sum = 0;
        for (std::size_t i = 0; i < check; ++i) {
            sum += digitValue(d[i]) * static_cast<int>(check + 1 - i);
        }
        if ((sum * 10 % 11) % 10 != digitValue(d[check])) {
            return false;
        }
    }
    return true;
}

bool Checksum::ssn(std::string_view text)
{
    const std::string d = digitsOf(text);
    if (d.size() != 9) {
        return false;
    }
    const int area = prefixNumber(d, 3);
    const int group = prefixNumber(std::string_view(d).substr(3), 2);
    const int serial = prefixNumber(std::string_view(d).substr(5), 4);
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

bool Checksum::ukNationalInsurance(std::string_view text)
{
    std::string c;
    for (const char ch : text) {
        if (ch != ' ') {
            c.push_back(ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch);
        }
    }
    if (c.size() != 9) {
        return false;
    }
    const std::string_view prefix = std::string_view(c).substr(0, 2);
    constexpr std::string_view kBadFirst = "DFIQUV";
    constexpr std::string_view kBadSecond = "DFIOQUV";
    if (kBadFirst.find(prefix[0]) != std::string_view::npos
        || kBadSecond.find(prefix[1]) != std::string_view::npos) {
        return false;
    }
    for (const std::string_view bad : { "BG", "GB", "NK", "KN", "TN", "NT", "ZZ" }) {
        if (prefix == bad) {
            return false;
        }
    }
    for (std::size_t i = 2; i < 8; ++i) {
        if (!isDigit(c[i])) {
            return false;
        }
    }
    return c[8] >= 'A' && c[8] <= 'D';
}

}  // namespace veil::redact
