// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/names/NameLexicon.h"

#include "redact/names/WordList.h"

#include "redact/names/NamingContext.h"

#include "redact/text/Unicode.h"

#include <algorithm>
#include <array>
#include <functional>
#include <iterator>

namespace veil::redact {

// Defined in the source generated from resources/redact by cmake/VeilEmbedText.cmake.
std::string embeddedResource(std::string_view key);

namespace {

void forEachLine(std::string_view text, const std::function<void(std::string_view)>& visit)
{
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.remove_suffix(1);
        }
        if (!line.empty() && line.front() != '#') {
            visit(line);
        }
        start = end + 1;
    }
}

void forEachToken(std::string_view line, const std::function<void(std::string_view)>& visit)
{
    std::size_t start = 0;
    while (start < line.size()) {
        std::size_t end = line.find(' ', start);
        if (end == std::string_view::npos) {
            end = line.size();
        }
        if (end > start) {
            visit(line.substr(start, end - start));
        }
        start = end + 1;
    }
}

// Han and Hangul words that start with a surname character but are not names.
constexpr std::string_view kCjkDenied
    = "東京 北京 上海 日本 中国 中國 大阪 京都 香港 台湾 台灣 韩国 韓国 美国 美國 英国 英國 "
      "你好 谢谢 謝謝 生日 朋友 老师 老師 先生 电话 電話 地址 今天 明天 时间 時間 "
      "한국 정말 이제 오늘 이것 이거 전화 주소 안녕 감사 사랑 고마워 조금 지금 우리 정도 "
      "시간 장소 문제 방법 선생 남자 여자 강아지 고양이 이름 생일 친구 서울 부산 한국어 "
      "김치 이번 이상 이후 이유 정보 오후 오전 신청 성공 고객 공부 문자 연락 유튜브 한번 "
      // Given names that are common nouns ("가을이 왔다", "autumn has come").
      "가을 하늘 소원 하나 여름 겨울 "
      // Honorifics and work titles after a name ("김순자 여사님", "박 부장님").
      "여사 사장 부장 과장 대리 교수 박사 회장 원장 실장 팀장 차장";

}  // namespace

