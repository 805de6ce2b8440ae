// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/names/NameFinder.h"

#include "redact/names/NameFinderToken.h"

#include "redact/names/NamingContext.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace veil::redact {

using Token = NameFinder::Token;
using namespace naming;

void NameFinder::find(std::string_view text, std::vector<DetectedSpan>& spans,
                      std::vector<DetectedSpan>& publicMentions, WordPrefilter::Scan& words) const
{
    thread_local std::vector<Token> tokens;
    ScriptCounts counts;
    words = {};
    tokenize(text, tokens, counts, words);
    if (tokens.empty()) {
        return;
    }
    const bool hasDevanagari = counts.devanagari > 0;
    const std::size_t hangulTokens = counts.hangul;
    findLatin(text, tokens, spans, publicMentions);
    if (hasDevanagari) {
        findDevanagari(text, tokens, spans);
    }
    if (counts.han + counts.hangul == 0) {
        return;
    }
    for (const Token& t : tokens) {
        if (t.script == Script::Han) {
            findHan(text, t, spans);
        } else if (t.script == Script::Hangul) {
            findHangul(text, t, hangulTokens > 3, spans);
        }
    }
}

void NameFinder::findLatin(std::string_view text, const std::vector<Token>& tokens,
                           std::vector<DetectedSpan>& spans, std::vector<DetectedSpan>& publicMentions) const
{
    // Reused across calls: one allocation per thread, not three per message.
    thread_local std::vector<std::string> folded;
    std::string w1;
    std::string w2;
    // A naming trigger right before token `at` ("my friend", "tell", "Dr").
    const auto personalTrigger = [&](std::size_t at) {
        bool atLineStart = false;
        wordsBefore(text, tokens[at].begin, w1, w2, atLineStart);
        return isStrongTrigger(w1, w2);
    };
    int inEnglish = -1;  // englishMessage(), worked out once and only when a word needs it
    const bool casual = casualMessage(text, tokens);
    std::size_t i = 0;
    std::size_t nextVerb = 0;  // the next token that is a verb of talking ("said", "replied"), once found
    while (i < tokens.size()) {
        const Token& first = tokens[i];
        if (first.script != Script::Latin || first.nearDigit) {
            ++i;
            continue;
        }
        // Build a chain of capitalised words joined by single spaces (particles
        // and middle initials allowed inside).
        std::size_t j = i;
        folded.clear();
        // Lower-case names count only right after a strong trigger ("tell
        // priya") or right before a verb of talking ("ana sofia replied").
        std::size_t verb = 0;
        if (!first.capitalised && first.codePoints >= 3 && nextVerb <= i) {
            // The next verb of talking after `i`: each token is asked once.
            nextVerb = nextTalkVerb(text, tokens, std::max(nextVerb + 1, i + 1));
        }
        if (!first.capitalised
            && (first.codePoints < 3
                || (!lowerCaseTrigger(text, tokens, i)
                    && (nextVerb > i + 3
                        || (nextVerb == i + 3 && text.compare(tokens[i + 1].begin, 4, "and ") != 0)
                        || (verb = lowerCaseVerbAfter(text, tokens, i)) == 0)))) {
            // A listed given name in lower case where a person stands, in English
            // text: "omg sarah is so annoying", "lunch with daniel", "mei just got engaged".
            if (casual && lowerCaseName(text, first, m_lexicon)) {
                if (inEnglish < 0) {
                    inEnglish = englishMessage(text, tokens, m_lexicon) ? 1 : 0;
                }
                if (inEnglish == 1 || honorificAfterLowerName(text, first)) {
                    spans.push_back(
                        { first.begin, first.end, Category::Person, kContextConfidence, "person-lower" });
                }
            }
            ++i;
            continue;
        }
        folded.push_back(foldedToken(text, first));
        if (!first.capitalised) {
            i = findLowerCase(text, tokens, i, verb, spans);
            continue;
        }
        if (first.codePoints == 1 && first.end < text.size() && text[first.end] == '.') {
            const std::size_t next = findInitials(text, tokens, i, spans);
            if (next != i) {
                i = next;
                continue;
            }
        }
        while (j + 1 < tokens.size() && folded.size() < 6) {
            const Token& cur = tokens[j];
            const Token& next = tokens[j + 1];
            if (next.script != Script::Latin || next.nearDigit) {
                break;
            }
            const std::string_view gap = text.substr(cur.end, next.begin - cur.end);
            const bool initial = cur.codePoints == 1 && cur.capitalised && gap == ". ";
            // "Mr. Darcy", "Dr. Obi": a title keeps its dot inside the chain.
            const bool titleDot = gap == ". " && (m_lexicon.flags(folded.back()) & NameLexicon::Title) != 0;
            if (gap != " " && !initial && !titleDot) {
                break;
            }
            if (!next.capitalised) {
                // Particles ("van der", "de la") join only when a capitalised word follows them.
                std::size_t k = j + 1;
                while (k < tokens.size() && !tokens[k].capitalised && isParticle(foldedToken(text, tokens[k]))
                       && k + 1 < tokens.size() && tokens[k + 1].begin == tokens[k].end + 1) {
                    ++k;
                }
                if (k == j + 1 || k >= tokens.size() || !tokens[k].capitalised
                    || tokens[k].script != Script::Latin) {
                    break;
                }
            }
            folded.push_back(foldedToken(text, next));
            ++j;
        }
        const std::size_t chainEnd = j + 1;
        // Leading titles/greetings become context; trailing common words are dropped.
        thread_local std::vector<std::uint16_t> flags;
        flags.clear();
        const std::size_t declined = chainWordFlags(m_lexicon, folded, flags);
        // Public figures, characters, brands and places: a denied sub-chain of
        // the whole chain (titles included: "Mr. Bean") vetoes it.
        {
            std::string whole;
            bool publicFigure = false;
            bool vetoed = false;
            for (std::size_t a = 0; a + 1 < folded.size() && !vetoed; ++a) {
                if ((flags[a] & NameLexicon::ChainHead) == 0) {
                    continue;  // no denied chain starts with this word
                }
                whole.clear();
                for (std::size_t b = a; b < folded.size(); ++b) {
                    if (b > a) {
                        whole.push_back(' ');
                    }
                    whole += folded[b];
                    if (b > a && m_lexicon.isDeniedChain(whole)) {
                        vetoed = true;
                        publicFigure = m_lexicon.isPublicChain(whole);
                        break;
                    }
                }
            }
            for (const std::uint16_t f : flags) {
                publicFigure = publicFigure || (folded.size() == 1 && (f & NameLexicon::PublicFigure) != 0);
            }
            // A monarch or a pope: "Elizabeth II", "Louis XIV" (not "John Smith III").
            publicFigure = publicFigure
                || (folded.size() == 2 && (flags[0] & NameLexicon::FirstName) != 0
                    && isRegnalNumber(folded[1]));
            if (vetoed || publicFigure) {
                if (publicFigure) {
                    publicMentions.push_back({ tokens[i].begin, tokens[chainEnd - 1].end, Category::Person,
                                               1.0F, "public-figure" });
                }
                i = chainEnd;
                continue;
            }
        }
        std::size_t from = 0;
        bool titled = false;
        std::size_t kept = folded.size();  // a given name that is also a word of grammar: "tell Will"
        while (from < folded.size()
               && (flags[from] & (NameLexicon::CommonWord | NameLexicon::Trigger | NameLexicon::Title))
                   != 0) {
            const bool triggered
                = grammarWordName(folded[from]) && (titled || (from == 0 && personalTrigger(i)));
            if (grammarWordName(folded[from]) && tokens[i + from].capitalised
                && grammarWordNameStands(text, tokens[i + from].end, folded[from], triggered,
                                         from == 0 ? std::string_view(w1) : std::string_view())) {
                kept = from;
                break;
            }
            titled = titled || (flags[from] & (NameLexicon::Title | NameLexicon::Trigger)) != 0;
            ++from;
        }
        from = nameStart(flags, from, declined, titled);
        // A particle after them is no name's: "Ich bin Jonas" (Malay "bin").
        while (from > 0 && from < folded.size() && (flags[from] & NameLexicon::Particle) != 0) {
            ++from;
        }
        // Upper-case field labels ("BIC DEUTDEFF", "IFSC HDFC0001234") are not name words.
        while (from < folded.size() && isFieldLabel(folded[from])) {
            const Token& t = tokens[i + from];
            if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(t.begin),
                             text.begin() + static_cast<std::ptrdiff_t>(t.end),
                             [](char c) { return c >= 'A' && c <= 'Z'; })) {
                break;
            }
            ++from;
        }
        std::size_t to = folded.size();
        while (to > from && to - 1 != kept
               && (flags[to - 1] & (NameLexicon::CommonWord | NameLexicon::Particle)) != 0) {
            --to;
        }
        const bool shout = trimShouted(text, tokens, i, flags, from, to);
        // "Albert Museum", "Jefferson High School", "Nelson Mandela Bridge": an
        // institution or place named after someone is not that person.
        // A personal trigger outweighs it: "my friend Sung-min Park" (Park, a Korean surname).
        if (from >= to || (to - from >= 2 && (isStreetWord(folded[from]) || isThingHead(folded[from])))
            || (to - from >= 2 && isInstitutionNoun(folded[to - 1]) && !personalTrigger(i + from))) {
            i = chainEnd;
            continue;
        }
        const Token& startTok = tokens[i + from];
        const Token& endTok = tokens[i + to - 1];
        // Public figures, characters, brands and places: any denied sub-chain vetoes.
        std::string chain;
        bool denied = false;
        for (std::size_t a = from; a + 1 < to && !denied; ++a) {
            if ((flags[a] & NameLexicon::ChainHead) == 0) {
                continue;
            }
            chain.clear();
            for (std::size_t b = a; b < to; ++b) {
                if (b > a) {
                    chain.push_back(' ');
                }
                chain += folded[b];
                if (b > a && m_lexicon.isDeniedChain(chain)) {
                    denied = true;
                    break;
                }
            }
        }
        bool placeNamesPerson = false;
        if (!denied && to - from == 1 && (flags[from] & NameLexicon::Denied) != 0) {
            denied = true;
            // "tell Jordan", "Hi Georgia", "Austin from work", "Chelsea's mom": a
            // place-name is a person's name in naming context.
            if ((flags[from] & (NameLexicon::Place | NameLexicon::PublicFigure)) == NameLexicon::Place
                && (flags[from] & (NameLexicon::FirstName | NameLexicon::Surname)) != 0) {
                bool atLineStart = false;
                wordsBefore(text, startTok.begin, w1, w2, atLineStart);
                // "Paris said no to the budget": a capital speaks for its government.
                placeNamesPerson = titled || isStrongTrigger(w1, w2)
                    || (personCueAfter(text, endTok.end) && !isCapitalCity(folded[from]));
                denied = !placeNamesPerson;
            } else if ((flags[from] & (NameLexicon::FirstName | NameLexicon::PublicFigure))
                           == NameLexicon::FirstName
                       && (text.compare(endTok.end, 7, " and I ") == 0
                           || text.compare(endTok.end, 7, " and me") == 0)) {
                placeNamesPerson
                    = true;  // a brand that is a given name, paired with the writer: "Chase and I"
                denied = false;
            }
        }
        if (denied) {
            if ((flags[from] & NameLexicon::PublicFigure) != 0) {
                publicMentions.push_back(
                    { startTok.begin, endTok.end, Category::Person, 1.0F, "public-figure" });
            }
            i = chainEnd;
            continue;
        }
        bool known = false;
        bool nameish = false;
        bool allForeign = true;  // no token is an English word
        bool anyForeign = false;
        bool anyDenied = false;
        bool allNames = true;  // every token is a listed name, one of them a given name
        bool anyGiven = false;
        for (std::size_t k = from; k < to; ++k) {
            if (tokens[i + k].codePoints == 1 && to - from > 1) {
                continue;  // an initial ("J. Biobrobrou", "Ama K. Boateng") says nothing either way
            }
            const std::uint16_t f = flags[k];
            const bool isName = (f & (NameLexicon::FirstName | NameLexicon::Surname)) != 0;
            const bool english = (f & (NameLexicon::English | NameLexicon::CommonWord)) != 0;
            nameish = nameish || isName;
            known = known
                || (isName
                    && (f & (NameLexicon::Ambiguous | NameLexicon::English | NameLexicon::Denied)) == 0);
            allForeign = allForeign && !english && (f & NameLexicon::Particle) == 0;
            // A name that is also a proper noun of another kind ("Golan" in
            // "Golan Heights") does not make a chain foreign.
            anyForeign = anyForeign || (!english && (f & NameLexicon::Ambiguous) == 0);
            anyDenied = anyDenied || (f & NameLexicon::Denied) != 0;
            allNames = allNames && isName;
            anyGiven = anyGiven || (f & NameLexicon::FirstName) != 0;
        }
        // Single-letter or all-caps short tokens (acronyms) are not names on their own.
        const std::string_view firstWord = text.substr(startTok.begin, startTok.end - startTok.begin);
        const bool acronym = to - from == 1
            // A listed given name in capitals is no acronym in a shout or at five letters: "omg BRIANNA got
            // engaged".
            && !((shout || startTok.codePoints >= 5) && (flags[from] & NameLexicon::FirstName) != 0
                 && (flags[from] & (NameLexicon::English | NameLexicon::Ambiguous | NameLexicon::CommonWord))
                     == 0)
            && (startTok.codePoints < 2
                || (firstWord.size() <= 12 && std::all_of(firstWord.begin(), firstWord.end(), [](char c) {
                        return c >= 'A' && c <= 'Z';
                    })));
        // "Victoria's Secret", "Wendy's", "Jimmy John's", "Dave's Hot Chicken": a brand with a possessive.
        const std::size_t brandEnd = possessiveBrandEnd(text, tokens, i + to, folded, from, to);
        bool possessiveBrand = brandEnd != 0;
        // "Marks & Spencer", "Dolce & Gabbana", "Harry and Meghan": a brand or a famous pair.
        possessiveBrand
            = possessiveBrand || (to - from == 1 && deniedPair(text, tokens, i + from, folded[from]));
        if (acronym || possessiveBrand || (!known && !allForeign && !nameish)) {
            i = std::max(chainEnd, brandEnd);  // no context could make this a name: skip the context work
            continue;
        }
        // Vietnamese "Xin chào" ("hello"), "Xin lỗi" ("sorry"): "xin" is a greeting, not the name Xin.
        // "Thu: Hyun-woo": a weekday's abbreviation as a label is not the name Thu.
        if (to - from == 1
            && (vietnameseGreeting(folded[from], text, endTok.end)
                || weekdayLabel(folded[from], text, endTok.end))) {
            i = chainEnd;
            continue;
        }
        // Names take no article: "the Louvre", "a Tesla".
        bool article = false;
        if (from == 0) {
            bool atLineStart = false;
            wordsBefore(text, startTok.begin, w1, w2, atLineStart);
            // Portuguese puts "a" before a woman's name: "sou a Juliana", "com a Ana".
            // Not where a trigger reads it otherwise: "dile a Mariana", "eine Nachricht an Jürgen".
            article = (w1 == "the" || w1 == "an"
                       || (w1 == "a" && !portugueseBefore(w2, wordAfter(text, endTok.end))))
                && (w1 == "the" || !isStrongTrigger(w1, w2));
        } else {
            article = folded[from - 1] == "the" || folded[from - 1] == "a" || folded[from - 1] == "an";
        }
        // "our neighbours the Kowalskis", "We're the Hendersons": a family, when a
        // personal word comes before "the".
        if (article && from == 0 && to == 1 && w1 == "the" && familyBefore(w2)
            && (flags[0] & NameLexicon::Denied) == 0 && m_lexicon.isSurnamePlural(folded[0])) {
            spans.push_back(
                { startTok.begin, endTok.end, Category::Person, kContextConfidence, "person-context" });
        }
        // "Yerlan from Almaty", "Smith v. Jones": a place or a court case.
        if (article || notAPersonAfter(text, startTok.begin, spans, known)) {
            i = chainEnd;
            continue;
        }
        bool lineStart = false;
        wordsBefore(text, startTok.begin, w1, w2, lineStart);
        // "a trip to Cinque Terre", "we ordered Banh Mi", "learning Tai Chi",
        // "the history of Hagia Sophia", "What does Carpe Diem mean": a place,
        // a dish, a pastime or a saying, however name-like its words.
        // Not a home: "we went to Maria Lopez's place", "driving to Sarah's".
        const bool home
            = text.compare(endTok.end, 2, "'s") == 0 || text.compare(endTok.end, 4, "\xE2\x80\x99s") == 0;
        if (!titled && !home && (thingBefore(w1, w2, known) || thingAfter(text, endTok.end))) {
            i = chainEnd;
            continue;
        }
        // "Note from Folasade:", "From: …" headers name a person; "from Harare" does not.
        const bool fromLabel = (w1 == "from" && endTok.end < text.size() && text[endTok.end] == ':')
            || mailHeader(text, startTok.begin);
        // "Adele" in "my favourite singer is Adele", "songs by Adele": a public
        // figure; not after a field label ("Author: Hiroshi Tanabe").
        std::size_t beforeName = startTok.begin;
        while (beforeName > 0 && text[beforeName - 1] == ' ') {
            --beforeName;
        }
        const bool labelled = beforeName > 0 && text[beforeName - 1] == ':';
        // "Hermione is smarter than Harry and Ron": listed with a public figure or character just met.
        // "Is Geralt stronger than Ciri": compared with one.
        const bool pairedWithPublic = !publicMentions.empty() && publicMentions.back().end < startTok.begin
            && pairedGap(text.substr(publicMentions.back().end, startTok.begin - publicMentions.back().end));
        if (!labelled && (pairedWithPublic || publicRoleAround(text, startTok.begin, endTok.end, w1, w2))) {
            publicMentions.push_back({ startTok.begin, endTok.end, Category::Person, 1.0F, "public-figure" });
            i = chainEnd;
            continue;
        }
        // "my dog is called Max", "the main character is named Elara Voss": not a person.
        // "my car's name is Betsy", "named it Rosie", "Gerald the fern": a thing's name.
        // "reading list: Matilda, Holes, Wonder": a book's.
        const bool thing = namesAThing(text, startTok.begin, endTok.end, w1, w2)
            || listOfTitles(text, endTok.end, m_lexicon)
            || (!known && employerAfterJobTitle(text, startTok.begin, endTok.end));
        if (thing) {
            i = chainEnd;
            continue;
        }
        // German "Im Jahr" is no "I'm": after "im" only a listed name counts.
        const bool strong = titled || fromLabel || (isStrongTrigger(w1, w2) && (w1 != "im" || nameish))
            || afterSignOff(text, startTok.begin) || dashSignature(text, startTok.begin, endTok.end)
            || chatSpeaker(text, startTok.begin, endTok.end);
        const bool medium = isMediumTrigger(w1);
        const std::string after = wordAfter(text, endTok.end);
        // Vocative at the start of a message or sentence: "Ximena, can you…", "Tobiah: running late".
        const char next = endTok.end < text.size() ? text[endTok.end] : '\0';
        // Not before a number: "Hotline, 0800 123 4567" is a label and its value.
        const std::size_t afterPunct = text.find_first_not_of(' ', endTok.end + 1);
        const bool numberNext = afterPunct != std::string_view::npos
            && ((text[afterPunct] >= '0' && text[afterPunct] <= '9') || text[afterPunct] == '+');
        const bool vocative = (next == ',' || (next == ':' && nameish)) && startTok.codePoints >= 3
            && (sentenceInitial(text, startTok.begin) || vocativeAfterColon(text, startTok.begin, endTok.end))
            && titlecase(firstWord) && !numberNext;
        // "Sandy's cat" follows a person; "Yellowstone's Old Faithful" (a capital after "'s") a place.
        const bool possessed = after == "'s"
            && !(endTok.end + 3 < text.size() && text[endTok.end + 2] == ' ' && text[endTok.end + 3] >= 'A'
                 && text[endTok.end + 3] <= 'Z');
        const bool follows = isFollowingVerb(after) || possessed || vocative;
        // "Declan or Ruairí", "Holly, Ivy and Amber": listed with a name just found.
        const bool pairedWithPerson = pairedWithLast(text, spans, startTok.begin);
        // "Ship to Zubair, 4 Rowan Mews", "contact for the flat: Oksana +380 67 …".
        const bool contact = to - from == 1 && contactEntry(text, endTok.end, w1, folded[from]);
        // "Hope and Faith are twins": two given names joined by "and" before "are".
        const bool pairAhead = nameish && to - from == 1 && pairedAhead(text, tokens, i + to, m_lexicon);
        const bool initialPos = sentenceInitial(text, startTok.begin);
        bool accept = false;
        float confidence = kKnownConfidence;
        if (acronym) {
            accept = false;
        } else if (known) {
            accept = true;
        } else if ((strong || placeNamesPerson || pairedWithPerson) && (allForeign || nameish)) {
            accept = true;
            confidence = kContextConfidence;
        } else if (nameish && to - from == 1 && !anyDenied && titlecase(firstWord)
                   && (personCueAfter(text, endTok.end) || (vocative && next == ',') || pairAhead)) {
            // A listed name that is also an English word ("Frank", "Dawn",
            // "Holly") when what follows only follows a person: "Frank said",
            // "Joy from accounting", "Sandy's cat", "Holly, can you…".
            accept = true;
            confidence = kContextConfidence;
        } else if ((allForeign || nameish) && !anyDenied && titlecase(firstWord)
                   && (to - from >= 2 || startTok.codePoints >= 3)
                   && (contactAfter(text, endTok.end, to - from >= 2) || personCueAfter(text, endTok.end)
                       || (to - from == 1
                           && (speakerLabel(text, startTok.begin, endTok.end)
                               || pairedSubject(text, tokens, i + from, chainEnd, m_lexicon) || kept == from
                               || errandFor(text, endTok.end, to - from, w1, w2, home)))
                       || (to - from >= 2 && allForeign && bulletedPeople(text, startTok.begin, endTok.end))
                       || ((to - from >= 2 || nameish)
                           && (personVerbBefore(w1) || bookedUnder(text, startTok.begin, w1))))) {
            // An unlisted name with a contact detail right after it ("Wuhos
            // Chekoutiar | +44 7700 900551") or what only follows a person
            // ("Zikra from accounting", "Yedeim Witruchathi (my manager)"), or
            // after a verb of what people do to people ("we hired Ama Boateng").
            accept = true;
            confidence = kContextConfidence;
        } else if (((w1 == "with" && to - from == 1 && !initialPos && !anyDenied
                     && withAcquaintance(text, endTok.end, w2, flags[from]))
                    || (contact && allForeign && !anyDenied && startTok.codePoints >= 3))
                   && titlecase(firstWord)) {
            // "to the Tate Modern with Fern on Sunday": a given name that is also a word,
            // capitalised mid-sentence; "Ship to Zubair, 4 Rowan Mews", "Oksana +380 …".
            accept = true;
            confidence = kContextConfidence;
        } else if (to - from >= 2 && nameish && (anyForeign || (allNames && anyGiven)) && !anyDenied) {
            accept = true;
        } else if (allForeign && !anyDenied && (follows || (medium && (to - from >= 2 || !initialPos)))) {
            // A single unknown word needs to look like a name: Titlecase, not
            // CamelCase (GitHub, iPhone) and not too short.
            accept = nameish || to - from >= 2 || follows
                || (titlecase(firstWord) && startTok.codePoints >= 3 && w1 != "to" && w1 != "of" && w1 != "at"
                    && w1 != "via" && w1 != "by" && w1 != "or" && w1 != "ship" && w1 != "visit");
            confidence = kContextConfidence;
        }
        // "Apollo 11", "Galaxy 9", "Windows 11": one word before a number is a
        // product or mission, unless a naming trigger says otherwise.
        if (accept && !strong && to - from == 1 && endTok.end + 1 < text.size() && text[endTok.end] == ' '
            && text[endTok.end + 1] >= '0' && text[endTok.end + 1] <= '9') {
            accept = false;
        }
        if (accept) {
            // "Tanaka-san": the glued honorific stays outside the name.
            const std::size_t end
                = endTok.end - gluedHonorific(text.substr(startTok.begin, endTok.end - startTok.begin));
            spans.push_back({ startTok.begin, end, Category::Person, confidence,
                              confidence == kKnownConfidence ? "person-lexicon" : "person-context" });
        }
        i = chainEnd;
    }
}

}  // namespace veil::redact
