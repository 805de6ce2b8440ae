// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// NameFinder's passes for names in Devanagari and Hangul text (Han text:
// NameFinderHan.cpp); the tokenizer and the Latin pass are in NameFinder.cpp. At the end, initials
// ("A.J. says", "A.J. Patel"), which the Latin pass hands over.

#include "redact/names/NameFinder.h"

#include "redact/names/NameFinderToken.h"
#include "redact/names/NamingContext.h"
#include "redact/names/WordList.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace veil::redact {

using namespace naming;

namespace {

/// A family or role word, then one space, right before `pos`: "우리 엄마 한미숙",
/// "친구 박서연한테" (mum, dad, friend, boss, teacher, landlord, …).
bool afterHangulRelation(std::string_view text, std::size_t pos)
{
    if (pos < 7 || text[pos - 1] != ' ') {
        return false;
    }
    const std::string_view before = text.substr(0, pos - 1);
    static constexpr std::array<std::string_view, 22> kRelations
        = { "엄마", "아빠",   "어머니",   "아버지",   "친구",   "동생",    "언니", "오빠",
            "누나", "형",     "남편",     "아내",     "와이프", "선배",    "후배", "동료",
            "상사", "집주인", "여자친구", "남자친구", "할머니", "할아버지" };
    for (const std::string_view r : kRelations) {
        if (before.size() >= r.size() && before.substr(before.size() - r.size()) == r) {
            return true;
        }
    }
    return false;
}

}  // namespace