const NameLexicon& NameLexicon::builtin()
{
    static const NameLexicon lexicon = [] {
        NameLexicon l;
        l.addEnglish(embeddedResource("words/english.txt"));
        l.addNames(embeddedResource("names/first.txt"), FirstName);
        l.addNames(embeddedResource("names/extra_first.txt"), FirstName);
        l.addNames(embeddedResource("names/last.txt"), Surname);
        l.addNames(embeddedResource("names/extra_last.txt"), Surname);
        l.addNames(embeddedResource("names/more_first.txt"), FirstName);
        l.addNames(embeddedResource("names/more_last.txt"), Surname);
        l.addNames(embeddedResource("names/world_given.txt"), FirstName);
        l.addNames(embeddedResource("names/world_surnames.txt"), Surname);
        l.addNames(embeddedResource("names/hindi.txt"), FirstName | Surname);
        l.addNames(embeddedResource("names/han_surnames.txt"), Surname);
        l.addNames(embeddedResource("names/han_given.txt"), FirstName);
        l.addNames(embeddedResource("names/hangul_surnames.txt"), Surname);
        l.addNames(embeddedResource("names/hangul_given.txt"), FirstName);
        l.addNames(embeddedResource("names/ambiguous.txt"), Ambiguous);
        l.addNames(embeddedResource("names/more_ambiguous.txt"), Ambiguous);
        l.addCommon(embeddedResource("denylist/common_words.txt"));
        l.addDenied(embeddedResource("denylist/public_figures.txt"), true);
        l.addDenied(embeddedResource("denylist/brands.txt"));
        l.addDenied(embeddedResource("denylist/places.txt"), false, true);
        l.addDenied(embeddedResource("denylist/tech_terms.txt"));
        const std::string_view titles
            = "mr mrs ms mx miss dr prof sir madam mister doctor professor dame lady herr frau señor señora "
              "señorita senhor senhora sr sra srta dona doña monsieur madame mme mlle signor signora "
              "signorina pan pana panu pani panią docteur doktor dottore nurse coach officer pastor rabbi "
              "imam reverend "
              "sheikh herrn seu deacon bishop chaplain "
              // Honorifics of Vietnamese, Indonesian and Malay, and Filipino before a name:
              // "Chị Nguyễn Thu Hà", "Pak Joko", "Mbak Sari", "Kuya Jomar".
              "ông bà chị cô chú bác thầy pak bapak bu ibu mbak kak encik puan kuya ate ma'am maam";
        l.addFlag(titles, Title);
        l.addFlag(titles, Trigger);
        l.addFlag(
            "abuela abuelo tía tia tío tio prima primo hermana hermano amiga amigo oma opa tante onkel nonna "
            "nonno zia zio mamie papi bhaiya didi bhai vizinha vizinho chefe jefe "
            // German relations in other cases ("an meinen Kollegen Jonas Becker"), and Turkish
            // ones with the possessive ending ("Annem Zeynep", "Kardeşim Emre").
            "kollegen kolleginnen bruder vater freund chef nachbarn cousin cousine schwager schwägerin "
            "annem babam ablam abim kardeşim arkadaşım eşim kızım oğlum teyzem dayım amcam halam "
            "müdürüm hocam "
            // Russian and Ukrainian: forms of address and requests that start a message
            // ("Дорогая Анастасия", "Скажи Вове", "Передай Андрею").
            "дорогая дорогой дорогие уважаемая уважаемый скажи напиши передай позвони спроси поздравь "
            "напомни пригласи мама папа брат сестра муж жена сын дочь друг подруга коллега коллеге коллеги "
            "начальник начальнику бабушка дедушка это "
            // Hindi and Punjabi "oye" (hey).
            "oye",
            Trigger);
        l.addFlag(
            "patient guest tenant applicant client attendee passenger candidate customer resident witness "
            "beneficiary recipient "
            "named called dear hi hey "
            "hello hiya thanks thx cheers regards sincerely xoxo sender contact attn cc tell ask asked "
            "text texted ring message messaged email emailed ping meet met invite remind wife husband son "
            "daughter brother sister friend boss colleague coworker neighbour neighbor landlord landlady "
            "cousin uncle aunt nephew niece partner fiancé fiance mom mum dad grandma grandpa roommate "
            "flatmate girlfriend boyfriend manager tutor teacher nanny stepdad stepmom stepmum mother father "
            "grandmother grandfather granny bestie supervisor mentor classmate teammate therapist fiancée "
            "spouse babysitter call from regarding bye thank name gracias merci danke obrigado obrigada "
            "grazie hola "
            "hallo bonjour ciao namaste salut oi ola olá shukriya asante",
            Trigger);
        l.addFlag("van der den de la le del della da das dos do du von zu bin bint al el te ter di",
                  Particle);
        forEachToken(kCjkDenied, [&l](std::string_view w) { l.m_cjkDenied.emplace(w); });
        l.freeze();
        return l;
    }();
    return lexicon;
}

void NameLexicon::addNames(std::string_view text, std::uint16_t flag)
{
    thaw();
    forEachLine(text, [&](std::string_view line) {
        forEachToken(line, [&](std::string_view token) {
            // Han and Hangul entries go to their own sets: they are matched by
            // prefix inside runs, not as space-separated words.
            std::size_t length = 0;
            const Script script = Unicode::scriptOf(Unicode::decode(token, 0, length));
            if (script == Script::Han || script == Script::Kana) {
                (flag & FirstName ? m_hanGiven : m_hanSurnames).emplace(token);
                return;
            }
            if (script == Script::Hangul) {
                (flag & FirstName ? m_hangulGiven : m_hangulSurnames).emplace(token);
                return;
            }
            const std::string folded = Unicode::fold(token);
            // Chat often drops diacritics: "Zielinski" for "Zieliński".
            const std::string plain = Unicode::stripDiacritics(folded);
            for (const std::string& key : { folded, plain }) {
                std::uint16_t& flags = m_flags[key];
                flags = static_cast<std::uint16_t>(flags | flag);
                if ((flag & (FirstName | Surname)) != 0 && (flags & English) != 0) {
                    flags = static_cast<std::uint16_t>(flags | Ambiguous);
                }
            }
        });
    });
}

