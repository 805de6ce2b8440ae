// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/PhoneValidator.h"

#include "redact/detect/NumberValidator.h"
#include "redact/detect/TextContext.h"
#include "redact/names/NameLexicon.h"
#include "redact/validate/Checksum.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

namespace veil::redact {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr std::array<const char*, 22> kRegionHints
    = { "US", "IN", "GB", "DE", "FR", "BR", "MX", "NG", "PH", "CN", "JP",
        "KR", "VN", "AE", "TR", "IT", "ES", "NL", "AU", "CA", "ZA", "PT" };

bool organisational(const PhoneNumberUtil& util, const PhoneNumber& number)
{
    const auto type = util.GetNumberType(number);
    return type == PhoneNumberUtil::TOLL_FREE || type == PhoneNumberUtil::PREMIUM_RATE
        || type == PhoneNumberUtil::SHARED_COST || type == PhoneNumberUtil::UAN;
}

/// Toll-free and premium ranges by prefix, for the international path where
/// calling GetNumberType() (dozens of regexes) per candidate is too slow.
bool tollFree(const PhoneNumber& number)
{
    const std::string national = std::to_string(number.national_number());
    const auto starts
        = [&](std::string_view prefix) { return national.compare(0, prefix.size(), prefix) == 0; };
    switch (number.country_code()) {
    case 1:
        return starts("800") || starts("833") || starts("844") || starts("855") || starts("866")
            || starts("877") || starts("888") || starts("900");
    case 44:
        return starts("800") || starts("808") || starts("9") || starts("84") || starts("87");
    case 91:
        return starts("1800") || starts("1860");
    case 33:
        return starts("80") || starts("89");
    case 49:
        return starts("800") || starts("900") || starts("180");
    case 61:
        return starts("1800") || starts("1300") || starts("13");
    default:
        return starts("800");
    }
}

/// A contact record: an e-mail address right before the number, one separator
/// between ("Bjarni Sanz, bjarni@web.de, 09967545504").
bool afterEmail(std::string_view text, std::size_t begin)
{
    std::size_t k = begin;
    while (k > 0 && text[k - 1] == ' ') {
        --k;
    }
    if (k == 0 || (text[k - 1] != ',' && text[k - 1] != '|' && text[k - 1] != ';' && text[k - 1] != '/')) {
        return false;
    }
    --k;
    while (k > 0 && text[k - 1] == ' ') {
        --k;
    }
    const std::size_t end = k;
    while (k > 0 && text[k - 1] != ' ' && text[k - 1] != ',' && text[k - 1] != '\n' && end - k < 80) {
        --k;
    }
    const std::string_view token = text.substr(k, end - k);
    const std::size_t at = token.find('@');
    return at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos;
}

bool positiveLabel(std::string_view text, std::size_t begin)
{
    return afterEmail(text, begin)
        || TextContext::wordBefore(
               text, begin, 48,
               { "call",  "phone",    "mobile",   "cell",      "tel",     "whatsapp", "text",     "sms",
                 "reach", "ping",     "ring",     "number",    "contact", "dial",     "landline", "fax",
                 "viber", "signal",   "telegram", "me on",     "me at",   "mob",      "ph",       "no.",
                 "nr",    "telefone", "telefon",  "téléphone", "celular", "móvil",    "handy",    "फ़ोन",
                 "फोन",   "电话",     "電話",     "전화",      "मोबाइल",  "नंबर",      "नम्बर",     "手机",
                 "携帯",  "핸드폰",   "휴대폰",   "home",      "office",  "work",     "direct",   "tel." });
}

bool hotline(std::string_view text, std::size_t begin, std::size_t end)
{
    return TextContext::wordBefore(
               text, begin, 60,
               { "hotline", "helpline", "toll-free", "toll free", "customer service", "customer care",
                 "customer support", "support line", "call centre", "call center", "helpdesk", "help desk",
                 "care line", "tech support", "call support", "contact support", "support team",
                 "support number", "freephone", "service desk",
                 // What a surgery or a shop writes to its customers: "To cancel call 0300 …".
                 "to cancel call", "to cancel, call", "to book call", "to book, call", "to reschedule call",
                 "to reschedule, call" })
        || TextContext::wordAfter(
               text, end, 30, { "hotline", "helpline", "customer service", "support", "their reception" });
}

/// "vet is Parkside Vets 0161 496 0555": a business's name, ending in what it is,
/// right before the number.
bool businessBefore(std::string_view text, std::size_t begin)
{
    std::size_t end = begin;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ':' || text[end - 1] == ',')) {
        --end;
    }
    std::size_t start = end;
    while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1])) != 0) {
        --start;
    }
    if (start == end || text[start] < 'A' || text[start] > 'Z' || end - start > 12) {
        return false;
    }
    std::string word(text.substr(start, end - start));
    for (char& c : word) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    static constexpr auto kBusinesses = std::to_array<std::string_view>(
        { "vets", "surgery", "dental", "dentists", "pharmacy", "clinic", "garage", "motors", "solicitors",
          "ltd", "plumbing", "taxis", "cabs", "hospital", "opticians", "salon", "council", "practice" });
    return std::find(kBusinesses.begin(), kBusinesses.end(), word) != kBusinesses.end();
}

