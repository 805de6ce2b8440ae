// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/DetectedSpan.h"
#include "redact/names/NameFinder.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// The words around a candidate name that NameFinder reads as context:
/// particles and titles, the trigger words that say a name follows
/// ("my name is", "tell", "Dear"), sign-off lines and sentence starts.
/// Pure functions over UTF-8 text; split out of NameFinder to keep the
/// finder about token chains and scripts.
namespace veil::redact::naming {

/// "van", "de", "al", … (folded).
bool isParticle(std::string_view folded);
/// "mr", "dr", "prof", … (folded).
bool isTitle(std::string_view folded);

/// "museum", "hospital", "bridge", …: a name chain ending in one names a place.
bool isInstitutionNoun(std::string_view folded);

/// "rue", "calle", "via", …: a name chain starting with one names a street ("Rue de Rivoli").
bool isStreetWord(std::string_view folded);

/// "casa", "taberna", "hotel", "eggs", "peach", "hurricane", …: a name chain starting with
/// one names a venue, a dish or a storm ("Casa do Alentejo", "Eggs Benedict", "Hurricane Milton").
bool isThingHead(std::string_view folded);

/// "telefone", "handy", "whatsapp", …: a phone label of any language before a number.
bool isPhoneLabel(std::string_view folded);

/// "ii", "viii", "xiv": a regnal number after a given name ("Elizabeth II", "Louis XIV").
bool isRegnalNumber(std::string_view folded);

/// "bic", "iban", "ifsc", …: an upper-case field label before a value, not a name word.
bool isFieldLabel(std::string_view folded);
/// Words that, right before a name, say a name follows.
bool isStrongTrigger(std::string_view w, std::string_view before);
bool isMediumTrigger(std::string_view w);
/// "diwali", "christmas", "anniversary", …: after "happy"/"merry" a name may follow.
bool isOccasion(std::string_view w);
bool isFollowingVerb(std::string_view w);
/// Up to two words before `pos`, folded, skipping spaces and label punctuation.
void wordsBefore(std::string_view text, std::size_t pos, std::string& w1, std::string& w2, bool& lineStart);
std::string wordAfter(std::string_view text, std::size_t pos);
bool sentenceInitial(std::string_view text, std::size_t pos);
/// A line like "Cheers," or "Best regards," right before `pos`'s line: a sign-off.
bool afterSignOff(std::string_view text, std::size_t pos);
/// The words before a name say it is a public figure's: "singer Adele",
/// "my favourite singer is Adele", "songs by Adele" (w1 nearest, folded);
/// likewise a pet's name right after its kind ("our cat Luna").
bool publicRoleBefore(std::string_view w1, std::string_view w2);
/// publicRoleBefore(), and what surrounds the name [begin, end): "Taylor's new album",
/// "Atomic Habits" by James Clear, "I work at Deloitte" (an employer, not a person).
bool publicRoleAround(std::string_view text, std::size_t begin, std::size_t end, std::string_view w1,
                      std::string_view w2);
/// The text between a public figure or character just met and a name makes them a pair:
/// " and ", ", ", " or ", " vs ", or a short comparison (" stronger than ").
bool pairedGap(std::string_view gap);
/// "called"/"named" right before `pos` follows a pet or a thing within a few
/// words: "my dog is called Max", "the main character is named Elara".
bool namesAPetOrThing(std::string_view text, std::size_t pos);
/// The name [begin, end) is a pet's or a thing's: "my car's name is Betsy", "named it
/// Rosie", "Gerald the fern", "my dog is called Max" (namesAPetOrThing).
bool namesAThing(std::string_view text, std::size_t begin, std::size_t end, std::string_view w1,
                 std::string_view w2);
/// " the fern", " the cat", …: a pet or a thing right after a name ("Gerald the fern").
bool theThingAfter(std::string_view text, std::size_t end);
/// Bytes of an honorific glued to the end of a name with a hyphen ("-san",
/// "-kun", "-chan", "-sama", "-sensei", "-senpai"; not "-ji": Min-ji is a name); 0 if none.
std::size_t gluedHonorific(std::string_view name);
/// What follows a place-name that is also a given name says it is a person:
/// "Austin from work", "Chelsea's mom", "Jordan said" (`end`: just after it).
bool personCueAfter(std::string_view text, std::size_t end);
/// A contact detail right after a name: an e-mail address or (if `phone`) a
/// phone number after one separator ("Ama Boateng, ama@x.org", "Ravi Shah |
/// +91 98765 43210"). A one-word label has a number after it too ("Büro -
/// 030 …"): callers ask for a phone number only after two words or more.
bool contactAfter(std::string_view text, std::size_t end, bool phone);
/// `w` (folded), right before a name, is a verb of what people do to people
/// ("hired", "welcome", "congratulate").
bool personVerbBefore(std::string_view w);
/// `w1` (folded, right before the name at `pos`) is "under" after a booking
/// word: "a table for two under …", "booked under …".
bool bookedUnder(std::string_view text, std::size_t pos, std::string_view w1);
/// `folded` is a weekday's abbreviation ("thu", "sun") before a colon or a time: a label, not a name.
bool weekdayLabel(std::string_view folded, std::string_view text, std::size_t end);
/// A name ending at `end` opens a comma list of two or more capitalised English words
/// ("Matilda, Holes, Wonder"): titles of books or films (RecordClues.cpp).
bool listOfTitles(std::string_view text, std::size_t end, const NameLexicon& lexicon);
/// The chain at `begin` follows a job title in title case and a comma ("Store
/// Manager, Lidl Bristol — 0117 …") and ends the line or comes before its
/// contact details: an employer (PublicClues.cpp).
bool employerAfterJobTitle(std::string_view text, std::size_t begin, std::size_t end);
/// The name at `pos` follows an e-mail header label at the start of a line
/// ("From: ", "To: ", "Cc: ").
bool mailHeader(std::string_view text, std::size_t pos);
/// The words before a chain (`w1` right before it, `w2` before that, folded)
/// make it a place, a dish or a pastime ("trip to", "ordered", "history of").
/// `listed`: the chain holds a listed name, which "visit" does not outweigh.
bool thingBefore(std::string_view w1, std::string_view w2, bool listed);
/// What follows a chain makes it a thing: "… mean", "… hard to make", "… pizza",
/// a street after a preposition ("Moro na Rua": a restaurant).
bool thingAfter(std::string_view text, std::size_t end);
/// The name starting at `begin` is listed with the person found last ("Declan or Ruairí",
/// "Holly, Ivy and Amber"; RecordClues.cpp).
bool pairedWithLast(std::string_view text, const std::vector<DetectedSpan>& spans, std::size_t begin);
/// The text between two names of one list is an aside in brackets and a comma
/// (" (vegan), ").
bool pairedAfterAside(std::string_view gap);
/// The word at [begin, end) opens a line of a chat transcript as its speaker
/// ("Kropur: ok see u there", with another "Name: …" line in the text).
bool speakerLabel(std::string_view text, std::size_t begin, std::size_t end);
/// "Sutraiyeil & Jousaik are getting married": token `at` is the first of two
/// names joined by "&" or "and" (`next`: the token after it) that are the
/// subject of what only people do (RecordClues.cpp).
/// A listed given name in lower case (`word`) stands where a person does:
/// "omg sarah is so annoying", "lunch with daniel", "chloe's mom".
bool lowerNameContext(std::string_view text, const NameFinder::Token& word);
/// An honorific follows `word` in lower case ("nikhil bhai", "raj sir"): the
/// name needs no English around it.
bool honorificAfterLowerName(std::string_view text, const NameFinder::Token& word);
/// `word`, in lower case, is a listed given name and nothing else, where a
/// person stands (lowerNameContext()).
bool lowerCaseName(std::string_view text, const NameFinder::Token& word, const NameLexicon& lexicon);
/// The lower-case word ending at `end` is joined by "n"/"and"/"&" to a clear given
/// name or to "i", then "are"/"r"/"said"…: "hope n liam are coming" (EverydayClues.cpp).
bool lowerPairedSubject(std::string_view text, std::size_t end, const NameLexicon& lexicon);
/// The flags of the listed name a Russian, Ukrainian or Polish word in no
/// list declines ("Анны" → "Анна", "Haliny" → "Halina"), or 0 (Declension.cpp).
std::uint16_t declinedNameFlags(const NameLexicon& lexicon, std::string_view folded);
/// The flags of each word of a chain (NameLexicon::chainFlags(), then
/// declinedNameFlags() for a word in no list) appended to `flags`; returns the
/// index of the first word read as a declined name, or folded.size().
std::size_t chainWordFlags(const NameLexicon& lexicon, const std::vector<std::string>& folded,
                           std::vector<std::uint16_t>& flags);
/// Where the name in a chain starts when words in no list come first: after a
/// title with no name before it ("Appelle Mme Rousseau", "Bitte Herrn Baumann"),
/// or at the first declined name (`declined`, "Zaproś Magdalenę": a verb
/// before its object). Returns `from` when neither applies.
std::size_t nameStart(const std::vector<std::uint16_t>& flags, std::size_t from, std::size_t declined,
                      bool& titled);
/// People who write names in lower case write the rest so too: a message
/// that starts in lower case or says "i" is casual; only there does a listed
/// name in lower case count without a trigger (lowerCaseName()).
bool casualMessage(std::string_view text, const std::vector<NameFinder::Token>& tokens);
/// The message is written in English: most of its lower-case words are English words.
bool englishMessage(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                    const NameLexicon& lexicon);
bool pairedSubject(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t at,
                   std::size_t next, const NameLexicon& lexicon);
/// The name ends the message after a dash: "see you then – Margarethe".
bool dashSignature(std::string_view text, std::size_t begin, std::size_t end);
/// Lower-case ASCII copy of a short token into `buffer`; empty if too long or not ASCII.
std::string_view asciiLower(std::string_view word, char (&buffer)[12]);
/// "Dmitrij", "Saoirse", "Mc"/"Mac" names: one capital, then lower case.
bool titlecase(std::string_view word);

/// A chain `tokens[i + from, i + to)` of three words or more written in capitals ("OMG
/// KAYDEN JUST PROPOSED") keeps the names between its words (`flags` of each
/// chain word): true if it was one (NameTokenizer.cpp).
bool trimShouted(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i,
                 const std::vector<std::uint16_t>& flags, std::size_t& from, std::size_t& to);
/// "Hope and Faith are": `tokens[k]` is "and" (or " & " comes before it), then a
/// capitalised given name and "are"/"were"/"have"; or a given name that is no
/// word, standing alone ("Grace & Tomasz,") (NamingClues.cpp).
bool pairedAhead(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t k,
                 const NameLexicon& lexicon);
/// A chat export's speaker: the name right after a time and before a colon
/// ("[12/03/2024, 21:17] Tom: yep", "14/02/24, 09:05 - Amaka: aww").
bool chatSpeaker(std::string_view text, std::size_t begin, std::size_t end);
/// A capital that stands for its government ("Paris said no to the budget").
bool isCapitalCity(std::string_view folded);
/// A personal word before "the" makes a surname in the plural a family:
/// "our neighbours the Kowalskis", "dinner with the Patels".
bool familyBefore(std::string_view w2);
/// "built", "filled", "topped", …: "with" after it names a thing ("built with Ruby").
bool madeWith(std::string_view w2);
/// A Portuguese word before "a" makes it the article of a name ("sou a Juliana").
/// So does a Portuguese verb after the name (`after`: "a Luíza faz anos").
bool portugueseBefore(std::string_view w2, std::string_view after);
/// Cheap test, run for every lower-case word: does a strong naming trigger
/// ("tell", "my name is", "call me", …) stand right before `tokens[i]`?
/// (NameTokenizer.cpp, as the next two.)
bool lowerCaseTrigger(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i);

/// The first token from `from` on that is a verb of talking; tokens.size() if none.
std::size_t nextTalkVerb(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                         std::size_t from);
/// What comes right before `begin` says no person follows: "Yerlan from Almaty"
/// (an unlisted word after a person just found), "Smith v. Jones" (a court case).
bool notAPersonAfter(std::string_view text, std::size_t begin, const std::vector<DetectedSpan>& spans,
                     bool known);
/// The one-word name ending at `end` (`folded`) is a contact entry: an addressee
/// before a house number ("Ship to Zubair, 4 …") or a name before a phone number.
bool contactEntry(std::string_view text, std::size_t end, std::string_view w1, std::string_view folded);
/// After "with" (w1; `w2` before it) the name ending at `end` (lexicon `flags`) is
/// someone met: "to the Tate Modern with Fern on Sunday".
bool withAcquaintance(std::string_view text, std::size_t end, std::string_view w2, std::uint16_t flags);
/// "will", "may", "june", "april", "august": given names that the lists also hold
/// as words of grammar or months (EverydayClues.cpp, as the next four).
bool grammarWordName(std::string_view folded);
/// Such a name ending at `end` stands for a person: after a naming trigger
/// (`triggered`; `trigger`: the word right before, folded) unless a number or, after
/// other triggers than a verb of telling, a pronoun follows ("Hi! Will you…", "meeting
/// June 5"; but "tell Will I said hi"), or "Will" before a finite verb ("Will can't make it").
bool grammarWordNameStands(std::string_view text, std::size_t end, std::string_view folded, bool triggered,
                           std::string_view trigger);
/// "for" (w1) after a gift, a party or a helper (w2): "a surprise party for Grace".
bool forSomeone(std::string_view w1, std::string_view w2);
/// After a verb of giving (w1), the name ending at `end` receives something:
/// "get Sueze something for Christmas", "buy Ayo a present".
bool giftedSomething(std::string_view text, std::size_t end, std::string_view w1);
/// After "to"/"at" (w1), a possessive with nothing owned after it is a home:
/// "go to Maria's and drop the bags", "at Hope's tonight".
bool visitedHome(std::string_view text, std::size_t end, std::string_view w1);
/// forSomeone(), giftedSomething() or visitedHome() for a one-word chain of `words`.
bool errandFor(std::string_view text, std::size_t end, std::size_t words, std::string_view w1,
               std::string_view w2, bool home);
/// A name addressed after a colon: "…less angry: Kothen, you forgot…".
bool vocativeAfterColon(std::string_view text, std::size_t begin, std::size_t end);
/// A chain [begin, end) that is a whole bullet item in a list of full-name-shaped items.
bool bulletedPeople(std::string_view text, std::size_t begin, std::size_t end);
/// "Xin chào" ("hello"), "Xin lỗi" ("sorry"): the word "xin" before them is no name.
bool vietnameseGreeting(std::string_view folded, std::string_view text, std::size_t end);
/// "said", "replied", "texted", …: a verb of talking, as written (any case).
bool isTalkVerb(std::string_view raw);
/// Cheap test, run for every lower-case word without a trigger: a verb of
/// talking follows it, or follows it and one more lower-case word ("jess
/// said", "lmk if ana sofia replied"). The verb's token index, or 0.
std::size_t lowerCaseVerbAfter(std::string_view text, const std::vector<NameFinder::Token>& tokens,
                               std::size_t i);
/// The word before token `i` is a family or friend relation ("my brother
/// jack", "my bff rose"): a lower-case name that is also a word may follow.
bool relationBefore(std::string_view text, const std::vector<NameFinder::Token>& tokens, std::size_t i);

}  // namespace veil::redact::naming