void NameLexicon::addDenied(std::string_view text, bool publicFigures, bool places)
{
    thaw();
    forEachLine(text, [&](std::string_view line) {
        std::string folded = Unicode::fold(line);
        // "Mr. Darcy" is matched as the tokens "mr darcy": drop the dots.
        folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
        if (folded.find(' ') == std::string::npos) {
            std::uint16_t& flags = m_flags[folded];
            flags
                = static_cast<std::uint16_t>(flags | Denied | (publicFigures ? unsigned { PublicFigure } : 0U)
                                             | (places ? unsigned { Place } : 0U));
        } else {
            m_deniedChains.insert(folded);
            std::uint16_t& head = m_flags[folded.substr(0, folded.find(' '))];
            head = static_cast<std::uint16_t>(head | ChainHead);
            if (publicFigures) {
                m_publicChains.insert(folded);
            }
        }
    });
}

void NameLexicon::addEnglish(std::string_view text)
{
    thaw();
    forEachLine(text, [&](std::string_view line) {
        std::uint16_t& flags = m_flags[std::string(line)];
        flags = static_cast<std::uint16_t>(flags | English);
    });
}

void NameLexicon::addCommon(std::string_view text)
{
    thaw();
    forEachLine(text, [&](std::string_view line) {
        forEachToken(line, [&](std::string_view token) {
            std::uint16_t& flags = m_flags[std::string(token)];
            flags = static_cast<std::uint16_t>(flags | CommonWord);
        });
    });
}

void NameLexicon::addFlag(std::string_view words, std::uint16_t flag)
{
    thaw();
    forEachToken(words, [&](std::string_view token) {
        std::uint16_t& flags = m_flags[std::string(token)];
        flags = static_cast<std::uint16_t>(flags | flag);
    });
}

void NameLexicon::freeze()
{
    thaw();
    m_fast.build(m_flags);
    for (auto it = m_flags.begin(); it != m_flags.end();) {
        it = it->first.size() <= FlatWordTable::kMaxKey ? m_flags.erase(it) : std::next(it);
    }
    m_flags.rehash(0);  // give back the emptied buckets
}

void NameLexicon::thaw()
{
    if (m_fast.empty()) {
        return;
    }
    m_fast.forEach(
        [this](std::string_view word, std::uint16_t flags) { m_flags.emplace(std::string(word), flags); });
    m_fast.clear();
}

std::uint16_t NameLexicon::flags(std::string_view foldedWord) const
{
    if (!m_fast.empty() && foldedWord.size() <= FlatWordTable::kMaxKey) {
        return m_fast.find(foldedWord);
    }
    const auto it = m_flags.find(foldedWord);
    return it == m_flags.end() ? 0 : it->second;
}

std::uint16_t NameLexicon::chainFlags(std::string_view folded) const
{
    std::uint16_t f = flags(folded);
    if (f != 0) {
        return f;
    }
    // A Turkish case ending after an apostrophe: "İzmir'deyim", "Ayşe'ye" read as their stem.
    const std::size_t apostrophe = folded.find('\'');
    // One letter is enough: "Hanım'a", "Bey'e".
    if (apostrophe >= 3 && apostrophe != std::string_view::npos && folded.size() > apostrophe + 1) {
        return flags(folded.substr(0, apostrophe));
    }
    // A given name the lists hold written as one word: "Hyun-woo" (Hyunwoo), "Seo-yeon".
    if (folded.find('-') != std::string_view::npos && folded.size() <= 24) {
        std::string joined;
        for (const char c : folded) {
            if (c != '-') {
                joined.push_back(c);
            }
        }
        const std::uint16_t g = flags(joined);
        if ((g & (English | CommonWord | Denied | Ambiguous)) == 0 && (g & (FirstName | Surname)) != 0) {
            return static_cast<std::uint16_t>(g & (FirstName | Surname));
        }
        // Two given names joined: "Mia-Rose", "Lily-Mae" (the first no word; the second may be one).
        const std::size_t hyphen = folded.find('-');
        const std::uint16_t first = flags(folded.substr(0, hyphen));
        const std::uint16_t second = flags(folded.substr(hyphen + 1));
        if ((first & FirstName) != 0 && (first & (English | CommonWord | Denied | Ambiguous)) == 0
            && (second & FirstName) != 0 && (second & Denied) == 0) {
            return FirstName;
        }
    }
    return 0;
}

bool NameLexicon::isSurnamePlural(std::string_view folded) const
{
    if (folded.size() <= 4 || folded.back() != 's') {
        return false;
    }
    std::uint16_t stem = flags(folded.substr(0, folded.size() - 1));
    if ((stem & Surname) == 0 && folded.substr(folded.size() - 2) == "es") {
        stem = flags(folded.substr(0, folded.size() - 2));  // "the Joneses"
    }
    return (stem & Surname) != 0 && (stem & (English | CommonWord | Denied)) == 0;
}

