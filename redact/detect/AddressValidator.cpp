// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/AddressValidator.h"

#include "redact/detect/TextContext.h"
#include "redact/names/NameLexicon.h"
#include "redact/text/Unicode.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace veil::redact {

namespace {

// One component of an address tail, anchored at its start. Alternatives are
// ordered from most to least specific; `strong` components (postcodes,
// states with ZIP, countries) may end an address on their own.
const RE2& postcodePattern()
{
    static const RE2 re(
        R"(^((?:[A-Z]{2}\s?\d{5}(?:-\d{4})?|(?:[A-Z]{2}\s)?[A-Z]\d[A-Z]\s?\d[A-Z]\d|)"  // US, Canada ("QC H3G
                                                                                        // 1P1")
        R"([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{3}\s\d{3}|\d{4}\s?[A-Z]{2}|)"
        R"([AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}|\d{4,6}(?:-\d{4})?)\b))");
    return re;
}

const RE2& unitPattern()
{
    static const RE2 re(
        // Russian flat, house and building ("кв. 5", "д. 10", "корп. 2"), Polish premises ("lok. 3").
        R"(^((?i:apt\.?|apartment|unit|suite|ste\.?|flat|floor|fl\.?|#|room|block|tower|wing|building|bldg\.?|)"
        R"(кв\.?|д\.|корп\.?|стр\.|lok\.|m\.))"
        R"(\s?[A-Za-z0-9\-]{1,6}\b|)"
        // Spanish and Portuguese floor and door: "3º B", "2ºA", "4º 2ª", "1º izda.".
        R"(\d{1,2}\s?[ºª°](?:\s?(?:\d{1,2}\s?[ºª]|(?i:izda|izq|dcha|dcho|esq|dto|dir)\.?|[A-Za-z]\b))?))");
    return re;
}

/// A unit that may follow the street without a comma ("… Street Apt 3B"):
/// only the common designators, and a number.
const RE2& attachedUnitPattern()
{
    static const RE2 re(
        R"(^((?i:apt\.?|apartment|unit|suite|ste\.?|flat)\s+[A-Za-z]?\d[A-Za-z0-9\-]{0,5}\b|#\s?[A-Za-z]?\d[A-Za-z0-9\-]{0,5}\b))");
    return re;
}

const RE2& localityPattern()
{
    // Capitalised words, ordinals ("3rd Cross"), "Sector 21", "near/opp. <landmark>".
    static const RE2 re(
        R"(^((?:(?i:near|opp\.?|opposite|behind|beside|next to|off)\s+)?)"
        // Islamabad-style sectors: "F-8/3", "G-9".
        // Hindi localities in an Indian address: "सेक्टर 12, नोएडा 201301".
        R"((?:[A-Z]-\d{1,2}(?:/\d{1,2})?\b|\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Devanagari}+|\d{1,3}(?:st|nd|rd|th)\b|[A-Z]{2,4}|(?:Sector|Phase|Block|Stage|Ward)\s\d{1,3}[A-Z]?\b|\d{1,3}\b))"
        // Town names with a particle: "Rio de Janeiro", "Frankfurt am Main", "Stratford upon Avon".
        // Words of one locality are joined by spaces: a line break starts the next component.
        R"((?:[ \t](?:(?:de|da|do|dos|das|del|am|upon|sur)[ \t])?(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Devanagari}+|\d{1,3}(?:st|nd|rd|th)\b|[A-Z]{2,4}|(?:Sector|Phase|Block|Stage|Ward)\s\d{1,3}[A-Z]?\b|\d{1,3}\b)){0,3}))");
    return re;
}

bool isCountry(std::string_view word)
{
    // An array of string_views: a braced list of literals would measure each with strlen per call.
    static constexpr auto kCountries = std::to_array<std::string_view>({ "USA",
                                                                         "US",
                                                                         "U.S.A.",
                                                                         "United States",
                                                                         "UK",
                                                                         "United Kingdom",
                                                                         "England",
                                                                         "Scotland",
                                                                         "Wales",
                                                                         "Ireland",
                                                                         "India",
                                                                         "Germany",
                                                                         "Deutschland",
                                                                         "France",
                                                                         "Spain",
                                                                         "España",
                                                                         "Italy",
                                                                         "Italia",
                                                                         "Netherlands",
                                                                         "Brazil",
                                                                         "Brasil",
                                                                         "Nigeria",
                                                                         "Canada",
                                                                         "Australia",
                                                                         "Portugal",
                                                                         "Mexico",
                                                                         "México",
                                                                         "Kenya",
                                                                         "Ghana",
                                                                         "South Africa",
                                                                         "Singapore",
                                                                         "Pakistan",
                                                                         "Bangladesh",
                                                                         "Sri Lanka",
                                                                         "Nepal",
                                                                         "Philippines",
                                                                         "Japan",
                                                                         "China",
                                                                         "South Korea",
                                                                         "UAE",
                                                                         "United Arab Emirates",
                                                                         "Belgium",
                                                                         "Switzerland",
                                                                         "Austria",
                                                                         "Poland",
                                                                         "Sweden",
                                                                         "Norway",
                                                                         "Denmark",
                                                                         "Finland",
                                                                         "New Zealand",
                                                                         "Argentina",
                                                                         "Colombia",
                                                                         "Chile",
                                                                         "Peru",
                                                                         "Egypt",
                                                                         "Morocco",
                                                                         "Turkey",
                                                                         "Türkiye",
                                                                         "Uganda",
                                                                         "Tanzania",
                                                                         "Northern Ireland",
                                                                         "Malaysia",
                                                                         "Indonesia",
                                                                         "Vietnam",
                                                                         "Greece",
                                                                         "Romania" });
    return std::find(kCountries.begin(), kCountries.end(), word) != kCountries.end();
}

/// Capitalised words that start a new sentence rather than an address line.
bool sentenceWord(std::string_view folded)
{
    for (const std::string_view w :
         { "thanks",  "thank", "please", "pls",   "and",  "or",    "but",  "i",    "i'm",
           "we",      "my",    "the",    "call",  "text", "email", "see",  "ok",   "cheers",
           "regards", "best",  "hi",     "hello", "dear", "it",    "this", "that", "is",
           "are",     "was",   "can",    "could", "will", "would", "if",   "so",   "also",
           "then",    "when",  "from",   "to",    "for",  "with" }) {
        if (folded == w) {
            return true;
        }
    }
    return false;
}

/// Length of a separator at `pos` (", ", ",", "\n", " - ", " "), 0 if none.
std::size_t separatorAt(std::string_view text, std::size_t pos, bool& lineBreak)
{
    std::size_t i = pos;
    lineBreak = false;
    while (i < text.size()
           && (text[i] == ' ' || text[i] == ',' || text[i] == '\n' || text[i] == '\r' || text[i] == '-'
               || text[i] == '\t')) {
        lineBreak = lineBreak || text[i] == '\n';
        ++i;
        if (i - pos > 4) {
            break;
        }
    }
    // A dash only separates when surrounded by spaces ("Bhopal - 462297").
    const std::string_view sep = text.substr(pos, i - pos);
    if (sep.find('-') != std::string_view::npos && sep.find(' ') == std::string_view::npos) {
        return 0;
    }
    return i - pos;
}

}  // namespace

