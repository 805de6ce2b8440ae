// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/names/NamingContext.h"

#include "redact/names/NameFinderToken.h"
#include "redact/names/WordList.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

namespace veil::redact::naming {

/// Words that, right before a name, say a name follows.
bool isStrongTrigger(std::string_view w, std::string_view before)
{
    static constexpr WordList kWords(std::to_array<std::string_view>(
        { "named", "called", "dear", "hi", "hey", "hello", "hiya", "thanks", "thx", "cheers", "regards",
          "sincerely", "xoxo", "sender", "contact", "attn", "cc", "tell", "ask", "asked", "text", "texted",
          "ring", "message", "messaged", "email", "emailed", "ping", "meet", "met", "invite", "remind",
          "wife", "husband", "son", "daughter", "brother", "sister", "friend", "boss", "colleague",
          "coworker", "neighbour", "neighbor", "landlord", "landlady", "cousin", "uncle", "aunt", "nephew",
          "niece", "partner", "fiancé", "fiance", "mom", "mum", "dad", "grandma", "grandpa", "roommate",
          "flatmate", "girlfriend", "boyfriend", "manager", "tutor", "teacher", "nanny", "stepdad", "stepmom",
          "stepmum", "mother", "father", "grandmother", "grandfather", "granny", "bestie", "supervisor",
          "mentor", "classmate", "teammate", "therapist", "fiancée", "spouse", "babysitter", "ex", "abuela",
          "abuelo", "tia", "tio", "prima", "primo", "hermana", "hermano", "amiga", "amigo", "oma", "opa",
          "tante", "onkel", "nonna", "nonno", "zia", "zio", "mamie", "papi", "bhaiya", "didi", "bhai",
          "vizinha", "vizinho", "chefe", "jefe",
          // A maiden name: "Doreen Ashworth (née Platt)"; friends: "my travel buddy Seun".
          "née", "nee", "buddy", "mate", "pal" }));
    static constexpr auto kGreetings = std::to_array<std::string_view>(
        { "gracias", "merci", "danke", "obrigado", "obrigada", "grazie", "hola", "hallo", "bonjour", "ciao",
          "namaste", "salut", "oi",    "ola",      "shukriya", "asante", "note", "for",   "olá",     "oye" });
    // Family and work relations in German, French, Spanish, Portuguese and Italian
    // ("Meine Schwester Katharina", "ma belle-sœur Nadège", "mi suegra Pilar").
    // std::to_array: the size follows the list (an empty slot would match an empty word).
    static constexpr WordList kRelations(std::to_array<std::string_view>(
        { "schwester", "tochter", "sohn", "mutter", "kollege", "kollegin", "nachbar", "nachbarin", "freundin",
          "chefin", "sœur", "soeur", "frère", "frere", "mère", "père", "fille", "fils", "copine", "copain",
          "amie", "ami", "collègue", "voisin", "voisine", "belle-sœur", "beau-frère", "mari", "suegra",
          "suegro", "hija", "hijo", "esposa", "esposo", "novia", "novio", "cuñada", "cuñado", "vecina",
          "vecino", "jefa", "colega", "irmã", "irmão", "filha", "filho", "namorada", "namorado", "marido",
          "sogra", "sorella", "fratello", "figlia", "figlio", "moglie", "marito", "collega", "suocera",
          "co-worker", "auntie", "aunty", "gran", "grandad", "granddad", "sister-in-law", "brother-in-law",
          "mother-in-law", "father-in-law", "daughter-in-law", "son-in-law", "stepson", "stepdaughter",
          "stepsister", "stepbrother", "godmother", "godfather", "vermieter", "vermieterin", "mitbewohner",
          "mitbewohnerin", "lehrer", "lehrerin", "abuelita", "abuelito", "padrasto", "madrasta", "padrastro",
          "madrastra", "avó", "avô", "vovó", "vovô", "cunhada", "cunhado", "madrina", "padrino", "madrinha",
          "padrinho", "nieta", "nieto", "neta", "neto", "sobrina", "sobrino", "sobrinha", "sobrinho",
          // Mexican and Colombian words for a friend: "mi compa Chuy", "mi parce Andrés".
          "compa", "cuate", "carnal", "parce" }));
    if (kWords.contains(w) || isTitle(w) || kRelations.contains(w)
        || (std::find(kGreetings.begin(), kGreetings.end(), w) != kGreetings.end() && w != "for"
            && w != "note")) {
        return true;
    }
    if (w == "i'm" || w == "im" || w == "i’m") {
        return true;
    }
    // "Sorry Deepa,", "Congrats Imogen!", "Happy Birthday Rafa", "meeting Florence for lunch".
    if (w == "sorry" || w == "congrats" || w == "congratulations" || w == "meeting" || w == "yo"
        || w == "heyy" || w == "hii" || ((w == "birthday" || w == "bday") && before == "happy")
        || ((before == "happy" || before == "merry") && isOccasion(w))
        // A dating app's match: "my bumble match Hunter", "my match Ezra".
        || (w == "match"
            && (before == "my" || before == "bumble" || before == "tinder" || before == "hinge"))) {
        return true;
    }
    // Record labels: "Profile → Zubair", "Guest: Ana Lima", "Patient - Kwame Asante".
    static constexpr auto kLabels = std::to_array<std::string_view>(
        { "profile",     "recipient",    "guest",       "patient",    "passenger",  "tenant",
          "applicant",   "client",       "attendee",    "traveller",  "traveler",   "employee",
          "student",     "holder",       "beneficiary", "payee",      "witness",    "attendees",
          "guests",      "participants", "participant", "recipients", "passengers", "candidate",
          "interviewee", "customer",     "resident",    "occupant",   "driver",     "owner",
          "buyer",       "seller",       "parent",      "guardian",   "pupil",      "volunteer",
          "speaker",     "assignee",     "reporter",    "requester",  "caller",     "visitor",
          "cardholder",  "policyholder", "insured",     "addressee",  "consignee",  "nominee",
          "referee",     "members",      "invitees",    "signatory",  "signed" });
    if (std::find(kLabels.begin(), kLabels.end(), w) != kLabels.end()) {
        return true;
    }
    if (w == "list") {  // "Guest list: Giosind Cheirem (vegan), …"
        return before == "guest" || before == "invite" || before == "attendee" || before == "contact"
            || before == "class" || before == "seating";
    }
    // Money between people: "pay Oluwadamilare back", "I owe Tomasz 20", "venmo Jake".
    if (w == "pay" || w == "paid" || w == "owe" || w == "venmo" || w == "lend" || w == "lent") {
        return true;
    }
    // "I am"/"my name is" in other languages: "soy Xochitl", "je m'appelle Maëlys",
    // "sou a Juliana", "είμαι η Ελένη", "tôi là Lan", "nama saya Budi".
    static constexpr auto kSelf = std::to_array<std::string_view>(
        { "soy", "sou", "sono", "suis", "appelle", "m'appelle", "m\u2019appelle", "llamo", "chamo", "chiamo",
          "jestem", "heiße", "heisse", "είμαι", "λέγομαι", "ben", "benim" });
    const char head = w.empty() ? '\0' : w[0];
    const bool selfHead = head == 's' || head == 'a' || head == 'm' || head == 'l' || head == 'c'
        || head == 'j' || head == 'h' || head == 'b' || head == '\xCE';
    if (selfHead && std::find(kSelf.begin(), kSelf.end(), w) != kSelf.end()) {
        return true;
    }
    if (w == "a" || w == "o" || w == "ο" || w == "η" || w == "là" || w == "saya") {
        // "η αδερφή μου η Μαρία": Greek puts "my" after the relation.
        // "dile a Mariana", "pregúntale a Pablo": Spanish "a" after a verb of telling.
        static constexpr auto kTell = std::to_array<std::string_view>(
            { "dile", "dígale", "digale", "pregúntale", "preguntale", "llama", "escríbele", "escribele",
              "avísale", "avisale", "mándale", "mandale", "diga", "pergunta", "manda", "avisa",
              // Italian: "dì a Giulia", "chiedi a Marco".
              "dì", "di'", "chiedi", "scrivi", "dite" });
        return before == "sou" || before == "είμαι" || before == "tôi" || before == "nama" || before == "com"
            || before == "μου" || (w == "a" && std::find(kTell.begin(), kTell.end(), before) != kTell.end());
    }
    // "eine Nachricht an Jürgen": German "an" after a message.
    if (w == "an") {
        return before == "nachricht" || before == "mail" || before == "e-mail" || before == "email"
            || before == "brief" || before == "sms" || before == "grüße";
    }
    // "Imani told Destiny", "pick up Carol at 5", "drop off Will at school".
    if (w == "told" || w == "telling" || w == "tells") {
        return true;
    }
    if (w == "up" || w == "off") {
        return before == "pick" || before == "picking" || before == "drop" || before == "dropping";
    }
    if (w == "is" || w == "was") {
        return before == "name" || (w == "is" && before == "this");  // "hi this is Noor"
    }
    if (w == "it's" || w == "its") {
        return before == "hi" || before == "hey" || before == "hello" || before == "yo" || before == "hii"
            || before == "heyy" || before == "hiya";  // "hi it's Yaw"
    }
    if (w == "to") {
        // "a message to Obinna", "apologise to Farhan"; not "ship to", "go to".
        static constexpr auto kMessages = std::to_array<std::string_view>(
            { "message",  "text",     "email",     "letter",     "note",     "reply",   "card",
              "reminder", "apology",  "invite",    "invitation", "response", "poem",    "speech",
              "toast",    "postcard", "apologise", "apologize",  "talk",     "speak",   "talking",
              "speaking", "explain",  "introduce", "respond",    "write",    "mention", "say",
              "said",     "lied",     "listen",    "listened",   "confess",  "propose", "proposed" });
        return std::find(kMessages.begin(), kMessages.end(), before) != kMessages.end();
    }
    if (w == "from") {
        // "a text from Ottoline", "an email from Kwesi"; not "flights from Lisbon".
        // Not "a gift from": gifts come from shops ("a gift from Victoria's Secret").
        static constexpr std::array<std::string_view, 12> kMessages
            = { "text", "message", "email", "mail",      "call",   "letter",
                "note", "dm",      "reply", "voicemail", "invite", "msg" };
        return std::find(kMessages.begin(), kMessages.end(), before) != kMessages.end();
    }
    if (w == "am") {
        return before == "i";
    }
    if (w == "ko") {
        return before == "mahal";  // Filipino "Mahal ko, Rhea": my love
    }
    if (w == "morning" || w == "evening" || w == "afternoon" || w == "night") {
        return before == "good";  // "Good morning Nkosana!"
    }
    if (w == "me") {
        return before == "call";
    }
    if (w == "by") {
        return before == "go" || before == "goes";
    }
    if (w == "name") {
        return true;  // "Name: X"
    }
    return w == "call" || w == "bye" || w == "thank";
}

namespace {

/// U+2013/U+2014 dashes, U+201C/U+201D quotes and U+2026 at `at` (3 bytes each).
bool widePunctuation(std::string_view text, std::size_t at)
{
    const std::string_view c = text.substr(at, 3);
    return c == "\xE2\x80\x93" || c == "\xE2\x80\x94" || c == "\xE2\x80\x9C" || c == "\xE2\x80\x9D"
        || c == "\xE2\x80\xA6";
}

}  // namespace

/// Up to two words before `pos`, folded, skipping spaces and label punctuation.
void wordsBefore(std::string_view text, std::size_t pos, std::string& w1, std::string& w2, bool& lineStart)
{
    w1.clear();
    w2.clear();
    lineStart = true;
    std::size_t i = pos;
    for (int k = 0; k < 2; ++k) {
        bool dash = false;  // "thanks!! – Margarethe": the '!' before a dash is skipped too
        while (i > 0) {
            const char c = text[i - 1];
            if (c == ' ' || c == ',' || c == ':' || c == '\t' || c == '-' || c == '(') {
                dash = dash || c == '-';
                --i;
                continue;
            }
            if (i >= 3
                && (text.substr(i - 3, 3) == "\xE2\x80\x93" || text.substr(i - 3, 3) == "\xE2\x80\x94")) {
                dash = true;  // en or em dash
                i -= 3;
                continue;
            }
            // An arrow or bullet after a label, like a colon: "Profile → Zubair", "Guest • Ana".
            if (i >= 3
                && (text.substr(i - 3, 3) == "\xE2\x86\x92" || text.substr(i - 3, 3) == "\xE2\x87\x92"
                    || text.substr(i - 3, 3) == "\xE2\x80\xA2" || text.substr(i - 3, 3) == "\xE2\x9E\x9C")) {
                i -= 3;
                continue;
            }
            if (dash && c == '!') {
                --i;
                continue;
            }
            break;
        }
        if (i == 0 || text[i - 1] == '\n') {
            return;
        }
        lineStart = false;
        std::size_t end = i;
        while (i > 0) {
            const char c = text[i - 1];
            // Bytes of non-ASCII letters count too ("sœur", "irmã"); dashes and
            // quotes of that range stop the word.
            const bool wide
                = static_cast<unsigned char>(c) >= 0x80U && !(i >= 3 && widePunctuation(text, i - 3));
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '.' || c == '-'
                || wide) {
                --i;
                continue;
            }
            break;
        }
        while (i < end && text[i] == '-') {
            ++i;  // a leading dash is punctuation, not part of the word
        }
        std::string word = Unicode::fold(text.substr(i, end - i));
        while (!word.empty() && word.back() == '.') {
            word.pop_back();
        }
        (k == 0 ? w1 : w2) = word;
        if (i == end) {
            return;
        }
    }
}

