// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/NumberValidator.h"

#include "redact/detect/TextContext.h"
#include "redact/validate/Checksum.h"

#include <array>
#include <string>

namespace veil::redact {

namespace {

/// The separators used between digit groups must all be the same.
bool consistentSeparators(std::string_view value)
{
    char separator = '\0';
    for (const char c : value) {
        if (TextContext::isAlnum(c)) {
            continue;
        }
        if (separator == '\0') {
            separator = c;
        } else if (c != separator) {
            return false;
        }
    }
    return true;
}

bool hasSeparator(std::string_view value)
{
    for (const char c : value) {
        if (!TextContext::isAlnum(c)) {
            return true;
        }
    }
    return false;
}

// Well-known test and textbook values discussed as such (docs/redact.md, "Hard negatives").
bool wellKnownExample(const std::string& digits)
{
    for (const std::string_view known :
         { "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444",
           "5105105105105100", "2223003122003222", "378282246310005",  "371449635398431",  "6011111111111117",
           "6011000990139424", "3056930009020004", "36227206271667",   "3566002020360505", "6200000000000005",
           "4000000000000002", "6011000000000004", "6011000000000012", "4012888888881881", "4000000000009995",
           "123456789",        "078051120",        "219099999",        "987654321" }) {
        if (digits == known) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool NumberValidator::glued(std::string_view text, std::size_t begin, std::size_t end)
{
    const char before = TextContext::before(text, begin);
    const char after = TextContext::at(text, end);
    if (TextContext::isAlnum(before) || TextContext::isAlnum(after) || before == '_' || after == '_') {
        return true;
    }
    // 1.2.3-style neighbours: "v4111…", "…1111.5", "#…".
    if ((before == '.' || before == '-' || before == '/' || before == '#' || before == '$') && begin >= 2
        && TextContext::isAlnum(text[begin - 2])) {
        return true;
    }
    if (before == '#') {
        return true;
    }
    return (after == '.' || after == '-' || after == '/' || after == ',') && end + 1 < text.size()
        && TextContext::isDigit(text[end + 1]);
}

bool NumberValidator::negativeLabel(std::string_view text, std::size_t begin)
{
    return TextContext::wordBefore(
        text, begin, 40,
        { "order", "tracking", "track", "consignment", "shipment", "parcel", "package", "awb", "waybill",
          "invoice", "receipt", "ticket", "case", "ref", "reference", "transaction", "txn", "confirmation",
          "booking", "pnr", "roll", "registration", "reg", "serial", "imei", "isbn", "sku", "item", "model",
          "batch", "lot", "otp", "version", "build", "employee id", "student id", "member", "membership",
          "voucher", "coupon", "gift card", "giftcard", "routing", "sort code", "aba", "swift", "bic",
          "flight", "seat", "zip", "postal", "pin code", "pincode", "cep", "postcode", "plz", "hash",
          "checksum", "uuid", "test vector", "sample", "example", "dummy", "fake", "placeholder", "docket",
          "challan", "utr", "upi ref", "request id", "job id", "task id", "issue", "ticket no", "bill no",
          "folio", "policy no", "claim no", "loan", "account no", "account number", "a/c", "acct", "iban",
          "card ending", "ending in", "last four", "timestamp", "epoch", "unix time", "build number",
          "tracking id", "order id", "pid", "port", "po number", "purchase order", "po #", "meeting id",
          "passcode", "webinar id", "conference id", "zoom",
          // Orders and invoices in other languages.
          "bestellnummer", "bestellung", "auftragsnummer", "rechnungsnummer", "rechnung", "kundennummer",
          "sendungsnummer", "facture", "commande", "pedido", "factura", "ordine", "fattura", "zamówienie",
          "zamówienia", "faktura", "sipariş", "fatura", "pesanan", "заказ", "заказа", "счёт", "счет", "订单",
          "订单号" });
}

bool NumberValidator::otherNumberShape(std::string_view value)
{
    int dots = 0;
    int slashes = 0;
    int dashes = 0;
    int groups = 0;
    bool inDigits = false;
    for (const char c : value) {
        dots += c == '.' ? 1 : 0;
        slashes += c == '/' ? 1 : 0;
        dashes += c == '-' ? 1 : 0;
        if (TextContext::isDigit(c)) {
            if (!inDigits) {
                ++groups;
            }
            inDigits = true;
        } else {
            inDigits = false;
        }
    }
    if (dots == 3 && groups == 4 && value.find(' ') == std::string_view::npos) {
        return true;  // IPv4 or a version
    }
    if (slashes >= 2 && groups == 3 && value.size() <= 10) {
        return true;  // a date
    }
    // "8.07.1959", "12-03-1985": day, month and year.
    if ((dots == 2 || dashes == 2) && groups == 3 && value.size() <= 10) {
        const std::size_t first = value.find_first_of(".-");
        const std::size_t second = value.find_first_of(".-", first + 1);
        const std::size_t yearDigits = value.size() - second - 1;
        if (first <= 2 && second - first - 1 <= 2 && (yearDigits == 2 || yearDigits == 4)) {
            return true;
        }
    }
    // "11/28/2026 9:14:02", "28.11.2026 9:14": a date, then the hour of a timestamp.
    {
        const std::size_t a = value.find_first_of("/.-");
        const std::size_t b = a == std::string_view::npos ? a : value.find(value[a], a + 1);
        std::size_t y = b == std::string_view::npos ? value.size() : b + 1;
        while (y < value.size() && TextContext::isDigit(value[y])) {
            ++y;
        }
        if (b != std::string_view::npos && a <= 2 && b - a - 1 <= 2 && (y - b - 1 == 4 || y - b - 1 == 2)
            && y < value.size() && value[y] == ' ') {
            return true;
        }
    }
    // SSN-shaped (ddd-dd-dddd) is never a phone layout.
    if (value.size() == 11 && value[3] == '-' && value[6] == '-' && groups == 3) {
        return true;
    }
    // ISO dates and times: 2025-11-03, 2025-11-03 14:30
    if (value.size() >= 10 && TextContext::isDigit(value[0]) && value[4] == '-' && value[7] == '-') {
        return true;
    }
    return dots >= 1 && groups == 2 && dashes == 0 && value.find(' ') == std::string_view::npos;
}

bool NumberValidator::creditCard(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view value = text.substr(begin, end - begin);
    // No card number follows a '+': "+4915112345678" is a phone number.
    if (!consistentSeparators(value) || glued(text, begin, end) || TextContext::before(text, begin) == '+') {
        return false;
    }
    const std::string digits = Checksum::digitsOf(value);
    if (!Checksum::creditCard(digits) || wellKnownExample(digits)) {
        return false;
    }
    return !TextContext::wordBefore(text, begin, 40,
                                    { "tracking", "consignment", "imei", "isbn", "order", "invoice", "awb",
                                      "transaction", "serial", "stripe test", "test card", "gift card",
                                      "giftcard", "voucher", "coupon", "test number", "dummy",
                                      "placeholder" });
}

bool NumberValidator::iban(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const int expected = Checksum::ibanLength(text.substr(begin, 2));
    if (expected == 0 || TextContext::isAlnum(TextContext::before(text, begin))) {
        return false;
    }
    // Walk the match until the country's length is reached: the regex may
    // have run into a following word.
    int count = 0;
    std::size_t i = begin;
    for (; i < end && count < expected; ++i) {
        if (TextContext::isAlnum(text[i])) {
            ++count;
        }
    }
    if (count != expected || TextContext::isAlnum(TextContext::at(text, i))) {
        return false;
    }
    end = i;
    // An example discussed as such: "use GB33BUKB… as the example IBAN in the docs".
    return Checksum::iban(text.substr(begin, end - begin))
        && !TextContext::wordBefore(text, begin, 32,
                                    { "example", "sample", "dummy", "placeholder", "fake", "test iban" })
        && !TextContext::wordAfter(text, end, 32,
                                   { "example", "sample", "dummy", "placeholder", "fake", "not a real" });
}

bool NumberValidator::ssn(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view value = text.substr(begin, end - begin);
    if (glued(text, begin, end)) {
        return false;
    }
    const std::string digits = Checksum::digitsOf(value);
    if (!Checksum::ssn(digits) || wellKnownExample(digits)) {
        return false;
    }
    const bool labelled = TextContext::wordBefore(
        text, begin, 48,
        { "ssn", "social security", "social sec", "ss#", "ss no", "tax id", "itin", "tin", "ssa" });
    if (value.find('-') != std::string_view::npos) {
        return labelled || !negativeLabel(text, begin);
    }
    return labelled;
}

bool NumberValidator::aadhaar(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view value = text.substr(begin, end - begin);
    // Twelve digits cut out of a longer grouped number ("5105 1051 0510 5100", a card) are not one.
    const auto groupAt = [&](std::size_t separator, std::size_t digit) {
        return separator < text.size() && digit < text.size()
            && (text[separator] == ' ' || text[separator] == '-') && TextContext::isDigit(text[digit]);
    };
    if (groupAt(end, end + 1) || (begin >= 2 && groupAt(begin - 1, begin - 2))) {
        return false;
    }
    if (!consistentSeparators(value) || glued(text, begin, end) || !Checksum::aadhaar(value)) {
        return false;
    }
    const bool labelled = TextContext::wordBefore(
        text, begin, 48, { "aadhaar", "aadhar", "uidai", "uid", "आधार", "enrolment" });
    return labelled || (hasSeparator(value) && !negativeLabel(text, begin));
}

bool NumberValidator::pan(std::string_view text, std::size_t& begin, std::size_t& end)
{
    return !glued(text, begin, end);
}

bool NumberValidator::ukNationalInsurance(std::string_view text, std::size_t& begin, std::size_t& end)
{
    return !glued(text, begin, end) && Checksum::ukNationalInsurance(text.substr(begin, end - begin));
}

bool NumberValidator::cpf(std::string_view text, std::size_t& begin, std::size_t& end)
{
    const std::string_view value = text.substr(begin, end - begin);
    if (glued(text, begin, end) || !Checksum::cpf(value)) {
        return false;
    }
    return hasSeparator(value) || TextContext::wordBefore(text, begin, 40, { "cpf", "cadastro" });
}

bool NumberValidator::passport(std::string_view text, std::size_t& begin, std::size_t& end)
{
    if (glued(text, begin, end)) {
        return false;
    }
    int digits = 0;
    for (std::size_t i = begin; i < end; ++i) {
        digits += TextContext::isDigit(text[i]) ? 1 : 0;
    }
    // A German passport number draws on 0-9 and 20 letters ("CHP9HJ579"): it
    // may have few digits, but never none.
    const std::string_view value = text.substr(begin, end - begin);
    const bool german = value.size() == 9
        && std::string_view("CFGHJK").find(value[0]) != std::string_view::npos
        && value.find_first_not_of("0123456789CFGHJKLMNPRTVWXYZ") == std::string_view::npos && digits >= 2;
    return (digits >= 5 || german)
        && !TextContext::wordBefore(text, begin, 40, { "example", "sample", "specimen" });
}

}  // namespace veil::redact