/// `make_user(email="jane@example.com", phone="555-0100")`: a number on the line of
/// an address at a reserved example domain (RFC 2606) is made-up test data.
bool besideExampleAddress(std::string_view text, std::size_t begin, std::size_t end)
{
    const std::size_t from = begin > 160 ? begin - 160 : 0;
    const std::string_view around = text.substr(from, std::min(text.size(), end + 160) - from);
    const std::size_t at = around.find("@example.");
    if (at == std::string_view::npos) {
        return false;
    }
    // Only on the number's own line.
    const std::size_t number = begin - from;
    const std::size_t lo = std::min(at, number);
    const std::size_t hi = std::max(at, number);
    return around.substr(lo, hi - lo).find('\n') == std::string_view::npos;
}

/// "called Vodafone on 0333 304 0191", "Ryanair at +44 …": a company's line.
/// The word before "on"/"at" is a listed brand (not a place, a public figure
/// or a messaging app: "WhatsApp at +91 …" is a person's number).
bool brandBefore(std::string_view text, std::size_t begin)
{
    std::size_t i = begin;
    const auto word = [&]() {
        while (i > 0 && text[i - 1] == ' ') {
            --i;
        }
        const std::size_t end = i;
        while (i > 0
               && (std::isalpha(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '-'
                   || text[i - 1] == '\'')) {
            --i;
        }
        return text.substr(i, end - i);
    };
    const std::string_view link = word();
    if (link != "on" && link != "at") {
        return false;
    }
    const std::string_view brand = word();
    if (brand.size() < 2 || brand.size() > 24 || !std::isupper(static_cast<unsigned char>(brand[0]))) {
        return false;
    }
    std::string folded(brand);
    for (char& c : folded) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (const std::string_view app : { "whatsapp", "telegram", "signal", "viber", "skype", "wechat", "line",
                                        "imessage", "facetime", "zoom", "teams", "messenger" }) {
        if (folded == app) {
            return false;
        }
    }
    const std::uint16_t flags = NameLexicon::builtin().flags(folded);
    return (flags & NameLexicon::Denied) != 0
        && (flags & (NameLexicon::Place | NameLexicon::PublicFigure)) == 0;
}

}  // namespace