std::string wordAfter(std::string_view text, std::size_t pos)
{
    std::size_t i = pos;
    if (i < text.size() && (text[i] == ',' || text[i] == '\'')) {
        return text[i] == '\'' ? "'s" : std::string();
    }
    while (i < text.size() && text[i] == ' ') {
        ++i;
    }
    const std::size_t start = i;
    while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
        ++i;
    }
    std::string word = Unicode::fold(text.substr(start, i - start));
    // One adverb is skipped: "Bea just texted me", "Frank literally said".
    static constexpr auto kAdverbs = std::to_array<std::string_view>(
        { "just", "already", "finally", "literally", "also", "never", "always", "still", "actually", "really",
          "apparently", "basically", "totally", "even" });
    if (i < text.size() && text[i] == ' '
        && std::find(kAdverbs.begin(), kAdverbs.end(), word) != kAdverbs.end()) {
        word = wordAfter(text, i);
    }
    return word;
}

bool sentenceInitial(std::string_view text, std::size_t pos)
{
    std::size_t i = pos;
    bool quoted = false;
    while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"' || text[i - 1] == '(')) {
        quoted = quoted || text[i - 1] == '"';
        --i;
    }
    // A quotation after a colon starts a sentence: write a note: "Blessing, thank you…".
    return i == 0 || text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?' || text[i - 1] == '\n'
        || (quoted && text[i - 1] == ':');
}