void NameFinder::findDevanagari(std::string_view text, const std::vector<Token>& tokens,
                                std::vector<DetectedSpan>& spans) const
{
    static constexpr WordList kStop(std::to_array<std::string_view>(
        { "है", "हैं", "था", "थी", "थे", "का", "की", "के", "को", "से", "में", "पर", "और", "या", "ने", "मेरा", "मेरी",
          "मेरे", "नाम", "यह", "वह", "जी", "भी", "तो", "ही", "हम", "आप", "तुम", "मैं", "क्या", "कब", "कहाँ", "श्री",
          "श्रीमती", "डॉ", "कुमारी", "साहब", "जन्म", "फोन", "पता",
          // Kinship honorifics after a name ("रमेश भैया", "सुनीता दीदी") stay outside it.
          "भैया", "भाई", "दीदी", "सर", "मैडम", "चाचा", "चाची", "मामा", "मामी", "बेटा", "बेटी",
          // Verbs and postpositions never part of a name ("कविता लिखो": write a poem).
          "लिखो", "लिखें", "लिखिए", "लिखना", "बताओ", "बताइए", "भेजो", "भेजें", "करो", "करें", "करना", "चाहिए", "दो",
          "दें", "लिए", "वाला", "वाली",
          // Words that follow a relation without naming anyone ("मेरे दोस्त लोग के साथ": my friends).
          "लोग", "लोगों", "सब", "सभी", "कोई", "एक", "बहुत" }));
    // Names that are also common nouns need a relation or naming word before them, or
    // a surname or "जी" after them: "मेरी बहन कविता", "कविता शर्मा"; not "कविता लिखो".
    static constexpr WordList kWordNames(std::to_array<std::string_view>(
        { "कविता", "आशा",  "पूजा",  "किरण", "ज्योति", "दीपक", "सूरज",   "शांति", "प्रेम",
          "विजय",  "रानी", "राजा", "गीता", "कमल",   "अमर",  "माया",  "सीमा", "रेखा",
          "उषा",   "संध्या", "वर्षा", "पवन",  "सागर",  "आकाश", "भारती", "चाँदनी" }));
    static constexpr WordList kRelations(std::to_array<std::string_view>(
        { "बहन",  "भाई", "दोस्त", "मित्र",   "नाम", "माँ",    "मां",   "पापा", "पत्नी",
          "पति",  "बेटा", "बेटी",  "दीदी",   "भैया", "चाचा",  "मामा", "सहेली", "पड़ोसी",
          "टीचर", "मैडम", "श्री",  "श्रीमती", "डॉ",  "कुमारी", "मैं",    "प्रिय" }));
    const auto isStop = [](std::string_view w) { return kStop.contains(w); };
    std::size_t i = 0;
    while (i < tokens.size()) {
        if (tokens[i].script != Script::Devanagari) {
            ++i;
            continue;
        }
        const std::string_view word = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        const std::uint16_t f = m_lexicon.flags(word);
        const auto isRelation = [&](std::size_t k) {
            return tokens[k].script == Script::Devanagari
                && kRelations.contains(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
        };
        // An unlisted name between a relation and a postposition: "मेरी दोस्त तनुजा का जन्मदिन है".
        if ((f & (NameLexicon::FirstName | NameLexicon::Surname)) == 0 && tokens[i].codePoints >= 3 && i > 0
            && isRelation(i - 1) && i + 1 < tokens.size() && tokens[i + 1].script == Script::Devanagari
            && isStop(text.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin))
            && !isStop(word) && !kRelations.contains(word)) {
            spans.push_back({ tokens[i].begin, tokens[i].end, Category::Person, kContextConfidence,
                              "person-devanagari" });
            i += 2;
            continue;
        }
        if (isStop(word) || (f & (NameLexicon::FirstName | NameLexicon::Surname)) == 0) {
            ++i;
            continue;
        }
        // An unlisted given name before a listed one after a naming word or
        // title: "मेरा नाम अनिता शर्मा", "श्री मनोहर जोशी".
        std::size_t begin = tokens[i].begin;
        if (i >= 2 && tokens[i - 1].script == Script::Devanagari && tokens[i - 2].script == Script::Devanagari
            && tokens[i - 1].codePoints >= 2
            && text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end) == " ") {
            const std::string_view prev
                = text.substr(tokens[i - 1].begin, tokens[i - 1].end - tokens[i - 1].begin);
            const std::string_view marker
                = text.substr(tokens[i - 2].begin, tokens[i - 2].end - tokens[i - 2].begin);
            if (!isStop(prev)
                && (marker == "नाम" || marker == "मैं" || marker == "श्री" || marker == "श्रीमती"
                    || marker == "डॉ" || marker == "कुमारी")) {
                begin = tokens[i - 1].begin;
            }
        }
        std::size_t j = i;
        while (j + 1 < tokens.size() && tokens[j + 1].script == Script::Devanagari
               && text.substr(tokens[j].end, tokens[j + 1].begin - tokens[j].end) == " ") {
            const std::string_view next
                = text.substr(tokens[j + 1].begin, tokens[j + 1].end - tokens[j + 1].begin);
            const std::uint16_t g = m_lexicon.flags(next);
            const bool listed = (g & (NameLexicon::FirstName | NameLexicon::Surname)) != 0;
            // An unlisted word is taken as a surname only right after a listed given name.
            if (isStop(next) || (!listed && (j != i || tokens[j + 1].codePoints < 2))) {
                break;
            }
            ++j;
        }
        if (j == i && kWordNames.contains(word)) {
            const bool after = i + 1 < tokens.size()
                && text.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin) == "जी";
            const bool before = i > 0 && isRelation(i - 1);
            if (!after && !before) {
                ++i;
                continue;
            }
        }
        spans.push_back({ begin, tokens[j].end, Category::Person, kKnownConfidence, "person-devanagari" });
        i = j + 1;
    }
}

