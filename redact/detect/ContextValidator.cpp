// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/detect/ContextValidator.h"

#include "redact/detect/TextContext.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

namespace veil::redact {

namespace {

bool birthWord(std::string_view text, std::size_t from, std::size_t to)
{
    return TextContext::wordIn(
        text, from, to,
        { "born",         "birth",      "birthday",   "birthdate",     "bday",         "b-day",
          "dob",          "d.o.b",      "geboren",    "geburtstag",    "geburtsdatum", "née",
          "né",           "naissance",  "nacimiento", "nací",          "nacido",       "nacida",
          "cumpleaños",   "nascimento", "nasci",      "nascido",       "nascida",      "aniversário",
          "nato",         "nata",       "compleanno", "geboortedatum", "जन्म",          "जन्मदिन",
          "生日",         "出生",       "生まれ",     "誕生日",        "생일",         "출생",
          "生年月日",     "turn",       "turning",    "turns",         "turned",       "janam",
          "janamdin",     "janmdin",    "paida",      "nascita",       "verjaardag",   "birthdays",
          "nasceu",       "nació",      "nacio",      "geb",           "생년월일",     "태어났어요",
          "태어났습니다", "태어났다",   "태어난",     "sinh",          "родился",      "родилась",
          "рождения",     "народився",  "народилася", "народження",    "urodził",      "urodziła",
          "urodzin",      "urodzenia",  "urodzony",   "urodzona",      "doğdu",        "doğum",
          "doğumlu",      "γεννήθηκα",  "γεννήθηκε",  "γέννησης" });
}

/// "name,dob,phone\nInes Carvalho,1991-02-08,…", "| Name | DOB |": the date at
/// `begin` sits in a column of a table whose header row names a birth date.
/// Only read for a date without a birth word near it; looks back at most 4 KB.
bool birthColumn(std::string_view text, std::size_t begin)
{
    const std::size_t lineStart
        = text.rfind('\n', begin) == std::string_view::npos ? 0 : text.rfind('\n', begin) + 1;
    if (lineStart == 0) {
        return false;  // a header needs a line of its own above
    }
    const std::string_view row = text.substr(lineStart, begin - lineStart);
    char separator = '\0';
    for (const char c : { '\t', '|', ';', ',' }) {
        if (row.find(c) != std::string_view::npos) {
            separator = c;
            break;
        }
    }
    if (separator == '\0') {
        return false;
    }
    const auto column = static_cast<std::size_t>(std::count(row.begin(), row.end(), separator));
    // The header: the first line of the block of lines that hold the separator.
    std::size_t header = lineStart;
    while (header > 0 && lineStart - header < 4096) {
        const std::size_t prevEnd = header - 1;
        const std::size_t prevStart = text.rfind('\n', prevEnd == 0 ? 0 : prevEnd - 1);
        const std::size_t start = prevStart == std::string_view::npos || prevEnd == 0 ? 0 : prevStart + 1;
        if (text.substr(start, prevEnd - start).find(separator) == std::string_view::npos) {
            break;
        }
        header = start;
    }
    if (header == lineStart) {
        return false;
    }
    // The header's field at the same column.
    std::size_t from = header;
    for (std::size_t n = 0; n < column; ++n) {
        from = text.find(separator, from);
        if (from == std::string_view::npos || from >= lineStart) {
            return false;
        }
        ++from;
    }
    const std::size_t lineEnd = text.find('\n', from);
    const std::size_t to = std::min({ text.find(separator, from), lineEnd, lineStart });
    std::string field;
    for (std::size_t i = from; i < to && i < text.size() && field.size() < 32; ++i) {
        field.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
    }
    return field.find("birth") != std::string::npos || field.find("dob") != std::string::npos
        || birthWord(text, from, to);
}

}  // namespace

bool ContextValidator::birthDate(std::string_view text, std::size_t& begin, std::size_t& end,
                                 const std::vector<DetectedSpan>& publicMentions)
{
    const char before = TextContext::before(text, begin);
    const char after = TextContext::at(text, end);
    if (TextContext::isDigit(before) || TextContext::isDigit(after) || before == '/' || before == '.'
        || (after == ':' && end + 1 < text.size() && TextContext::isDigit(text[end + 1]))) {
        return false;
    }
    while (end > begin && (text[end - 1] == '.' || text[end - 1] == ',')) {
        --end;
    }
    const std::size_t sentence = TextContext::sentenceStart(text, begin);
    const std::size_t sentenceEnd = TextContext::sentenceEnd(text, end);
    const std::size_t from = begin > sentence + 64 ? begin - 64 : sentence;
    const std::size_t to = end + 40 < sentenceEnd ? end + 40 : sentenceEnd;
    // "d.o.b. 2 Feb 85", "geb. 14.04.1954": the label's own dots end the "sentence" before the date;
    // "b. 12 Aug 1960" is the genealogists' "born".
    std::size_t mark = begin;
    while (mark > 0 && text[mark - 1] == ' ') {
        --mark;
    }
    const bool bornMark = mark >= 2 && text.substr(mark - 2, 2) == "b."
        && (mark == 2 || !TextContext::isAlnum(text[mark - 3]));
    if (!birthWord(text, from, begin) && !birthWord(text, end, to) && !bornMark
        && !TextContext::wordBefore(text, begin, 10, { "d.o.b", "geb" }) && !birthColumn(text, begin)) {
        return false;
    }
    // A pet's birthday, or a public figure's, is not personal data.
    if (TextContext::wordIn(text, sentence, sentenceEnd,
                            { "dog", "cat", "puppy", "kitten", "pet", "hamster", "parrot", "rabbit", "bunny",
                              "horse", "goldfish", "turtle", "doggo", "pup" })) {
        return false;
    }
    // publicMentions are in text order: look only at those from this sentence on.
    const auto first = std::lower_bound(publicMentions.begin(), publicMentions.end(), sentence,
                                        [](const DetectedSpan& m, std::size_t at) { return m.begin < at; });
    if (first != publicMentions.end() && first->begin < sentenceEnd) {
        return false;
    }
    return !TextContext::wordBefore(text, begin, 40,
                                    { "anniversary", "wedding", "founded", "released", "launched" });
}

bool ContextValidator::geoPair(std::string_view text, std::size_t& begin, std::size_t& end)
{
    // Trim spaces the pattern may have caught.
    while (end > begin && text[end - 1] == ' ') {
        --end;
    }
    while (begin < end && text[begin] == ' ') {
        ++begin;
    }
    // "ping was 53.38…", "pinned location -33.87…": the last letter of a word is no hemisphere.
    if (begin + 2 < end && TextContext::isAlnum(TextContext::before(text, begin)) && text[begin + 1] == ' '
        && std::string_view("NSEWnsew").find(text[begin]) != std::string_view::npos) {
        begin += 2;
    }
    const char before = TextContext::before(text, begin);
    const char after = TextContext::at(text, end);
    if (TextContext::isDigit(before) || before == '.' || TextContext::isAlnum(after)
        || (after == '.' && end + 1 < text.size() && TextContext::isDigit(text[end + 1]))) {
        return false;
    }
    const std::string value(text.substr(begin, end - begin));
    // Two numbers, with their decimals counted.
    double numbers[2] = { 0.0, 0.0 };
    int decimals[2] = { 0, 0 };
    int found = 0;
    bool hemisphere = false;
    bool degrees = value.find("\xC2\xB0") != std::string::npos;
    for (std::size_t i = 0; i < value.size() && found < 2;) {
        const char c = value[i];
        if (c == 'N' || c == 'S' || c == 'E' || c == 'W' || c == 'n' || c == 's' || c == 'e' || c == 'w') {
            hemisphere = true;
        }
        if (TextContext::isDigit(c)
            || (c == '-' && i + 1 < value.size() && TextContext::isDigit(value[i + 1]))) {
            char* stop = nullptr;
            numbers[found] = std::strtod(value.c_str() + i, &stop);
            const auto consumed = static_cast<std::size_t>(stop - (value.c_str() + i));
            const std::size_t dot = value.find('.', i);
            decimals[found] = dot != std::string::npos && dot < i + consumed
                ? static_cast<int>(i + consumed - dot - 1)
                : 0;
            ++found;
            i += consumed == 0 ? 1 : consumed;
            if (degrees) {
                break;  // DMS: the first number is enough to range-check
            }
            continue;
        }
        ++i;
    }
    if (!degrees && found < 2) {
        return false;
    }
    if (std::abs(numbers[0]) > 90.0 || (!degrees && std::abs(numbers[1]) > 180.0)) {
        return false;
    }
    const bool geoWords
        = TextContext::wordBefore(
              text, begin, 60, { "lat",      "latitude", "long", "longitude", "coordinates", "coords", "gps",
                                 "location", "located",  "pin",  "maps",      "map",         "near",   "at",
                                 "here",     "position", "geo",  "parked",    "stuck",       "house" })
        || text.substr(begin > 200 ? begin - 200 : 0, begin > 200 ? 200 : begin).rfind("http")
            != std::string_view::npos;
    if (!degrees && !hemisphere && (decimals[0] < 3 || decimals[1] < 3) && !geoWords) {
        return false;
    }
    if (!degrees && !hemisphere && (decimals[0] < 2 || decimals[1] < 2)) {
        return false;
    }
    // Landmarks and maths are not a person's location.
    const std::size_t sentence = TextContext::sentenceStart(text, begin);
    const std::size_t sentenceEnd = TextContext::sentenceEnd(text, end);
    return !TextContext::wordIn(
        text, sentence, sentenceEnd,
        { "vector",       "score",         "scores",       "mean",         "std",         "average",
          "accuracy",     "loss",          "ratio",        "weights",      "correlation", "coefficient",
          "p-value",      "matrix",        "tensor",       "gradient",     "point p",     "plot",
          "graph",        "eiffel",        "pyramid",      "pyramids",     "statue",      "landmark",
          "monument",     "tower",         "colosseum",    "taj mahal",    "stonehenge",  "big ben",
          "machu picchu", "everest",       "kremlin",      "great wall",   "opera house", "golden gate",
          "acropolis",    "cathedral",     "museum",       "summit",       "battle",      "landing",
          "sank",         "crashed",       "erupted",      "historic",     "history",     "famous",
          "empire state", "white house",   "times square", "central park", "burj",        "sphinx",
          "parthenon",    "vatican",       "louvre",       "mount",        "capital",     "city centre",
          "city center",  "quadrant",      "axes",         "axis",         "slope",       "equation",
          "math",         "maths",         "landed",       "expedition",   "shipwreck",   "wreck",
          "mission",      "national park", "yellowstone",  "grand canyon", "geyser",      "volcano",
          "glacier",      "niagara",       "old faithful", "kilimanjaro",  "uluru" });
}

}  // namespace veil::redact