/// Lower-case ASCII copy of a short token into `buffer`; empty if too long or not ASCII.
std::string_view asciiLower(std::string_view word, char (&buffer)[12])
{
    if (word.size() >= sizeof buffer) {
        return {};
    }
    for (std::size_t k = 0; k < word.size(); ++k) {
        const char c = word[k];
        if (static_cast<unsigned char>(c) >= 0x80U) {
            return {};
        }
        buffer[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    return { buffer, word.size() };
}

/// "Dmitrij", "Saoirse", "Mc"/"Mac" names: one capital, then lower case.
bool titlecase(std::string_view word)
{
    std::size_t i = 0;
    std::size_t capitals = 0;
    while (i < word.size()) {
        std::size_t length = 1;
        const char32_t cp = Unicode::decode(word, i, length);
        if (Unicode::isUpper(cp)) {
            ++capitals;
        }
        i += length;
    }
    const bool mac = word.substr(0, 2) == "Mc" || word.substr(0, 3) == "Mac";
    return capitals == 1 || (mac && capitals == 2);
}

bool chatSpeaker(std::string_view text, std::size_t begin, std::size_t end)
{
    if (end >= text.size() || text[end] != ':') {
        return false;
    }
    std::size_t i = begin;
    while (i > 0 && text[i - 1] == ' ') {
        --i;
    }
    if (i == 0 || (text[i - 1] != '-' && text[i - 1] != ']')) {
        return false;
    }
    --i;
    while (i > 0 && text[i - 1] == ' ') {
        --i;
    }
    // An "am"/"pm" after the time: "9:05 pm - Amaka:".
    if (i >= 2 && (text[i - 1] == 'm' || text[i - 1] == 'M')) {
        i -= 2;
        while (i > 0 && text[i - 1] == ' ') {
            --i;
        }
    }
    const auto digit = [&](std::size_t at) { return text[at] >= '0' && text[at] <= '9'; };
    return i >= 4 && digit(i - 1) && digit(i - 2) && text[i - 3] == ':' && digit(i - 4);
}

bool isCapitalCity(std::string_view folded)
{
    static constexpr auto kCapitals = std::to_array<std::string_view>(
        { "paris",     "london",    "washington", "moscow",  "beijing",  "berlin", "tokyo",    "brussels",
          "delhi",     "tehran",    "kyiv",       "kiev",    "ankara",   "rome",   "madrid",   "ottawa",
          "canberra",  "seoul",     "jerusalem",  "athens",  "lisbon",   "vienna", "warsaw",   "cairo",
          "riyadh",    "pyongyang", "havana",     "caracas", "brasilia", "beirut", "damascus", "kabul",
          "islamabad", "dhaka",     "hanoi",      "manila",  "jakarta",  "bangkok" });
    return std::find(kCapitals.begin(), kCapitals.end(), folded) != kCapitals.end();
}

bool familyBefore(std::string_view w2)
{
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "we're", "we",  "our",    "neighbours", "neighbors", "neighbour", "neighbor",
          "with",  "at",  "invite", "invited",    "visiting",  "visit",     "met",
          "tell",  "ask", "call",   "text",       "from",      "and" });
    return std::find(kWords.begin(), kWords.end(), w2) != kWords.end();
}