void NameFinder::findHangul(std::string_view text, const Token& token, bool koreanText,
                            std::vector<DetectedSpan>& spans) const
{
    std::string_view word = text.substr(token.begin, token.end - token.begin);
    // Honorifics and particles after a name are outside the span.
    // Longest first where one ends another ("씨한테" before "한테"); a copula
    // ("입니다", "이에요") or particle may follow an honorific, so strip twice.
    static constexpr std::array<std::string_view, 33> kSuffixes
        = { "입니다", "이에요", "씨에게", "님에게", "씨한테", "님한테", "이라고", "이라서", "이고",
            "이며",   "에게",   "한테",   "께서",   "예요",   "이야",   "씨는",   "씨가",   "씨",
            "님",     "이가",   "은",     "는",     "이",     "가",     "을",     "를",     "의",
            "도",     "랑",     "와",     "과",     "께",     "야" };
    // A listed given name alone before the suffix 이 (after a final consonant),
    // a vocative (아, 야) or 씨: "지훈이가", "민준아", "수지야", "서연씨한테".
    if (word.size() >= 9 && word.size() <= 18 && m_lexicon.isHangulGiven(word.substr(0, 6))) {
        std::size_t length = 3;
        const char32_t cp = Unicode::decode(word, 3, length);
        const bool closed = cp >= 0xAC00 && cp <= 0xD7A3 && (cp - 0xAC00) % 28 != 0;
        const std::string_view head = word.substr(6, 3);
        // After a vowel only 야 and the particles "to"/"with" ("철수한테"): 가 and 는
        // also end common nouns ("소리가 나").
        const std::string_view rest = word.substr(6);
        const bool suffix = head == "씨"
            || (closed ? head == "이" || rest == "아"
                       : rest == "야" || rest == "한테" || rest == "에게" || rest == "랑" || rest == "하고");
        // "이수아": a surname and a listed given name come first.
        const bool fullName
            = m_lexicon.isHangulSurname(word.substr(0, 3)) && m_lexicon.isHangulGiven(word.substr(3, 6));
        if (suffix && !fullName && !m_lexicon.isCjkDenied(word.substr(0, 6))
            && !publicCjk(m_lexicon, word.substr(0, 6))) {
            spans.push_back(
                { token.begin, token.begin + 6, Category::Person, kContextConfidence, "person-hangul" });
            return;
        }
    }
    bool marked = false;
    // "이하은" is surname + listed given name, not "이하" + the particle "은".
    const bool wholeName = word.size() == 9 && m_lexicon.isHangulSurname(word.substr(0, 3))
        && m_lexicon.isHangulGiven(word.substr(3));
    for (int round = 0; round < 2 && !wholeName; ++round) {
        std::size_t stripped = 0;
        for (const std::string_view s : kSuffixes) {
            if (word.size() >= s.size() + 6 && word.substr(word.size() - s.size()) == s) {
                word.remove_suffix(s.size());
                marked = marked || (s.substr(0, 3) == "씨" || s.substr(0, 3) == "님");
                stripped = s.size();
                break;
            }
        }
        // Only an honorific stands between a name and a longer suffix
        // ("김민지씨입니다"); "이지은입니다" keeps its final "은".
        if (stripped < 6 || (word.substr(word.size() - 3) != "씨" && word.substr(word.size() - 3) != "님")) {
            break;
        }
    }
    const std::size_t syllables = word.size() / 3;  // Hangul syllables are 3 bytes each
    if (syllables < 2 || syllables > 4 || m_lexicon.isCjkDenied(word)) {
        return;
    }
    // Verb and copula endings ("이에요", "합니다", "할까") never end a name.
    const std::string_view last = word.substr(word.size() - 3);
    // Imperatives and plain endings too ("전해줘", "말해", "먹어"; not 자: 영자, 순자).
    static constexpr auto kEndings = std::to_array<std::string_view>(
        { "요", "다", "까", "죠", "줘", "봐", "해", "어", "워", "네", "니", "냐", "래" });
    if (std::find(kEndings.begin(), kEndings.end(), last) != kEndings.end()) {
        return;
    }
    std::size_t surnameLength = 0;
    if (syllables >= 3 && m_lexicon.isHangulSurname(word.substr(0, 6))) {
        surnameLength = 6;
    } else if (m_lexicon.isHangulSurname(word.substr(0, 3))) {
        surnameLength = 3;
    }
    if (surnameLength == 0) {
        return;
    }
    const bool given = m_lexicon.isHangulGiven(word.substr(surnameLength));
    if (!given && !marked && syllables == 3 && koreanText) {
        marked = afterHangulRelation(text, token.begin);
    }
    if ((given || marked || (syllables == 3 && !koreanText)) && !publicCjk(m_lexicon, word)) {
        spans.push_back({ token.begin, token.begin + word.size(), Category::Person,
                          given ? kKnownConfidence : kContextConfidence, "person-hangul" });
    }
}