bool NameLexicon::isDeniedChain(std::string_view foldedChain) const
{
    return m_deniedChains.count(std::string(foldedChain)) != 0;
}

}  // namespace veil::redact

// The short word lists of NamingContext.h (particles, titles, labels, …): words
// the finder asks about by name rather than through the embedded lists.
namespace veil::redact::naming {

bool isParticle(std::string_view folded)
{
    static constexpr auto kParticles = std::to_array<std::string_view>(
        { "van", "der", "den", "de",  "la",   "le",    "del", "della", "da", "das", "dos", "do",
          "du",  "von", "zu",  "bin", "bint", "binti", "ibn", "al",    "el", "te",  "ter", "di" });
    // Asked for every lower-case word after a capitalised one: most stop at
    // the length or the first letter.
    if (folded.size() < 2 || folded.size() > 5) {
        return false;
    }
    switch (folded[0]) {
    case 'a':
    case 'b':
    case 'd':
    case 'e':
    case 'i':
    case 'l':
    case 't':
    case 'v':
    case 'z':
        break;
    default:
        return false;
    }
    return std::find(kParticles.begin(), kParticles.end(), folded) != kParticles.end();
}

bool isTitle(std::string_view folded)
{
    // English titles, then honorifics of other languages ("Dona Cida", "Seu Raimundo", "Frau Schäfer").
    // Polish "pan"/"pani" ("do pana Kowalskiego") and the French and German doctors ("Le docteur Moreau").
    // Roles used as titles: "Nurse Thandeka", "Coach Reyes", "Pastor Ade".
    static constexpr WordList kTitles(std::to_array<std::string_view>(
        { "nurse",     "coach",  "officer",  "pastor",    "rabbi",   "imam",    "reverend", "sheikh",
          "pan",       "pana",   "panu",     "pani",      "panią",   "docteur", "doktor",   "dottore",
          "mr",        "mrs",    "ms",       "mx",        "miss",    "dr",      "prof",     "sir",
          "madam",     "mister", "doctor",   "professor", "dame",    "lady",    "herr",     "frau",
          "señor",     "señora", "señorita", "senhor",    "senhora", "sr",      "sra",      "srta",
          "dona",      "doña",   "monsieur", "madame",    "mme",     "mlle",    "signor",   "signora",
          "signorina", "shri",   "smt",      "shrimati",  "seu",     "deacon",  "bishop",   "chaplain" }));
    return kTitles.contains(folded);
}

bool isInstitutionNoun(std::string_view folded)
{
    // Then company forms: "Globex Ltd", "Acme Corp", "Müller GmbH".
    static constexpr auto kNouns = std::to_array<std::string_view>(
        { "museum",  "gallery", "hospital", "university", "college", "school",      "institute",  "academy",
          "library", "stadium", "arena",    "station",    "airport", "bridge",      "cathedral",  "church",
          "temple",  "mosque",  "hall",     "centre",     "center",  "memorial",    "foundation", "palace",
          "theatre", "theater", "hotel",    "park",       "tower",   "clinic",      "ltd",        "inc",
          "corp",    "llc",     "gmbh",     "plc",        "limited", "corporation", "holdings",   "ag" });
    return std::find(kNouns.begin(), kNouns.end(), folded) != kNouns.end();
}

bool isStreetWord(std::string_view folded)
{
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "rue",      "calle", "via",       "rua",     "avenida",  "avenue", "piazza",
          "plaza",    "praça", "boulevard", "carrer",  "viale",    "corso",  "paseo",
          "travessa", "largo", "estrada",   "alameda", "chaussée", "straße", "strasse" });
    return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

