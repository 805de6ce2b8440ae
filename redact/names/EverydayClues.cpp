// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The part of NamingContext.h about everyday errands that name people: a gift
// or a party for someone ("get Sueze something", "a surprise party for
// Grace"), a visit to someone's home ("go to Maria's"), and given names that
// are also words of grammar ("tell Will", "Will can't make it"); and chat
// spelling: whether a message is casual or English, and lower-case names
// paired as a subject ("hope n liam are coming").
#include "redact/names/NamingContext.h"

#include "redact/detect/TextContext.h"
#include "redact/names/NameFinderToken.h"
#include "redact/names/NameLexicon.h"
#include "redact/names/WordList.h"

#include <algorithm>
#include <array>
#include <string>

namespace veil::redact::naming {

namespace {

/// A number follows `end` after spaces: "meeting June 5".
bool digitNext(std::string_view text, std::size_t end)
{
    const std::size_t at = text.find_first_not_of(' ', end);
    return at != std::string_view::npos && text[at] >= '0' && text[at] <= '9';
}

}  // namespace

bool grammarWordName(std::string_view folded)
{
    // Given names (first.txt) that common_words.txt lists as words of grammar or
    // months: without this they would be dropped before any context is read.
    return folded == "will" || folded == "may" || folded == "june" || folded == "april" || folded == "august";
}

bool grammarWordNameStands(std::string_view text, std::size_t end, std::string_view folded, bool triggered,
                           std::string_view trigger)
{
    if (digitNext(text, end)) {
        return false;
    }
    // "tell Will I said hi", "ask May you're sorry": a verb of telling names the person whatever follows.
    static constexpr WordList kTelling(std::to_array<std::string_view>(
        { "tell", "told", "ask", "asked", "text", "texted", "remind", "message", "email", "ping", "invite",
          "meet", "met", "pay", "owe", "call" }));
    if (triggered && kTelling.contains(trigger)) {
        return true;
    }
    const std::string next = wordAfter(text, end);
    // "Will you…", "May I…", "meeting June 5": a modal or a month, not a person.
    static constexpr WordList kPronouns(
        std::to_array<std::string_view>({ "i", "you", "we", "he", "she", "they", "it", "u", "ya" }));
    if (kPronouns.contains(next)) {
        return false;
    }
    if (triggered) {
        return true;  // "tell Will", "my brother Will's wedding", "Dear May,"
    }
    // "Will can't make it", "Will is picking me up": the modal takes no finite verb after it.
    // wordAfter() stops at an apostrophe: "can't" reads "can", "won't" "won".
    static constexpr WordList kFinite(std::to_array<std::string_view>(
        { "is",    "was", "has",    "had",   "can",   "cant",  "cannot", "couldn", "won",
          "wont",  "isn", "wasn",   "doesn", "didn",  "says",  "said",   "told",   "wants",
          "needs", "got", "thinks", "knows", "keeps", "lives", "texted", "called", "asked" }));
    // "Will and Jasmine are hosting": paired with a capitalised name.
    if (folded == "will" && next == "and") {
        const std::size_t at = text.find(" and ", end);
        return at != std::string_view::npos && at + 5 < text.size() && text[at + 5] >= 'A'
            && text[at + 5] <= 'Z';
    }
    // "Will's band is playing": no modal takes a possessive.
    return folded == "will" && (kFinite.contains(next) || next == "'s");
}

bool forSomeone(std::string_view w1, std::string_view w2)
{
    // "a surprise party for Grace", "a tutor for Jasmine", "something for Hope".
    // Not "tickets for Bali" or "visa for Jordan": those are for places.
    static constexpr WordList kFor(std::to_array<std::string_view>(
        { "party",     "gift",           "gifts",     "present",  "presents", "cake",       "card",
          "something", "anything",       "surprise",  "shower",   "tutor",    "babysitter", "nanny",
          "toast",     "speech",         "poem",      "letter",   "flowers",  "tribute",    "eulogy",
          "reference", "recommendation", "sleepover", "playdate", "prayers" }));
    return w1 == "for" && kFor.contains(w2);
}

bool giftedSomething(std::string_view text, std::size_t end, std::string_view w1)
{
    // "get Sueze something for Christmas", "buy Ayo a present", "send Lale flowers".
    static constexpr WordList kGive(std::to_array<std::string_view>(
        { "get", "getting", "got", "buy", "buying", "bought", "send", "sending", "sent", "give", "giving",
          "gave", "make", "making", "made" }));
    if (!kGive.contains(w1)) {
        return false;
    }
    const std::string next = wordAfter(text, end);
    if (next == "something" || next == "anything" || next == "flowers" || next == "nothing") {
        return true;
    }
    // "What should I get Haiwoum for Christmas?", "buy Ayo for her birthday".
    if (next == "for") {
        const std::size_t at = text.find(" for ", end);
        const std::string occasion = at == std::string_view::npos ? std::string() : wordAfter(text, at + 4);
        return isOccasion(occasion) || occasion == "birthday" || occasion == "his" || occasion == "her"
            || occasion == "their";
    }
    if (next != "a") {
        return false;
    }
    const std::size_t at = text.find(" a ", end);
    const std::string thing = at == std::string_view::npos ? std::string() : wordAfter(text, at + 2);
    return thing == "gift" || thing == "present" || thing == "card" || thing == "cake" || thing == "little";
}

bool visitedHome(std::string_view text, std::size_t end, std::string_view w1)
{
    // "go to Maria's and drop the bags", "sleepover at Hope's", "over at Will's tonight":
    // a possessive with nothing owned after it is someone's home.
    if (w1 != "to" && w1 != "at") {
        return false;
    }
    std::size_t after = end;
    if (text.compare(end, 2, "'s") == 0) {
        after = end + 2;
    } else if (text.compare(end, 4, "\xE2\x80\x99s") == 0) {
        after = end + 4;
    } else {
        return false;
    }
    if (after >= text.size() || text[after] == ',' || text[after] == '.' || text[after] == '!'
        || text[after] == '?' || text[after] == ')' || text[after] == '\n') {
        return true;
    }
    if (text[after] != ' ') {
        return false;
    }
    static constexpr WordList kThen(std::to_array<std::string_view>(
        { "and",  "for",   "tonight", "today", "tomorrow", "later", "after",    "afterwards",
          "then", "first", "now",     "again", "this",     "on",    "before",   "so",
          "but",  "or",    "with",    "place", "house",    "flat",  "apartment" }));
    return kThen.contains(wordAfter(text, after));
}

bool errandFor(std::string_view text, std::size_t end, std::size_t words, std::string_view w1,
               std::string_view w2, bool home)
{
    return words == 1
        && (forSomeone(w1, w2) || giftedSomething(text, end, w1) || (home && visitedHome(text, end, w1)));
}

bool vocativeAfterColon(std::string_view text, std::size_t begin, std::size_t end)
{
    // "Rewrite this so it sounds less angry: Kothen, you forgot my birthday again".
    std::size_t i = begin;
    while (i > 0 && text[i - 1] == ' ') {
        --i;
    }
    if (i == 0 || text[i - 1] != ':' || end + 2 >= text.size() || text[end] != ',') {
        return false;
    }
    static constexpr WordList kAddressed(std::to_array<std::string_view>(
        { "you", "u", "ya", "can", "could", "please", "pls", "stop", "why", "thanks", "thank", "i", "we" }));
    return kAddressed.contains(wordAfter(text, end + 1));
}

namespace {

/// A bullet item's text: the line after "- ", "* " or "• ", without trailing spaces.
bool bulletItem(std::string_view line, std::string_view& item)
{
    for (const std::string_view bullet : { "- ", "* ", "\xE2\x80\xA2 " }) {
        if (line.starts_with(bullet)) {
            item = line.substr(bullet.size());
            while (!item.empty() && (item.back() == ' ' || item.back() == '\r')) {
                item.remove_suffix(1);
            }
            return true;
        }
    }
    return false;
}

/// Two or three words, each a capital and at least two more letters: "Tiakoukrun Giodrabrik".
bool fullNameShape(std::string_view item)
{
    int words = 0;
    std::size_t k = 0;
    while (k < item.size()) {
        if (item[k] < 'A' || item[k] > 'Z') {
            return false;
        }
        std::size_t e = k + 1;
        while (e < item.size() && item[e] != ' ') {
            const auto c = static_cast<unsigned char>(item[e]);
            if (!((c >= 'a' && c <= 'z') || c >= 0x80U || c == '\'' || c == '-')) {
                return false;
            }
            ++e;
        }
        if (e - k < 3) {
            return false;
        }
        ++words;
        k = e + 1;
    }
    return words >= 2 && words <= 3;
}

}  // namespace

bool bulletedPeople(std::string_view text, std::size_t begin, std::size_t end)
{
    // "- Mateijei Fedian\n- Tretiadrour Guechiom\n- Fiochihem Huedrajith\nwho should lead…":
    // a chain that is a whole bullet item, in a list of two or more items
    // shaped like full names. The caller asks only for chains of words in no
    // list and no dictionary.
    const std::size_t lineStart = text.rfind('\n', begin == 0 ? 0 : begin - 1);
    const std::size_t from = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    const std::size_t lineEnd = std::min(text.find('\n', end), text.size());
    std::string_view item;
    if (!bulletItem(text.substr(from, lineEnd - from), item) || item.data() != text.data() + begin
        || item.size() != end - begin) {
        return false;
    }
    // The message is about people: a list of dishes, places or products is not ("Khao Soi", "Cinque Terre").
    if (!TextContext::wordIn(text, 0, text.size(),
                             { "who",          "whom",       "whose",   "team",       "people",
                               "attendees",    "guests",     "members", "candidates", "invitees",
                               "participants", "speakers",   "staff",   "colleagues", "coworkers",
                               "students",     "volunteers", "hire",    "interview",  "invite" })) {
        return false;
    }
    int shaped = 0;
    std::size_t at = 0;
    while (at <= text.size() && shaped < 2) {
        const std::size_t stop = std::min(text.find('\n', at), text.size());
        shaped += bulletItem(text.substr(at, stop - at), item) && fullNameShape(item) ? 1 : 0;
        at = stop + 1;
    }
    return shaped >= 2;
}

bool lowerPairedSubject(std::string_view text, std::size_t end, const NameLexicon& lexicon)
{
    // "hope n liam are coming", "faith n i r driving", "zara and i said the same thing": a
    // given name that is also a word (or a brand) joined to a clear name or to "i" as the
    // subject of what people do, in chat spelling.
    std::size_t k = end;
    for (const std::string_view joiner :
         { std::string_view(" n "), std::string_view(" and "), std::string_view(" & ") }) {
        if (text.compare(end, joiner.size(), joiner) == 0) {
            k = end + joiner.size();
            break;
        }
    }
    if (k == end) {
        return false;
    }
    std::size_t e = k;
    while (e < text.size() && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] == '-' && e > k))) {
        ++e;
    }
    static constexpr WordList kVerbs(
        std::to_array<std::string_view>({ "r", "are", "were", "said", "have", "got", "both" }));
    if (e == k || e >= text.size() || text[e] != ' ' || !kVerbs.contains(wordAfter(text, e))) {
        return false;
    }
    const std::string_view other = text.substr(k, e - k);
    if (other == "i" || other == "me") {
        return true;
    }
    const std::uint16_t g = lexicon.chainFlags(other);
    return (g & NameLexicon::FirstName) != 0
        && (g
            & (NameLexicon::English | NameLexicon::CommonWord | NameLexicon::Ambiguous | NameLexicon::Denied))
        == 0;
}

bool casualMessage(std::string_view text, const std::vector<NameFinder::Token>& tokens)
{
    for (const NameFinder::Token& t : tokens) {
        if (t.script == Script::Latin) {
            if (!t.capitalised) {
                return true;
            }
            break;
        }
    }
    return std::any_of(tokens.begin(), tokens.end(),
                       [&](const NameFinder::Token& t) { return t.codePoints == 1 && text[t.begin] == 'i'; });
}

bool englishMessage(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                    const NameLexicon& lexicon)
{
    // Most of its lower-case words are English words.
    int english = 0;
    int other = 0;
    for (const NameFinder::Token& t : tokens) {
        if (t.script != Script::Latin || t.capitalised || t.codePoints < 2) {
            continue;
        }
        const std::uint16_t f = lexicon.flags(foldedToken(text, t));
        ((f & (NameLexicon::English | NameLexicon::CommonWord)) != 0 ? english : other) += 1;
    }
    return english >= 3 && english * 10 >= (english + other) * 7;
}

}  // namespace veil::redact::naming