bool madeWith(std::string_view w2)
{
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "built",      "made",       "written",     "coded",   "filled",    "developed", "powered",
          "compatible", "integrated", "served",      "topped",  "paired",    "mixed",     "combined",
          "cooked",     "seasoned",   "garnished",   "painted", "decorated", "dressed",   "works",
          "familiar",   "experience", "experienced", "help",    "problem",   "issue" });
    return std::find(kWords.begin(), kWords.end(), w2) != kWords.end();
}

bool portugueseBefore(std::string_view w2, std::string_view after)
{
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "sou",   "é",     "com",  "pra",  "para", "e",      "que",    "conheci",
          "falei", "sobre", "pela", "da",   "na",   "vi",     "ligou",  "chamei",
          "disse", "gente", "oi",   "olha", "mas",  "porque", "quando", "então" });
    // "a Luíza faz anos amanhã": a Portuguese verb after the name (as wordAfter() reads it, ASCII only).
    static constexpr WordList kVerbs(std::to_array<std::string_view>(
        { "faz",  "vai", "quer", "disse", "falou", "mandou", "pediu", "ligou",   "chegou", "comprou", "gosta",
          "mora", "tem", "foi",  "vem",   "fez",   "acha",   "pode",  "precisa", "sabe",   "ficou" }));
    return std::find(kWords.begin(), kWords.end(), w2) != kWords.end() || kVerbs.contains(after);
}