bool isThingHead(std::string_view folded)
{
    // "Casa do Alentejo", "Taberna da Rua das Flores", "Hotel Adlon", "Lake Como";
    // "Eggs Benedict", "Peach Melba", "Beef Wellington"; storms ("Hurricane Milton",
    // "Tropical Storm Alberto"). Surnames of the lists (Quinta, Mercado, Palazzo,
    // Puente) are left out.
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "casa",       "taberna",   "taverna",   "trattoria",  "osteria",  "pizzeria",   "restaurante",
          "ristorante", "cafe",      "café",      "hotel",      "pousada",  "cervejaria", "pastelaria",
          "bodega",     "cantina",   "brasserie", "château",    "chateau",  "palacio",    "palácio",
          "museo",      "museu",     "musée",     "parque",     "jardim",   "jardin",     "mercato",
          "igreja",     "iglesia",   "chiesa",    "basilica",   "praia",    "playa",      "ponte",
          "lago",       "lake",      "eggs",      "beef",       "chicken",  "pork",       "lamb",
          "peach",      "veal",      "oysters",   "shrimp",     "prawns",   "salmon",     "duck",
          "pollo",      "spaghetti", "penne",     "fettuccine", "linguine", "tarte",      "crêpes",
          "crepes",     "steak",     "pasta",     "hurricane",  "typhoon",  "cyclone",    "storm",
          "tropical" });
    return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

bool isPhoneLabel(std::string_view folded)
{
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "telefone",  "telefon",  "téléphone", "telefono", "teléfono", "celular", "móvil", "movil",
          "cellulare", "portable", "handy",     "numero",   "número",   "nummer",  "tlf",   "tel",
          "whatsapp",  "zap",      "mobile",    "phone",    "cell",     "mob",     "fax",   "contact",
          "contacto",  "kontakt",  "telefoon",  "mobiel",   "telefonu", "cep" });
    // "Rufnummer", "Handynummer", "Telefonnumero": compounds ending in "number".
    for (const std::string_view tail : { "nummer", "number", "numero", "número" }) {
        if (folded.size() >= tail.size() && folded.substr(folded.size() - tail.size()) == tail) {
            return true;
        }
    }
    return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

bool isRegnalNumber(std::string_view folded)
{
    static constexpr auto kNumerals = std::to_array<std::string_view>(
        { "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi" });
    return std::find(kNumerals.begin(), kNumerals.end(), folded) != kNumerals.end();
}

bool isFieldLabel(std::string_view folded)
{
    static constexpr std::array<std::string_view, 14> kLabels
        = { "bic", "swift", "iban", "ifsc", "sort", "aba", "pan",
            "cpf", "ssn",   "nino", "otp",  "pin",  "upi", "gstin" };
    return std::find(kLabels.begin(), kLabels.end(), folded) != kLabels.end();
}

bool isOccasion(std::string_view w)
{
    // "Happy Diwali Raghav", "Merry Christmas Oma", "Happy anniversary Sam".
    static constexpr auto kOccasions = std::to_array<std::string_view>(
        { "diwali",       "eid",         "holi",       "christmas", "xmas",   "hanukkah", "easter",
          "thanksgiving", "anniversary", "navratri",   "onam",      "pongal", "lohri",    "ramadan",
          "nowruz",       "graduation",  "retirement", "friday",    "monday", "weekend",  "holidays",
          "valentine's",  "valentines",  "mother's",   "father's" });
    return std::find(kOccasions.begin(), kOccasions.end(), w) != kOccasions.end();
}

bool isMediumTrigger(std::string_view w)
{
    static constexpr std::array<std::string_view, 24> kWords
        = { "to",   "and",   "with", "for",  "of", "via", "by",     "or",  "ship",  "at",  "can", "could",
            "will", "would", "did",  "does", "is", "has", "should", "may", "might", "was", "&",   "visit" };
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool isFollowingVerb(std::string_view w)
{
    // Verbs, then honorifics that follow a name ("Ji-ho oppa", "Sharma ji", "Tanaka san").
    static constexpr auto kWords = std::to_array<std::string_view>(
        { "says", "said", "told", "asked", "wants", "wanted", "texted", "called", "replied", "mentioned",
          "thinks", "thought", "sent", "emailed", "messaged", "is", "was", "will", "and", "needs", "owes",
          "lives", "keeps", "oppa", "unnie", "noona", "hyung", "sunbae", "ssi", "ji", "san", "sensei",
          "sahab", "bhaiya", "bhai", "didi", "dada", "anna", "akka", "bey", "hanım", "hanim",
          // Portuguese and Spanish: "a Bia vai fazer…", "Pablo dijo que…".
          "disse", "falou", "dijo", "vai", "quer", "quiere", "mandou", "pediu", "ligou", "llamó", "escribió",
          "diz" });
    return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

}  // namespace veil::redact::naming
