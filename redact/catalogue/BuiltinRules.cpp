// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/catalogue/BuiltinRules.h"

#include <string>

namespace veil::redact {

namespace {

// Building blocks shared by several patterns.
const std::string kMonth
    = R"((?:(?i:january|february|march|april|may|june|july|august|september|october|november|december|)"
      // Before the abbreviations: "mar" would end "março" at the non-ASCII "ç" (RE2's \b is ASCII).
      R"(março|)"
      R"(jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|)"
      R"(januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|)"
      R"(janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|)"
      R"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|)"
      R"(janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|)"
      R"(gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|)"
      R"(januari|februari|maart|mei|augustus|)"
      R"(stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|)"
      R"(ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|)"
      R"(kasim|aralık|aralik|)"
      // Solar Hijri (Persian) months, as Iranian and Afghan birth dates are written ("1 Farvardin 1370").
      R"(farvardin|ordibehesht|khordad|tir|mordad|amordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)\b\.?|)"
      // Russian and Ukrainian months in the genitive ("12 марта 1990"); Polish with diacritics.
      R"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|)"
      R"(січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|)"
      R"(września|października|)"
      R"(जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|)"
      // Greek months in the genitive, as dates write them ("3 Μαρτίου 1949").
      R"(Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|)"
      R"(Νοεμβρίου|Δεκεμβρίου))";
const std::string kDay = R"((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|\.)?)";

const std::string kStreetType
    = R"((?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|)"
      R"(Terrace|Ter|Terr|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Mews|Close|)"
      R"(Crescent|Cres|Grove|Gardens|Gdns|Hill|Walk|Green|Rise|View|Vale|Heights|Hts|Alley|Pike|Path|)"
      R"(Run|Point|Pt|Crossing|Xing|Cove|Ridge|Estate|Park|Marg|Nagar|Colony|Layout|Chowk|Wharf|Quay|)"
      R"(Parade|Esplanade|Broadway|Embankment|Hollow|Meadow|Meadows|Fields|Yard|Gate|End|Wynd|Brae|)"
      R"(Lawn|Lawns|Glen|Dale|Manor|Grange|Mall|Circus|Heath|Croft|Downs))";

Rule rule(std::string name, Category category, std::string pattern, float confidence, RuleCheck check,
          int group = 0)
{
    Rule r;
    r.name = std::move(name);
    r.category = category;
    r.pattern = std::move(pattern);
    r.confidence = confidence;
    r.check = check;
    r.group = group;
    r.origin = "built-in";
    return r;
}

}  // namespace

std::vector<Rule> BuiltinRules::all()
{
    const std::string at = R"((?:\s*[\[\(\{<]\s*(?i:at)\s*[\]\)\}>]\s*|\s+(?i:at)\s+|\s+@\s*|@\s+))";
    const std::string dot = R"((?:\s*[\[\(\{<]\s*(?i:dot)\s*[\]\)\}>]\s*|\s+(?i:dot)\s+|\s?\.\s?))";
    // Inside the local part "underscore" and "dash" are spelled out too.
    const std::string joiner = R"((?:\s*[\[\(\{<]\s*(?i:dot|underscore|dash|hyphen)\s*[\]\)\}>]\s*|)"
                               R"(\s+(?i:dot|underscore|dash|hyphen)\s+|\s?\.\s?))";
    const std::string tld
        = R"((?i:com|org|net|edu|gov|io|co|uk|in|de|fr|br|es|it|nl|ru|jp|cn|kr|au|ca|me|info|biz|us|)"
          R"(ac|mx|ng|ph|vn|ae|tr|ie|ch|at|be|se|no|dk|fi|pl|pt|za|nz|sg|hk|tw|app|dev|xyz|email|mail|)"
          R"(bg|ro|gr|hu|cz|sk|hr|si|rs|ua|lt|lv|ee|is|lu|il|sa|eg|ma|ke|gh|pk|bd|lk|my|id|th|ar|cl|pe|ve|uy|)"
          // Newer generic domains people put their names on.
          R"(design|studio|tech|online|site|store|shop|blog|art|page|live|life|world|agency|media|cloud|space|)"
          R"(website|ai|tv|fm|photo|photography|consulting|law)\b)";

    std::vector<Rule> rules;
    rules.push_back(
        rule("email", Category::Email,
             // An apostrophe inside the local part: "mateo.o'brien9@gmail.com".
             R"([\p{L}\p{N}][\p{L}\p{N}\p{M}._%+'’\-]*@[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)"
             R"((?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)*\.[A-Za-z]{2,24}\b)",
             0.99F, RuleCheck::Email));
    rules.push_back(rule("email-obfuscated", Category::Email,
                         R"(\b[A-Za-z0-9][A-Za-z0-9_%+\-]*(?:)" + joiner + R"([A-Za-z0-9_%+\-]+)*)" + at
                             + R"([A-Za-z0-9][A-Za-z0-9\-]*(?:)" + dot + R"([A-Za-z0-9\-]+)*)" + dot + tld,
                         0.96F, RuleCheck::ObfuscatedEmail));
    rules.push_back(rule("profile-url", Category::SocialHandle,
                         R"((?i:(?:https?://)?(?:www\.|m\.|mobile\.)?(?:instagram\.com|twitter\.com|x\.com|)"
                         R"(linkedin\.com/in|github\.com|tiktok\.com|facebook\.com|fb\.com|reddit\.com/u|)"
                         R"(reddit\.com/user|bsky\.app/profile|soundcloud\.com|youtube\.com|threads\.net|)"
                         R"(medium\.com|twitch\.tv|pinterest\.com|snapchat\.com/add|t\.me|vk\.com|)"
                         R"(behance\.net|dribbble\.com|mastodon\.[a-z]+|mstdn\.[a-z]+|[a-z0-9\-]+\.social|)"
                         R"(fosstodon\.org|hachyderm\.io|steamcommunity\.com/id|steamcommunity\.com/profiles)"
                         R"()/@?[a-z0-9_.\-]+/?))",
                         0.97F, RuleCheck::ProfileUrl));
    rules.push_back(rule("social-handle", Category::SocialHandle,
                         R"((?:^|[^A-Za-z0-9_.@/])(@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,38}[A-Za-z0-9_])?))",
                         0.88F, RuleCheck::Handle, 1));
    rules.push_back(
        rule("social-handle-in-context", Category::SocialHandle,
             R"(\b(?i:snap(?:chat)?|insta(?:gram)?|ig|tiktok|tik tok|discord|telegram|twitter|)"
             R"(threads|twitch|steam|psn|xbox|gamertag|kik|skype|wechat|line id|handle|username|)"
             // "my username on the forum is quietfox_88": where the handle lives may come first.
             R"(user name|bluesky|mastodon|reddit)\b(?:\s+(?i:on|for|in)\s+(?i:the\s+|my\s+)?[A-Za-z]+)?)"
             // "add me on xbox, gamertag ShadowFenix_07": a second platform word before the value;
             // "she's on snapchat as lily.pad_77".
             R"((?i:[\s,:=\-]|is|it's|its|id|name|me|on|at|as|gamertag|username|handle|tag)*)"
             // GitHub names take hyphens: "kwame-dev".
             R"((@?[A-Za-z0-9_][A-Za-z0-9_.\-]{2,29}(?:#\d{4})?))",
             0.85F, RuleCheck::HandleInContext, 1));
    // "u/quiet_maple_22": a Reddit user named the way Reddit writes it (not "r/" subreddits).
    rules.push_back(rule("reddit-user", Category::SocialHandle, R"(\bu/[A-Za-z0-9_\-]{3,20}\b)", 0.88F,
                         RuleCheck::HandleInContext));
    // Forms copied into a chat write names in capitals after their field label
    // ("Surname: NAKASHIMA / Given names: RIE"); the name finder reads
    // all-capital words as acronyms, so the label decides here.
    rules.push_back(
        rule("person-form-field", Category::Person,
             R"(\b(?i:surname|last name|family name|first names?|given names?|forenames?|full name|)"
             R"(middle names?|apellidos?|nachname|vorname|prénom|prenom|sobrenome|nome completo|)"
             R"(nombre completo)\s?:\s?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'\-]+){0,3})\b)",
             0.85F, RuleCheck::None, 1));
    rules.push_back(rule("iban", Category::Iban, R"(\b[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){11,32}\b)", 0.98F,
                         RuleCheck::Iban));
    rules.push_back(rule("credit-card", Category::CreditCard, R"(\b(?:\d[ \-]?){12,18}\d\b)", 0.97F,
                         RuleCheck::CreditCard));
    rules.push_back(rule("us-ssn", Category::GovId,
                         R"(\b(?:\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{3}\.\d{2}\.\d{4}|\d{9})\b)", 0.95F,
                         RuleCheck::Ssn));
    rules.push_back(rule("in-aadhaar", Category::GovId, R"(\b[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}\b)", 0.95F,
                         RuleCheck::Aadhaar));
    rules.push_back(
        rule("in-pan", Category::GovId, R"(\b[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]\b)", 0.95F, RuleCheck::Pan));
    rules.push_back(rule("uk-nino", Category::GovId, R"(\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b)", 0.95F,
                         RuleCheck::UkNationalInsurance));
    rules.push_back(rule("br-cpf", Category::GovId, R"(\b(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})\b)", 0.96F,
                         RuleCheck::Cpf));
    rules.push_back(rule(
        "passport", Category::GovId,
        R"((?i:passport|passeport|reisepass|pasaporte|passaporte)[^\n\d]{0,64}?)"
        R"(\b([A-Z]{1,2}\d{6,8}|\d{8,9}|\d{2}[A-Z]{2}\d{5}|[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}|[A-Z0-9]{6,9})\b)",
        0.93F, RuleCheck::Passport, 1));
    rules.push_back(
        rule("ipv4", Category::IpAddress,
             R"(\b(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\b)", 0.92F,
             RuleCheck::IPv4));
    rules.push_back(rule("ipv6", Category::IpAddress,
                         R"((?i:[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\d{1,3}(?:\.\d{1,3}){3})?))", 0.92F,
                         RuleCheck::IPv6));
    rules.push_back(rule(
        "geo-decimal", Category::GeoCoordinates,
        R"([NSns]?\s?-?\d{1,2}\.\d{2,8}\s?°?\s?[NSns]?\s?[,;/ ]\s{0,2}[EWew]?\s?-?\d{1,3}\.\d{2,8}\s?°?(?:\s?[EWew]\b)?)",
        0.9F, RuleCheck::GeoPair));
    rules.push_back(rule("geo-hemisphere", Category::GeoCoordinates,
                         R"(\b\d{1,2}(?:\.\d+)?\s?°?\s?[NS]\s?,?\s?\d{1,3}(?:\.\d+)?\s?°?\s?[EW]\b)", 0.92F,
                         RuleCheck::GeoPair));
    rules.push_back(rule(
        "geo-dms", Category::GeoCoordinates,
        R"(\d{1,2}\s?°\s?\d{1,2}(?:\.\d{1,4})?\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:"|″|''|”)\s?)?[NS]\s?,?\s?)"
        R"(\d{1,3}\s?°\s?\d{1,2}(?:\.\d{1,4})?\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:"|″|''|”)\s?)?[EW]|)"
        // Hemisphere first: N 51°30'26", W 0°7'39"
        // (minutes may carry decimals: N 47°36.5', W 122°19.9')
        R"([NS]\s?\d{1,2}\s?°\s?\d{1,2}(?:\.\d{1,4})?\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:"|″|''|”))?\s?,?\s?)"
        R"([EW]\s?\d{1,3}\s?°\s?\d{1,2}(?:\.\d{1,4})?\s?['′’]\s?(?:\d{1,2}(?:[.,]\d+)?\s?(?:"|″|''|”))?)",
        0.95F, RuleCheck::GeoPair));
    rules.push_back(rule("geo-labelled", Category::GeoCoordinates,
                         // "mlat=…&mlon=…" in OpenStreetMap links.
                         R"(\b(?i:m?lat|latitude)\s?[:=]?\s?(-?\d{1,2}\.\d+\s?°?\s?[,;&]?\s?)"
                         R"((?i:lng|m?lon|long|longitude)\s?[:=]?\s?-?\d{1,3}\.\d+))",
                         0.95F, RuleCheck::GeoPair, 1));
    rules.push_back(rule(
        "date-of-birth", Category::DateOfBirth,
        R"(\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\b\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}\b|)"
        R"(\b)"
            + kMonth + R"(\.?\s+)" + kDay
            + R"((?:,?\s+\d{4})?|)"
              R"(\b)"
            // "14 March 1992", "12 de marzo de 1991", "03-Nov-1990".
            + kDay + R"((?:\s*(?:of\s+|de\s+)?|-))" + kMonth
            + R"(\.?(?:,?\s+(?:de\s+|del\s+)?\d{4}|\s'?\d{2}\b|-(?:\d{4}|\d{2})\b)?|)"
              // Han and Hangul share one branch: "1992年3月14日", "1995년 7월 14일", "3월 14일".
              R"(\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일])",
        0.9F, RuleCheck::BirthDate));
    rules.push_back(
        rule("phone", Category::Phone,
             R"((?:\(?\+|\b00)?\(?\d(?:[ \t().\-/]{0,3}\d){6,16}(?:\s?(?i:ext\.?|x|extension)\s?\d{1,5})?)",
             0.86F, RuleCheck::Phone));
    rules.push_back(
        rule("phone-spoken", Category::Phone,
             R"(\b(?i:(?:plus|zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple))"
             R"((?:[\s,\-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)){5,}\b))",
             0.85F, RuleCheck::SpokenPhone));
    rules.push_back(rule(
        "address-street", Category::StreetAddress,
        // "Unit 5/22 Smith St": an Australian unit before a slash.
        // The flat's own number starts with a digit or is one letter ("Flat 3B", "Apt C"), not
        // a word: "the flat at 14 Birchwood Close" starts at 14.
        R"(\b(?:(?i:flat|apt\.?|apartment|unit|suite)\s?(?:\d[A-Za-z0-9\-]{0,4}|[A-Za-z](?:[\d\-][A-Za-z0-9\-]{0,3})?)(?:,?\s+|/)|)"
        R"(\d{1,2}(?:st|nd|rd|th)\s(?i:floor),?\s+)?)"
        // "Blk 123 Ang Mo Kio Ave 3": a Singapore block before the number.
        R"((?:(?i:blk|block)\s)?\d{1,5}[A-Za-z]?(?:[\-/]\d{1,4}[A-Za-z]?)?,?\s+)"
        // Street names are capitalised words or numbered streets ("W 72nd St").
        R"((?:[NSEW]\.?\s+)?(?:(?:\p{Lu}[\p{L}'’.\-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,4})"
            + kStreetType
            // "Park Ave S", "Glenageary Road Upper": a side or part after the street type.
            // A number after the type before a comma: "Ang Mo Kio Ave 3,", "Street 7,".
            + R"(\b\.?(?:\s(?:Upper|Lower|North|South|East|West|NE|NW|SE|SW|N|S|E|W)\b|\s\d{1,3},)?)",
        0.88F, RuleCheck::Address));
    rules.push_back(rule(
        "address-india", Category::StreetAddress,
        R"((?:\b(?i:h\.?\s?no|house\s+no|door\s+no|d\.?\s?no|flat\s+no|flat|plot\s+no|plot|)"
        R"(shop\s+no|block|quarter\s+no|qtr\s+no)\.?|#)\s?[:#]?\s?[A-Z]?\d{1,5}[A-Z]?(?:[\-/][A-Z]?\d{1,5}[A-Z]?){0,3},|)"
        // A block-letter house number before a sector: "D-14, Sector 62, Noida"; or
        // before a building ("C-204, Lodha Amara, …", kept only with a postcode).
        R"(\b[A-Z]{1,2}-\d{1,4}[A-Z]?,\s?(?:Sector|Phase|Pocket|Block)\s\d{1,3}[A-Z]?,|\b[A-Z]{1,2}-\d{2,4}[A-Z]?,|)"
        // "House 22, Street 7, F-8/3, Islamabad"; a Japanese block number and ward:
        // "2-3-1 Marunouchi, Chiyoda-ku".
        R"(\b(?i:house)\s\d{1,4}[A-Z]?,|\b\d{1,2}-\d{1,2}-\d{1,3},?\s[A-Z][a-z]+,\s[A-Z][a-z]+-(?:ku|shi|cho|machi)\b)",
        0.88F, RuleCheck::Address));
    rules.push_back(rule(
        "address-european", Category::StreetAddress,
        // A town's adjective before the street ("Mainzer Landstraße 50", "Kölner Straße 12")
        // is taken by the validator, which also requires it before a bare "Straße 12".
        R"(\b(?:\p{Lu}[\p{L}\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|laan|straat|gracht|)"
        R"(plein|kade|singel)|Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm))"
        // A Dutch or German floor or part after the number: "Prinsengracht 412-II", "Kade 7-hs", "Weg 3-1".
        R"(\s+\d{1,4}[a-z]?(?:-(?:I{1,3}|IV|hs|[A-Za-z]|\d{1,3}))?\b|)"
        // German streets named with a preposition: "Am Markt 3", "Unter den Linden 77" (postcode required).
        R"(\b(?:Am|Im|An der|An den|Auf der|Auf dem|In der|Unter den|Zum|Zur) [A-ZÄÖÜ][a-zäöüß\-]+ \d{1,4}[a-z]?\b|)"
        // A flat before the French number: "Apartment 12, 9 Rue Oberkampf".
        R"(\b(?:(?i:apartment|appartement|apt\.?|flat|unit)\s?(?:\d[A-Za-z0-9\-]{0,4}|[A-Za-z](?:[\d\-][A-Za-z0-9\-]{0,3})?),?\s+)?)"
        R"(\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|boulevard|bd|allée|chemin|impasse|place|quai|route|cours))"
        R"(\s+(?:[\p{L}'’\-]+\s?){1,5}|)"
        // "C/ Mayor 12": the Spanish abbreviation of "calle".
        // Polish "ul." and "al.", Indonesian and Malay "Jl."/"Jalan", Russian "ул."/"пр.":
        // "ul. Marszałkowska 84/92", "Jl. Merdeka No. 17", "ул. Пушкина, д. 10".
        R"((?:\b(?i:calle|avenida|avda\.|av\.|plaza|paseo|carrer|via|viale|piazza|corso|rua|r\.|travessa|largo|praça|estrada|alameda|)"
        R"(ul\.|ulica|al\.|aleja|os\.|jl\.|jln\.|jalan)\s+|\bC/\s?|(?:ул\.|улица|пр\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.)\s?))"
        R"((?:[\p{L}'’.\-]+[\s,]{1,2}){0,5}?(?:n[º°o]\.?\s?)?\d{1,5}(?:/\d{1,4}[a-z]?)?\b|)"
        // Turkish streets, type after the name: "Bağdat Caddesi No: 214 D: 5", "Gül Sokak No. 3".
        R"(\b\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2}\s(?:Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sok\.|Sk\.|Bulvarı|Blv\.))"
        R"(\s(?:No\s?[:.]?\s?)?\d{1,5}(?:/\d{1,3})?(?:\s(?:D|Daire)\s?[:.]?\s?\d{1,4})?\b|)"
        R"(\b(?i:p\.?\s?o\.?\s?box|post office box|caixa postal|apartado)\s+\d{1,6}\b)",
        0.88F, RuleCheck::Address));
    // Chinese and Japanese addresses, largest unit first: "北京市朝阳区建国路88号",
    // "東京都世田谷区三軒茶屋1-2-3 ハイツ三茶 201" (AddressValidator drops landmarks).
    rules.push_back(rule(
        "address-cjk", Category::StreetAddress,
        R"((?:\p{Han}{2,4}(?:省|自治区))?\p{Han}{1,4}市\p{Han}{1,5}[区县]\p{Han}{1,10}(?:路|街|道|巷|胡同)\d{1,5}号)"
        R"((?:[\p{Han}\d\-]{0,10}(?:室|楼|层|单元))?|)"
        R"((?:〒\s?\d{3}-\d{4}\s?)?\p{Han}{1,3}[都道府県][\p{Han}\p{Katakana}\p{Hiragana}ー]{1,8}[区市郡町村])"
        R"([\p{Han}\p{Katakana}\p{Hiragana}ー]{1,10}\d{1,4}(?:(?:[-－]|丁目|番地?)\d{1,4}){1,2}号?)"
        R"((?:\s?[\p{Han}\p{Katakana}\p{Hiragana}ー]{1,10}\s?\d{1,4})?)",
        0.88F, RuleCheck::Address));
    return rules;
}

}  // namespace veil::redact