/// A line like "Cheers," or "Best regards," right before `pos`'s line: a sign-off.
bool afterSignOff(std::string_view text, std::size_t pos)
{
    // Only the previous line matters, and a sign-off line is short: look back 80 bytes.
    const std::size_t from = pos > 80 ? pos - 80 : 0;
    const std::size_t found = text.substr(from, pos - from).rfind('\n');
    const std::size_t lineStart = found == std::string_view::npos ? std::string_view::npos : from + found;
    if (lineStart == std::string_view::npos || lineStart == 0 || lineStart + 1 < pos) {
        return false;
    }
    const std::size_t prevFound = text.substr(from, lineStart - from).rfind('\n');
    const std::size_t prevLine = prevFound == std::string_view::npos ? from : from + prevFound + 1;
    std::string prev = Unicode::fold(text.substr(prevLine, lineStart - prevLine));
    while (!prev.empty()
           && (prev.back() == ',' || prev.back() == ' ' || prev.back() == '!' || prev.back() == '\r')) {
        prev.pop_back();
    }
    // English, then the usual closings of other languages ("Viele Grüße", "Un abrazo").
    for (const std::string_view signOff : { "cheers",
                                            "best",
                                            "best regards",
                                            "regards",
                                            "kind regards",
                                            "thanks",
                                            "thank you",
                                            "many thanks",
                                            "love",
                                            "sincerely",
                                            "yours sincerely",
                                            "warm regards",
                                            "warmly",
                                            "xoxo",
                                            "yours",
                                            "take care",
                                            "talk soon",
                                            "best wishes",
                                            "warm wishes",
                                            "kind wishes",
                                            "all the best",
                                            "with love",
                                            "lots of love",
                                            "thanks & regards",
                                            "thanks and regards",
                                            "thanks again",
                                            "yours truly",
                                            "yours faithfully",
                                            "warmest regards",
                                            "respectfully",
                                            "cordialement",
                                            "bien à vous",
                                            "bisous",
                                            "viele grüße",
                                            "liebe grüße",
                                            "mit freundlichen grüßen",
                                            "lg",
                                            "saludos",
                                            "un abrazo",
                                            "abrazos",
                                            "atentamente",
                                            "besos",
                                            "abraços",
                                            "beijos",
                                            "atenciosamente",
                                            "cumprimentos",
                                            "cordiali saluti",
                                            "saluti",
                                            "un abbraccio",
                                            "groetjes",
                                            "met vriendelijke groet" }) {
        if (prev == signOff) {
            return true;
        }
    }
    // "Thanks so much!", "Thank you for everything." on the line before.
    const std::string_view line(prev);
    return line.size() <= 40 && (line.starts_with("thanks ") || line.starts_with("thank you "))
        && line.find_first_of("?:") == std::string_view::npos;
}

}  // namespace veil::redact::naming