bool AddressValidator::address(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // A Chinese or Japanese address (rule "address-cjk"): whole as matched, unless a
    // landmark's ("〒150-0002 東京都渋谷区渋谷2-21-1 is the Hikarie building").
    // Their first character is CJK or 〒 (U+3000–U+9FFF: UTF-8 lead bytes 0xE3–0xE9); a
    // Russian "ул. …" is not.
    const auto lead = static_cast<unsigned char>(text[begin]);
    if (lead >= 0xE3U && lead <= 0xE9U) {
        // The city may have taken the words before it: "地址是北京市…" starts at 北京.
        const std::string_view match = text.substr(begin, end - begin);
        const std::size_t city = std::min(match.find("\xE5\xB8\x82"), match.find("\xE7\x9C\x81"));  // 市, 省
        std::size_t cut = 0;
        for (const std::string_view marker :
             { "\xE6\x98\xAF", "\xE5\x9C\xA8", "\xE5\x9D\x80", "\xE4\xBA\x8E" }) {
            const std::size_t at
                = city == std::string_view::npos ? city : match.substr(0, city).rfind(marker);
            cut = at == std::string_view::npos ? cut : std::max(cut, at + marker.size());  // 是, 在, 址, 于
        }
        begin += cut;
        return !TextContext::wordAfter(text, end, 40,
                                       { "building", "tower", "museum", "station", "famous", "is the" })
            && text.substr(end, 6) != "\xE3\x83\x93\xE3\x83\xAB" && text.substr(end, 3) != "\xE9\xA7\x85";
    }
    const char before = TextContext::before(text, begin);
    const bool gluedNumber = (before == '-' || before == '/' || before == '.') && begin >= 2
        && TextContext::isAlnum(text[begin - 2]);
    if (TextContext::isAlnum(before) || gluedNumber
        || TextContext::famousAddress(text.substr(begin, end - begin + 24))) {
        return false;
    }
    // A Turkish label glued to the street by the pattern: "Adresim Bağdat Caddesi No: 214".
    for (const std::string_view label : { "Adresim ", "Adresi ", "Adres " }) {
        if (text.substr(begin, label.size()) == label) {
            begin += label.size();
        }
    }
    // "Mainzer Landstraße 50", "Kölner Straße 12": a town's adjective before the
    // street belongs to it, and a bare "Straße 12" is a street only with one.
    if (begin >= 4 && !TextContext::isDigit(text[begin]) && text[begin - 1] == ' '
        && std::islower(static_cast<unsigned char>(text[begin - 2]))) {
        std::size_t k = begin - 1;
        while (k > 0
               && (std::isalpha(static_cast<unsigned char>(text[k - 1]))
                   || static_cast<unsigned char>(text[k - 1]) >= 0x80U)) {
            --k;
        }
        std::size_t length = 1;
        if (begin - 1 - k >= 4 && text.substr(begin - 3, 2) == "er"
            && Unicode::isUpper(Unicode::decode(text, k, length))
            && (k == 0 || !TextContext::isAlnum(text[k - 1]))) {
            begin = k;
        }
    }
    for (const std::string_view bare :
         { "Straße ", "Strasse ", "Str. ", "Weg ", "Gasse ", "Platz ", "Allee ", "Ring ", "Damm " }) {
        if (text.substr(begin, bare.size()) == bare) {
            return false;  // no adjective was found before it
        }
    }
    // The head of an Indian address ends with its comma; drop it.
    while (end > begin && (text[end - 1] == ',' || text[end - 1] == ' ')) {
        --end;
    }
    // A match that starts with a word and ends with a street type is a street
    // with its flat first ("Apt 12C, 450 Park Ave"), not an Indian-style head.
    const bool streetLast
        = end > begin && (std::isalpha(static_cast<unsigned char>(text[end - 1])) || text[end - 1] == '.');
    const bool indianHead
        = end > begin && (text[begin] == '#' || !TextContext::isDigit(text[begin])) && !streetLast;
    // "Calle 5 de Mayo 120", "Rua 25 de Abril 40": a street named after a date.
    if (end > begin && TextContext::isDigit(text[end - 1]) && !TextContext::isDigit(text[begin])) {
        for (const std::string_view link : { " de ", " del " }) {
            std::size_t k = end + link.size();
            std::size_t length = 1;
            if (text.substr(end, link.size()) != link || k >= text.size()
                || !Unicode::isUpper(Unicode::decode(text, k, length))) {
                continue;
            }
            while (k < text.size()
                   && (std::isalpha(static_cast<unsigned char>(text[k]))
                       || static_cast<unsigned char>(text[k]) >= 0x80U)) {
                ++k;
            }
            const std::size_t digits = k + 1;
            std::size_t e = digits;
            while (e < text.size() && e - digits < 5 && TextContext::isDigit(text[e])) {
                ++e;
            }
            if (k < text.size() && text[k] == ' ' && e > digits
                && !TextContext::isAlnum(TextContext::at(text, e))) {
                end = e;
            }
            break;
        }
    }
    // "C-204, Lodha Amara, …": a block-letter flat number alone is a head only
    // when a postcode follows ("Gate B-22, Terminal 2" is not an address).
    const bool blockHead = end - begin <= 8 && end > begin + 2 && text[begin] >= 'A' && text[begin] <= 'Z'
        && (text[begin + 1] == '-'
            || (text[begin + 1] >= 'A' && text[begin + 1] <= 'Z' && text[begin + 2] == '-'));
    std::size_t strongEnd = end;
    std::size_t lastEnd = end;
    int components = 0;
    int localities = 0;
    bool sawPostcode = false;
    bool europeanPostcode = false;
    bool townTaken = false;
    // "Hauptstraße 5": the street name comes first, the number after it.
    const bool europeanHead
        = end > begin && !TextContext::isDigit(text[begin]) && TextContext::isDigit(text[end - 1]);
    std::size_t pos = end;
    while (components < 7 && pos < text.size()) {
        bool lineBreak = false;
        const std::size_t sep = separatorAt(text, pos, lineBreak);
        if (sep == 0) {
            break;
        }
        // Right after the street, the next component needs a comma or a line
        // break ("12 Main Street blocks" is prose); later a space may do
        // ("Exeter EX5 5HQ").
        const std::string_view separator = text.substr(pos, sep);
        const std::size_t start = pos + sep;
        const std::string_view rest = text.substr(start);
        re2::StringPiece match;
        re2::StringPiece input(rest.data(), rest.size());
        // A unit may follow the street without a comma: "4417 Alder Street Apt 3B".
        if (components == 0 && separator.find(',') == std::string_view::npos && !lineBreak
            && separator.find('-') == std::string_view::npos
            && !RE2::PartialMatch(input, attachedUnitPattern(), &match)) {
            break;
        }
        if (RE2::PartialMatch(input, postcodePattern(), &match) && !match.empty()) {
            // A bare 4-6 digit number counts as a postcode only after a locality.
            const bool bareDigits = TextContext::isDigit(match[0]) && match.size() <= 6;
            // "75019 Paris": a 4-5 digit postcode followed by a capitalised town.
            const std::size_t afterCode = start + match.size();
            std::size_t townLength = 1;
            const bool townFollows = afterCode + 1 < text.size() && text[afterCode] == ' '
                && Unicode::isUpper(Unicode::decode(text, afterCode + 1, townLength));
            if (!bareDigits || localities > 0 || indianHead || europeanHead
                || (townFollows && match.size() <= 5)) {
                // "10115 Berlin", "1015 CJ Amsterdam"; after a district too: "Col. Centro, 06000 Ciudad de
                // México".
                europeanPostcode = localities == 0 || (bareDigits && match.size() == 5 && townFollows);
                pos = start + match.size();
                strongEnd = pos;
                lastEnd = pos;
                sawPostcode = true;
                ++components;
                continue;
            }
        }
        if (sawPostcode && europeanPostcode && !townTaken) {
            // "10115 Berlin", "75008 Paris": the town follows the postcode.
            std::size_t e = start;
            while (e < text.size()
                   && (TextContext::isAlnum(text[e]) || static_cast<unsigned char>(text[e]) >= 0x80U
                       || text[e] == '-')) {
                ++e;
            }
            std::size_t length = 1;
            if (e > start && Unicode::isUpper(Unicode::decode(text, start, length))) {
                // "Frankfurt am Main", "Freiburg im Breisgau", "Mülheim an der Ruhr".
                for (const std::string_view particle :
                     { " am ", " im ", " an der ", " upon ", " sur ", " de ", " del ", " do ", " da " }) {
                    const std::size_t next = e + particle.size();
                    if (text.substr(e, particle.size()) == particle && next < text.size()
                        && std::isupper(static_cast<unsigned char>(text[next]))) {
                        e = next;
                        while (e < text.size()
                               && (std::isalpha(static_cast<unsigned char>(text[e]))
                                   || static_cast<unsigned char>(text[e]) >= 0x80U)) {
                            ++e;
                        }
                        break;
                    }
                }
                // "20121 Milano MI", "00184 Roma (RM)": an Italian province's code after the town.
                const bool bracket = TextContext::at(text, e + 1) == '(';
                const std::size_t code = e + (bracket ? 2 : 1);
                if (TextContext::at(text, e) == ' ' && code + 2 <= text.size()
                    && std::isupper(static_cast<unsigned char>(text[code])) != 0
                    && std::isupper(static_cast<unsigned char>(text[code + 1])) != 0
                    && (!bracket || TextContext::at(text, code + 2) == ')')
                    && !TextContext::isAlnum(TextContext::at(text, code + (bracket ? 3 : 2)))
                    && text.substr(code, 2) != "OK" && text.substr(code, 2) != "PS") {
                    e = code + (bracket ? 3 : 2);
                }
                strongEnd = e;
                pos = e;
                townTaken = true;
                ++localities;
                ++components;
                continue;
            }
        }
        if (sawPostcode) {
            // After the postcode only a country may follow.
            std::size_t e = start;
            while (e < text.size() && (TextContext::isAlnum(text[e]) || text[e] == ' ' || text[e] == '.')) {
                ++e;
            }
            std::string_view word = text.substr(start, e - start);
            while (!word.empty() && (word.back() == ' ' || word.back() == '.')) {
                word.remove_suffix(1);
            }
            for (std::size_t cut = word.size(); cut > 0; --cut) {
                if ((cut == word.size() || word[cut] == ' ') && isCountry(word.substr(0, cut))) {
                    strongEnd = start + cut;
                    break;
                }
            }
            break;
        }
        if (localities == 0 && RE2::PartialMatch(input, unitPattern(), &match) && !match.empty()) {
            // "…, Apt 3B" belongs to the address even when no town follows.
            pos = start + match.size();
            lastEnd = pos;
            strongEnd = pos;
            ++components;
            continue;
        }
        if (lineBreak && components > 3) {
            break;
        }
        if (RE2::PartialMatch(input, localityPattern(), &match) && !match.empty()) {
            std::string_view words(match.data(), match.size());
            while (!words.empty() && words.back() == ' ') {
                words.remove_suffix(1);
            }
            // Stop at a capitalised sentence word ("…, Thanks") or a name-chain that runs into prose.
            const std::string folded = Unicode::fold(words.substr(0, words.find(' ')));
            if (sentenceWord(folded)) {
                break;
            }
            const auto cleanAfter = [&](std::size_t after) {
                const char next = TextContext::at(text, after);
                return next == '\0' || next == ',' || next == '\n' || next == ' ' || next == '.'
                    || next == ')' || next == ';' || next == '!' || next == '?';
            };
            // "Exeter EX5 5HQ": the last word ran into a postcode; give it back.
            while (!cleanAfter(start + words.size()) && words.find(' ') != std::string_view::npos) {
                words = words.substr(0, words.rfind(' '));
            }
            if (!cleanAfter(start + words.size())) {
                break;
            }
            const std::size_t after = start + words.size();
            pos = after;
            lastEnd = pos;
            ++localities;
            ++components;
            if (isCountry(words)) {
                // "Singapore 560123": a city-state's postcode follows its name.
                std::size_t digits = pos + 1;
                while (digits < text.size() && TextContext::isDigit(text[digits]) && digits - pos <= 6) {
                    ++digits;
                }
                if (TextContext::at(text, pos) == ' ' && digits - pos - 1 >= 4 && digits - pos - 1 <= 6
                    && !TextContext::isAlnum(TextContext::at(text, digits))) {
                    pos = digits;
                }
                strongEnd = pos;
                break;
            }
            // Two localities without a postcode: keep them (street, town); after an
            // Indian-style head the first is the street ("Plot 12, Admiralty Way, Lekki, Lagos").
            if (localities <= (indianHead ? 3 : 2)) {
                strongEnd = pos;
            }
            continue;
        }
        break;
    }
    (void)lastEnd;
    end = strongEnd;
    if (blockHead && !sawPostcode) {
        return false;
    }
    // "House 22, Street 7, F-8/3, Islamabad" needs two parts after the head:
    // "House 3, Season 2" is a TV series.
    const bool houseHead = (text.substr(begin, 6) == "House " || text.substr(begin, 6) == "house ");
    if (houseHead && components < 2 && !sawPostcode) {
        return false;
    }
    // "Am Markt 3" is a street only with its postcode: "Im Jahr 2020" is not.
    for (const std::string_view preposition : { "Am ", "Im ", "An der ", "An den ", "Auf der ", "Auf dem ",
                                                "In der ", "Unter den ", "Zum ", "Zur " }) {
        if (text.substr(begin, preposition.size()) == preposition && !sawPostcode) {
            return false;
        }
    }
    // An Indian-style head alone ("Flat 4,") is not an address; a street
    // alone ("12 Main Street") is one only where the text talks about a place.
    if (components == 0
        && (indianHead
            || !TextContext::wordBefore(
                text, begin, 48,
                { "at",        "live",    "lives",     "living",    "address",   "addr",     "ship",
                  "send",      "deliver", "delivery",  "post",      "mail",      "place",    "house",
                  "home",      "flat",    "apartment", "moved",     "move",      "located",  "location",
                  "near",      "visit",   "stay",      "staying",   "to",        "from",     "on",
                  "is",        "pick",    "drop",      "meet",      "office",    "parcel",   "courier",
                  "package",   "billing", "shipping",  "dirección", "direccion", "endereço", "adresse",
                  "indirizzo", "adres",   "domicilio", "адресу",    "адрес",     "живу",     "mieszkam",
                  "przy",      "adresim", "alamat",    "wohne",     "habite",    "vivo",     "moro",
                  "abito",     "woon" }))) {
        return false;
    }
    // "Rua Augusta 1500, São Paulo is a famous street": a landmark, no one's home.
    if (TextContext::wordAfter(text, end, 32, { "famous", "landmark", "tourist" })) {
        return false;
    }
    return end > begin;
}

}  // namespace veil::redact