bool PhoneValidator::phone(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // Trim to digits: the candidate pattern may end on a bracket or separator.
    while (end > begin && !TextContext::isDigit(text[end - 1])) {
        --end;
    }
    // "my brother (+44 7456 203 918)": a number in brackets as an aside. The
    // candidate's own '(' is dropped; a '(' glued to a call ("f(5551234)") is not.
    bool aside = false;
    if (text[begin] == '(' && text.substr(begin, end - begin).find(')') == std::string_view::npos) {
        ++begin;
        aside = TextContext::at(text, end) == ')' && begin < end
            && (text[begin] == '+' || text.substr(begin, end - begin).find(' ') != std::string_view::npos)
            && (begin < 2 || text[begin - 2] == ' ');
    }
    if (end <= begin || NumberValidator::glued(text, begin, end)) {
        return false;
    }
    const char before = TextContext::before(text, begin);
    // "2018-2022": a span of years; "GB29 NWBK 6016 1331 9268 19": the digits of an IBAN.
    {
        const std::string_view span = text.substr(begin, end - begin);
        const auto year = [&span](std::size_t at) {
            return at + 4 <= span.size() && (span.substr(at, 2) == "19" || span.substr(at, 2) == "20")
                && std::all_of(span.begin() + static_cast<std::ptrdiff_t>(at),
                               span.begin() + static_cast<std::ptrdiff_t>(at + 4),
                               [](char c) { return c >= '0' && c <= '9'; });
        };
        if (span.size() == 9 && year(0) && span[4] == '-' && year(5)) {
            return false;
        }
        std::size_t k = begin;
        while (k > 0 && begin - k < 24
               && ((text[k - 1] >= 'A' && text[k - 1] <= 'Z') || TextContext::isDigit(text[k - 1])
                   || text[k - 1] == ' ')) {
            --k;
        }
        while (k < begin && text[k] == ' ') {
            ++k;
        }
        if (k + 4 <= begin && text[k] >= 'A' && text[k] <= 'Z' && text[k + 1] >= 'A' && text[k + 1] <= 'Z'
            && TextContext::isDigit(text[k + 2]) && TextContext::isDigit(text[k + 3]) && k + 4 < begin) {
            return false;
        }
    }
    // "〒150-0002": a Japanese postcode.
    const std::size_t mark = begin >= 1 && text[begin - 1] == ' ' ? begin - 1 : begin;
    if (mark >= 3 && text.substr(mark - 3, 3) == "\xE3\x80\x92") {
        return false;
    }
    // "tel:+4930123456", "sms:+1…": a dialling link names the number.
    const bool dialLink = before == ':' && begin >= 4
        && (text.substr(begin - 4, 3) == "tel" || text.substr(begin - 4, 3) == "sms");
    if (before == '+' || (before == '(' && !aside) || before == '@' || (before == ':' && !dialLink)
        || before == '=') {
        return false;
    }
    std::string_view value = text.substr(begin, end - begin);
    // An extension stays inside the span but is not part of the number.
    for (const std::string_view marker : { " ext", "ext.", " x", "x", " extension" }) {
        const std::size_t at = value.find(marker);
        if (at != std::string_view::npos && at > 6) {
            value = value.substr(0, at);
            while (!value.empty() && !TextContext::isDigit(value.back())) {
                value.remove_suffix(1);
            }
            break;
        }
    }
    const std::string digits = Checksum::digitsOf(value);
    const bool plus = value[0] == '+' || value.substr(0, 2) == "(+";
    if (digits.size() < 7 || digits.size() > 15 || (!plus && NumberValidator::otherNumberShape(value))) {
        return false;
    }
    if (digits.size() >= 13 && Checksum::creditCard(digits)) {
        return false;
    }
    // A number labelled as an id (or a discussed example of one) is not a phone.
    const bool idLabel
        = TextContext::wordBefore(text, begin, 40,
                                  { "ssn", "social security", "aadhaar", "aadhar", "pan", "passport", "cpf",
                                    "nino", "national insurance", "tax id", "itin", "iban", "card", "account",
                                    "routing", "sort code", "bsb", "ifsc" });
    // "name on the account is …, phone +1 …", "her parcel was stolen, phone …":
    // a phone label right before the number outweighs an id or parcel word further back.
    const bool phoneLabel
        = TextContext::wordBefore(text, begin, 20,
                                  { "phone", "mobile", "cell", "tel", "whatsapp", "telefone", "telefon",
                                    "handy", "celular", "móvil", "mob", "cellphone" });
    if ((!phoneLabel && (idLabel || NumberValidator::negativeLabel(text, begin))) || hotline(text, begin, end)
        || brandBefore(text, begin) || businessBefore(text, begin)
        || besideExampleAddress(text, begin, end)) {
        return false;
    }
    const bool hasSeparator = digits.size() != value.size();
    const bool labelled = positiveLabel(text, begin);
    // Layout sanity: phone layouts group digits in twos to fives; many
    // one-digit groups ("4 8 15 16 23 42", "3-1-2-4-5-6-7") are lists or scores.
    int singleGroups = 0;
    int groupCount = 0;
    for (std::size_t k = 0; k < value.size();) {
        if (!TextContext::isDigit(value[k])) {
            ++k;
            continue;
        }
        std::size_t e = k;
        while (e < value.size() && TextContext::isDigit(value[e])) {
            ++e;
        }
        ++groupCount;
        singleGroups += e - k == 1 ? 1 : 0;
        k = e;
    }
    // A bracketed trunk zero ("+61 (0)4 1234 5678") is not a group of the number.
    if (value.find("(0)") != std::string_view::npos) {
        --singleGroups;
    }
    if (singleGroups > 1 || (groupCount > 5 && !plus)) {
        return false;
    }
    // Arithmetic and code: an operator or bracket right next to the number.
    const auto operatorNear = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to && k < text.size(); ++k) {
            const char c = text[k];
            if (c == '*' || c == '=' || c == '%' || c == '^' || c == '[' || c == ']' || c == '<'
                || c == '>') {
                return true;
            }
            if ((c == '+' || c == '-' || c == '/') && k + 1 < text.size() && text[k + 1] == ' ' && k > 0
                && text[k - 1] == ' ') {
                return true;
            }
        }
        return false;
    };
    if (!labelled && !plus
        && (operatorNear(begin > 3 ? begin - 3 : 0, begin) || operatorNear(end, end + 3))) {
        return false;
    }
    // A bare run of digits is only a phone number when the text says so.
    if (!hasSeparator && !plus && !labelled) {
        return false;
    }
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const bool international = plus || (value.size() > 2 && value[0] == '0' && value[1] == '0');
    if (international) {
        // With a country code the metadata's calling codes and possible
        // lengths decide. PhoneNumberUtil::Parse() runs a dozen ICU regexes per
        // call; the number is built directly instead (this is the hot path).
        std::string rest = plus ? digits : digits.substr(2);
        const bool trunkInBrackets = value.find("(0)") != std::string_view::npos;
        for (std::size_t ccLength = 1; ccLength <= 3 && ccLength < rest.size(); ++ccLength) {
            const int countryCode = std::stoi(rest.substr(0, ccLength));
            std::string region;
            util.GetRegionCodeForCountryCode(countryCode, &region);
            if (region == "ZZ") {
                continue;
            }
            std::string national = rest.substr(ccLength);
            if (trunkInBrackets && !national.empty() && national[0] == '0') {
                national.erase(0, 1);  // "+49 (0) 151 …": the bracketed trunk 0 is not dialled
            }
            if (national.size() < 4 || national.size() > 14) {
                return false;
            }
            number.Clear();
            number.set_country_code(countryCode);
            number.set_national_number(std::stoull(national));
            if (national[0] == '0') {
                number.set_italian_leading_zero(true);
            }
            return !tollFree(number) && util.IsPossibleNumber(number);
        }
        return false;
    }
    if (!hasSeparator && !labelled && digits.size() > 11) {
        return false;
    }
    // Freephone prefixes say "company", whatever a region's metadata makes
    // of the rest ("call 0800 000 123", "1800 123 4567").
    const auto starts
        = [&digits](std::string_view prefix) { return digits.compare(0, prefix.size(), prefix) == 0; };
    // Not a bare "800"/"888": Indian mobiles start so.
    const bool freephone = starts("0800") || starts("0808") || starts("1800") || starts("1300")
        || (digits.size() == 11 && (starts("1888") || starts("1877") || starts("1866")));
    if (freephone) {
        return false;
    }
    const std::string national(value);
    bool possible = false;
    for (const char* region : kRegionHints) {
        if (util.Parse(national, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
            continue;
        }
        std::string numberRegion;
        util.GetRegionCodeForNumber(number, &numberRegion);
        if (numberRegion == region) {  // GetRegionCodeForNumber() only names regions the number is valid in
            return !organisational(util, number);
        }
        possible = possible || util.IsPossibleNumber(number);
    }
    return possible && labelled && digits.size() >= 9;
}

bool PhoneValidator::spoken(std::string_view text, std::size_t& begin, std::size_t& end)
{
    int digits = 0;
    int multiplier = 1;
    std::size_t i = begin;
    while (i < end) {
        while (i < end && !TextContext::isAlnum(text[i])) {
            ++i;
        }
        std::size_t j = i;
        while (j < end && TextContext::isAlnum(text[j])) {
            ++j;
        }
        std::string word(text.substr(i, j - i));
        for (char& c : word) {
            c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
        }
        if (word == "double") {
            multiplier = 2;
        } else if (word == "triple") {
            multiplier = 3;
        } else if (word == "plus") {
            if (i != begin) {
                return false;
            }
        } else if (!word.empty()) {
            digits += multiplier;
            multiplier = 1;
        }
        i = j;
    }
    if (digits < 7 || digits > 15) {
        return false;
    }
    return !NumberValidator::negativeLabel(text, begin);
}

}  // namespace veil::redact