std::size_t NameFinder::findInitials(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                                     std::vector<DetectedSpan>& spans) const
{
    using namespace naming;
    // Two or three capitals, each followed by a dot: "A.J.", "J.R.R.".
    std::size_t k = i;
    std::string letters;
    while (k < tokens.size() && tokens[k].codePoints == 1 && tokens[k].capitalised
           && tokens[k].end < text.size() && text[tokens[k].end] == '.' && text[tokens[k].begin] >= 'A'
           && text[tokens[k].begin] <= 'Z' && (k == i || tokens[k].begin == tokens[k - 1].end + 1)
           && letters.size() < 4) {
        letters.push_back(text[tokens[k].begin]);
        ++k;
    }
    // Abbreviations written with dots: places, times, degrees, jobs.
    static constexpr auto kAbbreviations = std::to_array<std::string_view>(
        { "US",  "UK",  "EU",  "UN",  "LA",  "DC",  "NY",  "SF",  "NZ",  "AM", "PM", "PS", "TV",
          "OK",  "ID",  "IT",  "HR",  "PR",  "BC",  "AD",  "QA",  "AI",  "BA", "MA", "MD", "JD",
          "MS",  "BS",  "RN",  "CV",  "GP",  "ET",  "NB",  "IE",  "EG",  "VS", "PE", "RE", "UFO",
          "USA", "RIP", "FBI", "CIA", "NBA", "NFL", "PTO", "BBC", "CEO", "PhD" });
    if (letters.size() < 2 || letters.size() > 3
        || std::find(kAbbreviations.begin(), kAbbreviations.end(), letters) != kAbbreviations.end()) {
        return i;
    }
    const std::size_t end = tokens[k - 1].end + 1;  // the last dot is part of the initials
    std::string w1;
    std::string w2;
    bool lineStart = false;
    wordsBefore(text, tokens[i].begin, w1, w2, lineStart);
    if (w1 == "the" || w1 == "a" || w1 == "an") {
        return i;
    }
    // "A.J. Patel": a listed surname after them.
    if (k < tokens.size() && tokens[k].begin == end + 1 && text[end] == ' ' && tokens[k].capitalised
        && tokens[k].script == Script::Latin) {
        const std::uint16_t f
            = m_lexicon.flags(Unicode::fold(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin)));
        // Not "C.S. Lewis", "J.R.R. Tolkien": listed as "cs lewis", "jrr tolkien".
        const std::string chain = Unicode::fold(letters) + " "
            + Unicode::fold(text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
        if (m_lexicon.isDeniedChain(chain)) {
            return k + 1;  // a public figure: none of its words is a name here
        }
        if ((f & NameLexicon::Surname) != 0
            && (f & (NameLexicon::English | NameLexicon::CommonWord | NameLexicon::Denied)) == 0) {
            spans.push_back(
                { tokens[i].begin, tokens[k].end, Category::Person, kContextConfidence, "person-context" });
            return k + 1;
        }
    }
    // "A.J. says", "A.J. and I", "tell A.J.": two initials said of a person.
    const std::string after = wordAfter(text, end);
    const bool cue = (isFollowingVerb(after) && after != "is" && after != "was" && after != "will")
        || personCueAfter(text, end) || isStrongTrigger(w1, w2);
    if (letters.size() == 2 && cue) {
        spans.push_back({ tokens[i].begin, end, Category::Person, kContextConfidence, "person-context" });
        return k;
    }
    return i;
}

}  // namespace veil::redact
