// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Detector: every category with positives and hard negatives (docs/redact.md,
// "Built-in rules"), span boundaries, ordering, masking and odd input.

#include "DetectorTestSupport.h"
#include "redact/detect/Detector.h"
#include "redact/mask/Masker.h"

#include <QtTest>

#include <atomic>
#include <string>
#include <thread>

using namespace veil::redact;
using namespace veil::redact::testing;

class TestDetector : public QObject {
    Q_OBJECT

private slots:
    void detectsExactValue_data();
    void detectsExactValue();
    void leavesHardNegativesAlone_data();
    void leavesHardNegativesAlone();
    void spansAreSortedAndDisjoint();
    void masksWithPlaceholders();
    void survivesOddInput_data();
    void survivesOddInput();
    void isUsableFromManyThreads();
};

void TestDetector::detectsExactValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("category");
    const auto row = [](const char* name, const char* text, const char* value, const char* category) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(value)
                            << QString::fromLatin1(category);
    };
    // PERSON
    row("name after 'my name is'", "Hello, my name is Oyelaran and I need help", "Oyelaran", "PERSON");
    row("full name from lists", "Could you write a card for Ingrid Larsen please?", "Ingrid Larsen",
        "PERSON");
    row("portuguese honorific", "ligue e fala com a Dona Cida", "Cida", "PERSON");
    row("german honorific", "bitte frag Herr Okafor-Lindgren", "Okafor-Lindgren", "PERSON");
    row("spanish kinship word", "mi tio Ezequiel llega mañana", "Ezequiel", "PERSON");
    row("dash signature after thanks", "thanks!! – Margarethe", "Margarethe", "PERSON");
    row("dash signature at the end", "see you at the station - Ottoline", "Ottoline", "PERSON");
    row("korean surname park after a trigger", "My friend Sung-min Park recommended it", "Sung-min Park",
        "PERSON");
    row("han name after 给", "请帮我给王芳写一封感谢信", "王芳", "PERSON");
    row("a message to someone", "Write a message to Obinna saying the meeting moved", "Obinna", "PERSON");
    row("apologise to someone", "I need to apologise to Farhan for forgetting", "Farhan", "PERSON");
    row("hi it's someone", "hi it's Yaw from the gym, coffee?", "Yaw", "PERSON");
    row("lower-case name after bf", "so my bf tomás wants to move", "tomás", "PERSON");
    row("portuguese month in a birth date", "my daughter was born on 15 de março de 2018",
        "15 de março de 2018", "DATE_OF_BIRTH");
    row("portuguese birth verb", "ela nasceu em 15 de março de 2018", "15 de março de 2018", "DATE_OF_BIRTH");
    row("title stays outside", "I saw Dr. Mokoena yesterday", "Mokoena", "PERSON");
    row("possessive outside", "It is Priya's birthday party", "Priya", "PERSON");
    row("lower-case after tell", "pls tell priya i said hi", "priya", "PERSON");
    row("particle surname", "Meeting with Lucas van der Berg at noon", "Lucas van der Berg", "PERSON");
    row("apostrophe surname", "Send it to Siobhan O'Brien today", "Siobhan O'Brien", "PERSON");
    row("devanagari", "मेरा नाम अमित कुमार है", "अमित कुमार", "PERSON");
    row("han", "Please thank 林雅婷 for me", "林雅婷", "PERSON");
    row("three-character surname", "Reminder to self: ring 佐々木美咲 about the rent", "佐々木美咲",
        "PERSON");
    row("three-character surname with honorific", "長谷川さんに連絡して", "長谷川", "PERSON");
    row("japanese with honorific", "松本優斗さんに連絡して", "松本優斗", "PERSON");
    row("hangul with particle", "Say hi to 한지민 for me", "한지민", "PERSON");
    row("sign-off", "See you soon.\nCheers,\nHalvard", "Halvard", "PERSON");
    row("vocative", "Thanks, Ximena! That helps", "Ximena", "PERSON");
    // EMAIL
    row("plain email", "write to anna.berg+travel@posteo.de today", "anna.berg+travel@posteo.de", "EMAIL");
    row("subdomain email", "mail me: j.doe@cs.uni-bonn.de", "j.doe@cs.uni-bonn.de", "EMAIL");
    row("obfuscated words", "it's john dot smith at gmail dot com", "john dot smith at gmail dot com",
        "EMAIL");
    row("obfuscated brackets", "reach me: kofi [at] outlook [dot] com", "kofi [at] outlook [dot] com",
        "EMAIL");
    row("obfuscated parens", "mila(at)proton(dot)me is best", "mila(at)proton(dot)me", "EMAIL");
    row("mailto outside", "<a href=\"mailto:zara.k@gmail.com\">", "zara.k@gmail.com", "EMAIL");
    // PHONE
    row("us international", "Call me on +1 (415) 555-0132 tonight", "+1 (415) 555-0132", "PHONE");
    row("uk national", "my mobile is 07911 123456", "07911 123456", "PHONE");
    row("india mobile", "whatsapp +91 98765 43210 anytime", "+91 98765 43210", "PHONE");
    row("german 00 prefix", "Tel. 0049 30 12345678", "0049 30 12345678", "PHONE");
    row("brazil", "meu celular: +55 11 98765-4321", "+55 11 98765-4321", "PHONE");
    row("nigeria", "text me on +234 803 123 4567", "+234 803 123 4567", "PHONE");
    row("spoken", "call me on nine eight seven six five four three two one zero",
        "nine eight seven six five four three two one zero", "PHONE");
    // STREET_ADDRESS
    row("us address", "Ship to 1427 Maple Ave, Springfield, IL 62704 please",
        "1427 Maple Ave, Springfield, IL 62704", "STREET_ADDRESS");
    row("uk address", "I live at 12 Rose Lane, Bristol BS1 4DJ", "12 Rose Lane, Bristol BS1 4DJ",
        "STREET_ADDRESS");
    row("india address", "Deliver to Flat No. 402, Sunrise Apartments, Pune - 411001",
        "Flat No. 402, Sunrise Apartments, Pune - 411001", "STREET_ADDRESS");
    row("unit after the street", "I vacated 4417 Alder Street, Apt 3B on October 31",
        "4417 Alder Street, Apt 3B", "STREET_ADDRESS");
    row("flat first", "check this: Apt 12C, 450 Park Ave S, New York, NY 10016",
        "Apt 12C, 450 Park Ave S, New York, NY 10016", "STREET_ADDRESS");
    row("irish road upper", "send the keys to 18 Glenageary Road Upper, Dún Laoghaire, Co. Dublin A96 T2C9",
        "18 Glenageary Road Upper, Dún Laoghaire, Co. Dublin A96 T2C9", "STREET_ADDRESS");
    row("unit without a comma", "I vacated 4417 Alder Street Apt 3B last week", "4417 Alder Street Apt 3B",
        "STREET_ADDRESS");
    row("german address", "Meine Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin",
        "STREET_ADDRESS");
    // CREDIT_CARD
    row("visa grouped", "my card 4539 1488 0343 6467 was charged", "4539 1488 0343 6467", "CREDIT_CARD");
    row("amex compact", "amex 376543210987652 failed", "376543210987652", "CREDIT_CARD");
    // IBAN
    row("german iban", "IBAN: DE89 3704 0044 0532 0130 00 thanks", "DE89 3704 0044 0532 0130 00", "IBAN");
    row("gb compact iban", "send to GB82WEST12345698765432", "GB82WEST12345698765432", "IBAN");
    // GOV_ID
    row("ssn", "SSN 536-22-1946 on the form", "536-22-1946", "GOV_ID");
    row("aadhaar", "Aadhaar 2345 6789 0124 attached", "2345 6789 0124", "GOV_ID");
    row("pan", "PAN ABCPE1234F", "ABCPE1234F", "GOV_ID");
    row("uk nino", "NI number AB 12 34 56 C", "AB 12 34 56 C", "GOV_ID");
    row("cpf", "CPF 529.982.247-25", "529.982.247-25", "GOV_ID");
    row("passport", "passport number X12345678 expires soon", "X12345678", "GOV_ID");
    // IP_ADDRESS
    row("ipv4 lan", "my NAS is at 192.168.1.20:8080", "192.168.1.20", "IP_ADDRESS");
    row("ipv6", "ssh to 2001:db8:85a3::8a2e:370:7334 fails", "2001:db8:85a3::8a2e:370:7334", "IP_ADDRESS");
    // DATE_OF_BIRTH
    row("dob slashes", "DOB: 14/03/1992", "14/03/1992", "DATE_OF_BIRTH");
    row("born on month", "I was born on March 14th, 1992 in Lagos", "March 14th, 1992", "DATE_OF_BIRTH");
    row("german dob", "geboren am 14. März 1992", "14. März 1992", "DATE_OF_BIRTH");
    row("cjk dob", "生日是1992年3月14日", "1992年3月14日", "DATE_OF_BIRTH");
    row("birthday no year", "my daughter's birthday is July 4", "July 4", "DATE_OF_BIRTH");
    // SOCIAL_HANDLE
    row("handle", "follow me @moon_wolf12 for pics", "@moon_wolf12", "SOCIAL_HANDLE");
    row("profile url", "see https://www.instagram.com/ana.silva_/ ok",
        "https://www.instagram.com/ana.silva_/", "SOCIAL_HANDLE");
    row("github profile", "my code: github.com/kwame-dev", "github.com/kwame-dev", "SOCIAL_HANDLE");
    row("bare username in context", "add me on snap, moonwolf12", "moonwolf12", "SOCIAL_HANDLE");
    row("handle with hyphen", "ping @kofi-dev on there", "@kofi-dev", "SOCIAL_HANDLE");
    row("passport specimen layout", "my passport is L898902C3", "L898902C3", "GOV_ID");
    // GEO_COORDINATES
    row("decimal pair", "we're parked at 51.50722, -0.12750 now", "51.50722, -0.12750", "GEO_COORDINATES");
    row("hemisphere", "camp is at 34.0522 N, 118.2437 W", "34.0522 N, 118.2437 W", "GEO_COORDINATES");
    row("dms", "found it at 40°26'46\"N 79°58'56\"W", "40°26'46\"N 79°58'56\"W", "GEO_COORDINATES");
    row("map link", "https://maps.google.com/?q=12.97160,77.59460", "12.97160,77.59460", "GEO_COORDINATES");
    row("labelled lat/long", "Lat: 40.7128, Long: -74.0060 is the spot", "40.7128, Long: -74.0060",
        "GEO_COORDINATES");
    row("phone in brackets", "(+44) 7911 123456 is mine", "(+44) 7911 123456", "PHONE");
    row("phone extension", "contact +1-202-555-0143 ext. 12 today", "+1-202-555-0143 ext. 12", "PHONE");
    row("vocative", "Xiomara, can you call me?", "Xiomara", "PERSON");
    row("lower-case after family word", "my friend aditya is coming", "aditya", "PERSON");
    row("name after with", "Lunch with Bolaji tomorrow?", "Bolaji", "PERSON");
    row("place name as a name in context", "tell Jordan I'm late", "Jordan", "PERSON");
    row("place name from work", "Austin from work keeps taking credit for my ideas", "Austin", "PERSON");
    row("place name with a relation", "Chelsea's mom invited us to the lake house", "Chelsea", "PERSON");
    row("place name that speaks", "Jordan said he would come", "Jordan", "PERSON");
    row("glued honorific", "Tanaka-san said the meeting moved", "Tanaka", "PERSON");
    row("hyphenated given name", "Min-ji said hi", "Min-ji", "PERSON");
    row("addressee before a house number", "Ship to Zubair, 4 Rowan Mews, Exeter EX5 5HQ", "Zubair",
        "PERSON");
    row("name after a field label", "Author: Hiroshi Tanabe <h.tanabe@example.jp>", "Hiroshi Tanabe",
        "PERSON");
    row("second of two names", "Declan or Ruairí, who should I ask?", "Ruairí", "PERSON");
    row("second lower-case name", "tell maya or arjun to call me", "arjun", "PERSON");
    row("word-name that speaks", "Frank said no", "Frank", "PERSON");
    row("word-name addressed", "Holly, can you help me", "Holly", "PERSON");
    row("word-name from work", "Joy from accounting keeps eating my lunch", "Joy", "PERSON");
    row("word-name with a pet", "Sandy's cat keeps peeing on my bed", "Sandy", "PERSON");
    row("names in a list", "Holly, Ivy and Amber want to split the airbnb", "Ivy", "PERSON");
    row("multi-line address", "Ship to:\n742 Oakwood Dr\nApt 5\nDenver, CO 80203\nthanks",
        "742 Oakwood Dr\nApt 5\nDenver, CO 80203", "STREET_ADDRESS");
    row("dutch address", "Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam",
        "STREET_ADDRESS");
    // Generalisation fixes (docs/redact.md, "Held-out-style evaluation")
    row("relationship trigger", "my tutor Eilidh Strachan cancelled", "Eilidh Strachan", "PERSON");
    row("lower-case after coworker", "my coworker tomasz keeps calling", "tomasz", "PERSON");
    row("good morning", "Good morning Thandeka! all set?", "Thandeka", "PERSON");
    row("chinese 我叫", "我叫张伟，请多关照", "张伟", "PERSON");
    row("han honorific inside run", "请告诉李娜老师明天不上课", "李娜", "PERSON");
    row("japanese surname with さん", "田中さんに電話してください", "田中", "PERSON");
    row("hangul copula", "저는 이지은입니다", "이지은", "PERSON");
    row("hangul honorific and particle", "최민수씨한테 물어봐", "최민수", "PERSON");
    row("devanagari unlisted given name", "मेरा नाम कुसुम वर्मा है", "कुसुम वर्मा", "PERSON");
    row("dms decimal minutes", "we camped at N 44°21.7', W 110°40.2' last night", "N 44°21.7', W 110°40.2'",
        "GEO_COORDINATES");
    row("discord discriminator", "my discord is lunarfox#0731", "lunarfox#0731", "SOCIAL_HANDLE");
    row("fediverse handle", "follow me at @ana@fosstodon.org", "@ana@fosstodon.org", "SOCIAL_HANDLE");
    row("hinglish birth word", "mera janam 4 March 1991 ko hua", "4 March 1991", "DATE_OF_BIRTH");
    row("po box with country", "P.O. Box 2210, Accra 00233, Ghana", "P.O. Box 2210, Accra 00233, Ghana",
        "STREET_ADDRESS");
    row("numbered street", "mail it to 88 E 14th St, Chicago, IL 60605 please",
        "88 E 14th St, Chicago, IL 60605", "STREET_ADDRESS");
    row("floor before the number", "our office is 2nd Floor, 14 Residency Road, Bengaluru 560025",
        "2nd Floor, 14 Residency Road, Bengaluru 560025", "STREET_ADDRESS");
    row("indian block-letter head", "we stay at C-7, Sector 15, Faridabad 121007 now",
        "C-7, Sector 15, Faridabad 121007", "STREET_ADDRESS");
    // Stop 13: held-out-style batches.
    row("capital surname after a form label", "the form says Surname: OKONKWO-BELL, is that right?",
        "OKONKWO-BELL", "PERSON");
    row("capital given names after a form label", "Given names: MARIA JOSE / Sex: F", "MARIA JOSE", "PERSON");
    row("han name after a relation", "我同事王芳明天请假", "王芳", "PERSON");
    row("hangul name after a relation", "우리 아빠 김철수 생신 선물 추천해줘", "김철수", "PERSON");
    row("phone in brackets as an aside", "update the contact to my brother Ike (+44 7911 456 802) pls",
        "+44 7911 456 802", "PHONE");
    row("national phone in brackets", "text me (07911 456 802) after 6", "07911 456 802", "PHONE");
    row("hindi phone label", "मेरा मोबाइल नंबर 9876012345 है", "9876012345", "PHONE");
    row("spanish floor and door", "mi dirección es Calle Mayor 5, 2º izda, 28013 Madrid",
        "Calle Mayor 5, 2º izda, 28013 Madrid", "STREET_ADDRESS");
    row("dutch floor suffix", "ons adres: Keizersgracht 12-hs, 1015 CJ Amsterdam",
        "Keizersgracht 12-hs, 1015 CJ Amsterdam", "STREET_ADDRESS");
    row("irish lawn and county", "we live at 4 Beech Lawn, Malahide, Co. Dublin K36 F2X1",
        "4 Beech Lawn, Malahide, Co. Dublin K36 F2X1", "STREET_ADDRESS");
    row("reddit user", "dm me on reddit u/quiet_maple_22", "u/quiet_maple_22", "SOCIAL_HANDLE");
    row("listed brand-name as a name in context", "my aunt Mercedes is visiting", "Mercedes", "PERSON");
    row("a text from someone", "got a really weird text from Ottoline last night", "Ottoline", "PERSON");
    row("sign-off of another language", "Un abrazo,\nInés Tobío", "Inés Tobío", "PERSON");
    row("best wishes sign-off", "can you make it polite\n\nBest wishes,\nGráinne", "Gráinne", "PERSON");
    row("japanese self-introduction", "山田花子です。よろしく", "山田花子", "PERSON");
    row("dialling link", "<a href=\"tel:+4930123456\">Call</a>", "+4930123456", "PHONE");
    row("bracketed trunk zero", "aussie number +61 (0)4 1234 5678", "+61 (0)4 1234 5678", "PHONE");
    row("canadian postcode", "my apartment: 1455 Rue Sainte-Catherine O, Montréal, QC H3G 1P1",
        "1455 Rue Sainte-Catherine O, Montréal, QC H3G 1P1", "STREET_ADDRESS");
    row("australian unit before a slash", "we're renting Unit 5/22 Smith St, Fitzroy VIC 3065",
        "Unit 5/22 Smith St, Fitzroy VIC 3065", "STREET_ADDRESS");
    row("german street with a preposition", "neue Adresse: Am Markt 3, 04109 Leipzig",
        "Am Markt 3, 04109 Leipzig", "STREET_ADDRESS");
    row("german street with a town adjective", "Büro: Mainzer Landstraße 50, 60325 Frankfurt am Main",
        "Mainzer Landstraße 50, 60325 Frankfurt am Main", "STREET_ADDRESS");
    row("town with a particle", "endereço: Av. Atlântica, 2000, Copacabana, Rio de Janeiro - RJ, 22021-001",
        "Av. Atlântica, 2000, Copacabana, Rio de Janeiro - RJ, 22021-001", "STREET_ADDRESS");
    row("plot head before a street", "office: Plot 12, Admiralty Way, Lekki Phase 1, Lagos",
        "Plot 12, Admiralty Way, Lekki Phase 1, Lagos", "STREET_ADDRESS");
    row("korean birthday without a year", "생일은 5월 2일이야", "5월 2일", "DATE_OF_BIRTH");
    row("german relation before a name", "Meine Schwester Katharina zieht nach Wien", "Katharina", "PERSON");
    row("french relation with a non-ascii letter", "ma belle-sœur Nadège se marie en juin", "Nadège",
        "PERSON");
    row("devanagari kinship honorific", "रमेश भैया को फोन करना है", "रमेश", "PERSON");
    row("multi-line uk address", "Flat 4\n27 Cromwell Road\nLondon\nSW7 2HR\n^ is this right?",
        "Flat 4\n27 Cromwell Road\nLondon\nSW7 2HR", "STREET_ADDRESS");
    row("block-letter flat with a postcode", "send it to C-204, Lodha Amara, Kolshet Road, Thane West 400607",
        "C-204, Lodha Amara, Kolshet Road, Thane West 400607", "STREET_ADDRESS");
    row("portuguese postcode", "morada: Rua do Carmo 45, 2º Esq, 1200-093 Lisboa",
        "Rua do Carmo 45, 2º Esq, 1200-093 Lisboa", "STREET_ADDRESS");
    row("street named after a date", "envío: Calle 5 de Mayo 120, Col. Centro, 06000 Ciudad de México",
        "Calle 5 de Mayo 120, Col. Centro, 06000 Ciudad de México", "STREET_ADDRESS");
    row("title after a role acronym", "my GP Dr Okonjo referred me to a dermatologist", "Okonjo", "PERSON");
    row("auntie before a name", "thank u so much auntie Bisi, the jollof was amazing", "Bisi", "PERSON");
    row("in-law before a name", "my sister-in-law Ifeyinwa Obiora is visiting", "Ifeyinwa Obiora", "PERSON");
    row("spelled e-mail of another country", "my email: p.dimitrov at abv dot bg", "p.dimitrov at abv dot bg",
        "EMAIL");
    row("day, month abbreviation and year with dashes", "DOB: 03-Nov-1990", "03-Nov-1990", "DATE_OF_BIRTH");
    row("two-digit year after a dotted label", "d.o.b. 2 Feb 85", "2 Feb 85", "DATE_OF_BIRTH");
    row("genealogists' b. for born", "Grandpa (b. 3 March 1931) was a sailor", "3 March 1931",
        "DATE_OF_BIRTH");
    row("indian honorific", "please write to Smt. Lakshmi Narayanan, the principal", "Lakshmi Narayanan",
        "PERSON");
    row("malay particle", "my colleague Nurul Aisyah binti Ahmad is joining", "Nurul Aisyah binti Ahmad",
        "PERSON");
    row("money between people", "pls remind me to pay Oluwadamilare back", "Oluwadamilare", "PERSON");
    row("phone before a slash", "home 020 7123 4567 / mobile 07700 123456", "020 7123 4567", "PHONE");
    row("hash unit after a street", "office is at 350 W 42nd St #12B, New York, NY 10036",
        "350 W 42nd St #12B, New York, NY 10036", "STREET_ADDRESS");
    row("singapore block and postcode", "my address: Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123",
        "Blk 123 Ang Mo Kio Ave 3, #05-67, Singapore 560123", "STREET_ADDRESS");
    row("japanese block number and ward",
        "hotel address 2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005 — near?",
        "2-3-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005", "STREET_ADDRESS");
    row("pakistani house, street and sector", "my parents live at House 22, Street 7, F-8/3, Islamabad",
        "House 22, Street 7, F-8/3, Islamabad", "STREET_ADDRESS");
    row("openstreetmap link", "https://www.openstreetmap.org/?mlat=35.65858&mlon=139.70157 my flat",
        "35.65858&mlon=139.70157", "GEO_COORDINATES");
    row("apology before a name", "Sorry Deepa, I missed your call", "Deepa", "PERSON");
    row("happy birthday before a name", "Happy Birthday Rafa!! 🎉", "Rafa", "PERSON");
    row("aunty before a name", "reply to Aunty Grace, she asked about my exams", "Grace", "PERSON");
    row("meeting a place-name", "I'm meeting Florence for lunch, she just got back", "Florence", "PERSON");
    row("korean honorific after a name", "Ji-ho oppa said he'd drive us", "Ji-ho", "PERSON");
    row("surname that is a label word, in context", "my friend Nascimento is here", "Nascimento", "PERSON");
    row("german role noun before a title", "mein Vermieter Herr Albrecht will die Miete erhöhen", "Albrecht",
        "PERSON");
    row("japanese work title after a name", "佐藤部長にメールを送りたいです", "佐藤", "PERSON");
    row("yo before a name", "yo Dre u still got my hoodie??", "Dre", "PERSON");
    row("unlisted name after a label and an arrow", "Profile → Zubair, someone@example.net", "Zubair",
        "PERSON");
    row("unlisted name after a record label", "Patient: Mahlet Tesfaye, bed 4", "Mahlet Tesfaye", "PERSON");
    row("hangul name ending like a particle", "Reminder to self: ring 이하은 about the rent", "이하은",
        "PERSON");
}

void TestDetector::detectsExactValue()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(QString, category);
    const std::string utf8 = text.toStdString();
    const std::string expected = value.toStdString();
    const auto spans = detector().detect(utf8);
    const std::size_t at = utf8.find(expected);
    QVERIFY(at != std::string::npos);
    bool found = false;
    for (const auto& s : spans) {
        if (s.begin == at && s.end == at + expected.size()
            && QString::fromUtf8(categoryName(s.category).data(),
                                 static_cast<qsizetype>(categoryName(s.category).size()))
                == category) {
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("got: ") + describe(utf8, spans)));
}

void TestDetector::leavesHardNegativesAlone_data()
{
    QTest::addColumn<QString>("text");
    const auto row
        = [](const char* name, const char* text) { QTest::newRow(name) << QString::fromUtf8(text); };
    row("order number", "Order #4471829930 still hasn't shipped");
    row("singer named after her role", "My favourite singer is Adele, suggest similar artists");
    row("author of a book", "I loved the songs by Hozier last night");
    row("network in cidr notation", "how do I run an nmap scan on 10.0.0.0/24");
    row("support line", "call support at 0800 800 150 if it breaks");
    row("a pet's name", "my sister's dog is called Max");
    row("aadhaar digits inside a test card", "card 5105 1051 0510 5100 is the mastercard test one right?");
    row("a fictional character's name", "the main character is called Elara Voss");
    row("ship to a place", "can you ship to Kampala by Friday");
    row("hyde park is a place", "we walked through Hyde Park yesterday");
    row("tracking number", "Tracking number 1Z999AA10123456784 shows delayed");
    row("consignment", "Consignment 8841 2290 1177 is stuck in customs");
    row("version string", "Upgrade from 10.2.3.4 to v2.14.0 broke it");
    row("patch notes", "Patch notes for 4.12.0.7 look interesting");
    row("price", "Receipt total came to €42,10 and $1,249.99");
    row("timestamp", "Appointment moved to 2025-11-03 at 14:30:15");
    row("arithmetic", "What is 123456 * 789012?");
    row("code", "for (int i = 0; i < 65535; ++i) { sum += a[i]; }");
    row("isbn", "ISBN 978-3-16-148410-0 is the edition");
    row("luhn failure", "Test vector 4111111111111112 should be rejected");
    row("stripe test card", "Use the Stripe test card 4111 1111 1111 1111");
    row("textbook ssn", "The SSN 123-45-6789 is the classic example");
    row("wrong iban checksum", "Sample string DE89 3704 0044 0532 0130 01 is bad");
    row("public figure", "I adore Taylor Swift and Narendra Modi speeches");
    row("fictional", "Sherlock Holmes and Mr. Darcy walk into a bar");
    row("place names", "Flights from Paris to Jordan via Georgia");
    row("repeat mark in words", "人々は公園に行きました、時々雨が降る");
    row("word before a comma", "Honestly, I think so");
    row("brand that speaks", "Apple said the phone ships soon");
    row("brand with an ampersand", "Marks & Spencer or Sainsbury's for the party food?");
    row("public role before a name", "my favourite author: Tolkien");
    row("place names doing city things", "Paris keeps getting more expensive, Austin is hot in summer");
    row("assistant names", "Siri and Alexa are worse than you");
    row("name-like words", "Will you check? May I ask something?");
    row("role mailbox", "contact support@airbnb.com or noreply@github.com");
    row("git remote", "git clone git@github.com:org/repo.git");
    row("brand handle", "Complain to @AmazonHelp and @NASA");
    row("everyone", "@everyone meeting now");
    row("decorator", "class A:\n    @staticmethod\n    def f(): pass");
    row("java annotation", "@Override\npublic String toString()");
    row("hotline", "Call the customer service hotline 1-800-275-2273");
    row("famous address", "1600 Pennsylvania Avenue NW, Washington, DC 20500 is famous");
    row("fictional address", "Sherlock lived at 221B Baker Street");
    row("landmark coordinates", "The Eiffel Tower is at 48.8584° N, 2.2945° E");
    row("math vector", "Normalise the vector (0.5, 0.25) first");
    row("meeting date", "The meeting is on 14/03/2026");
    row("public birthday", "Taylor Swift was born on December 13, 1989");
    row("pet birthday", "My dog was born on 3 May 2020");
    row("subnet mask", "Set the mask to 255.255.255.0");
    row("placeholder ip", "Use 192.168.x.x for the LAN");
    row("docs url", "Read https://github.com/org/repo/issues for details");
    row("plain prose", "can you suggest a vegan lasagna for six people?");
    row("arithmetic", "What's 4839201 + 5829104?");
    row("sql", "SELECT * FROM users WHERE id = 5551234567");
    row("list of numbers", "my lucky numbers 4 8 15 16 23 42");
    row("statistics", "score: 88.12345, 91.54321");
    row("nationality", "I'm Brazilian and I'm Hungry");
    row("street words in prose", "We walked 12 Main Street blocks to the park");
    row("algorithm name", "Test vector 6011431493287886 should be rejected by Luhn");
    row("product after and", "Compare Coke and Pepsi");
    row("gift card test number", "Gift card 6011 0000 0000 0004 didn't work");
    row("japanese sentence", "週末に京都へ行く予定です、おすすめは？");
    row("korean sentence", "오늘 저녁 메뉴 추천해 주세요");
    row("chinese sentence", "今天的天气怎么样，我想去公园散步");
    row("hindi sentence", "मुझे हिंदी में एक छोटा सा निबंध चाहिए");
    row("npm scope", "npm install @types/node and @babel/preset-env");
    row("css at-rule", "The CSS @font-face rule loads fonts");
    row("loopback", "my app listens on 127.0.0.1:8080");
    row("public resolver", "switch DNS to 9.9.9.9 maybe");
    row("maths pair", "In maths, draw the slope through (21.375, 44.125)");
    row("public figure before Jr.", "Martin Luther King Jr. was born on 15 January 1929, right?");
    row("institution named after someone", "Is the Obafemi Awolowo Stadium far from here?");
    row("field label", "SWIFT BOFAUS3N for the transfer");
    row("hangul verb ending", "the word for it is 이에요, right?");
    row("possessive brand", "Lunch at McDonald's again");
    row("product before a number", "Should I wait for Pixel 10 or buy now?");
    row("historic landing", "Apollo 12 landed at 3.01239 S, 23.42157 W in 1969");
    // Stop 13: held-out-style batches.
    row("label without a capital name", "file name: README.md, First name: N/A");
    row("a pet after its kind", "our cat Luna knocked over the tree, my parrot Kiwi laughed");
    row("company line after its name", "called Vodafone on 0333 304 0191 for an hour");
    row("company role mailbox", "the airline said to email refunds@ryanair.com");
    row("call in code", "result = f(5551234) + 2");
    row("reddit community", "ask on r/personalfinance first");
    row("car brands", "Mercedes or Audi for a family car?");
    row("hinglish verb after call", "kal call karna, bhool mat");
    row("chef named in passing", "what would Gordon Ramsay say about my risotto");
    row("a gift from a shop", "What's a good gift from Victoria's Secret for my wife?");
    row("a country after for", "I need travel insurance for Thailand");
    row("a closing of another language", "Cordialement, à bientôt");
    row("a character named in a game", "in my D&D campaign there's a rogue named Aurelia Thorne");
    row("german weekday and preposition", "Am Montag 3 Termine, dann frei");
    row("korean date that is no birthday", "회의는 5월 2일이에요");
    row("university and coffee chain", "is Harvard worth it? Tim Hortons or Starbucks?");
    row("public figure in han", "大谷翔平はすごい選手ですね");
    row("eponyms with a possessive", "Parkinson's disease symptoms, and Dijkstra's algorithm in python");
    row("block-letter codes without a postcode", "Gate B-22, Terminal 2 at 6pm, Seat C-12, Row 4");
    row("flight code", "Flight BA 283 leaves at 21:40");
    row("racing drivers", "who won, Carlos Sainz or Lando Norris?");
    row("broadcast address", "the broadcast address 192.168.1.255, what is it for?");
    row("greek greeting", "Γεια, τι κάνεις;");
    row("capitalised words at line starts", "Check-in: 12 Aug 2025\nWohnung: ready\nIch komme morgen");
    row("ipv6 prefix in cidr notation", "the docs use 2001:db8::/32 as an example prefix");
    row("brands with a name and a title", "Jack Daniel's with coke? are Dr. Martens comfy?");
    row("talk show hosts", "Jimmy Kimmel vs Stephen Colbert, who's funnier?");
    row("a tv series season", "House 3, Season 2 was better; the score was 2-1-0, Arsenal won");
    row("bond actors", "who's the best Bond, Daniel Craig or Sean Connery?");
    row("cities after or", "Is Florence or Siena better for a day trip from Rome?");
    row("brands with a possessive", "went to Wendy's and Arby's in one day; the new Zara collection");
    row("a musical", "Dear Evan Hansen tickets in London?");
    row("form labels that are also names", "what goes in Data de Nascimento and Fecha de Nacimiento?");
    row("public role before a name",
        "the famous chef Massimo Bottura's restaurant; the explorer Abel Tasman");
}

void TestDetector::leavesHardNegativesAlone()
{
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const auto spans = detector().detect(utf8);
    QVERIFY2(spans.empty(), qPrintable(QStringLiteral("unexpected: ") + describe(utf8, spans)));
}

void TestDetector::spansAreSortedAndDisjoint()
{
    const std::string text = "Profile → Adaora Dufresne, mirela+inbox@zoho.com, +351 958 878 786, "
                             "IBAN DK94 0219 3380 0912 23, born 07/01/1994, @adaora_lifts";
    const auto spans = detector().detect(text);
    QVERIFY(spans.size() >= 5);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        QVERIFY(spans[i].begin < spans[i].end);
        QVERIFY(spans[i].end <= text.size());
        QVERIFY(!spans[i].rule.empty());
        QVERIFY(spans[i].confidence > 0.0F && spans[i].confidence <= 1.0F);
        if (i > 0) {
            QVERIFY(spans[i - 1].end <= spans[i].begin);
        }
    }
}

void TestDetector::masksWithPlaceholders()
{
    const std::string text = "Ping me on +44 7911 123456 or mail kofi@gmail.com";
    const std::string masked = Masker::mask(text, detector().detect(text));
    QCOMPARE(QString::fromStdString(masked), QStringLiteral("Ping me on [PHONE] or mail [EMAIL]"));
    QCOMPARE(QString::fromStdString(Masker::placeholder(Category::Image)), QStringLiteral("[IMAGE]"));
}

void TestDetector::survivesOddInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("invalid utf-8") << QByteArray("call \xff\xfe +44 7911 123456 \xc3");
    QTest::newRow("nul bytes") << QByteArray("a\0b@c.com", 9);
    QTest::newRow("only digits") << QByteArray(4000, '7');
    QTest::newRow("truncated sequence at end") << QByteArray("Tell Priya \xe0\xa4");
}

void TestDetector::survivesOddInput()
{
    QFETCH(QByteArray, bytes);
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const auto spans = detector().detect(text);
    std::size_t last = 0;
    for (const auto& s : spans) {
        QVERIFY(s.begin >= last);
        QVERIFY(s.begin < s.end);
        QVERIFY(s.end <= text.size());
        last = s.end;
    }
}

void TestDetector::isUsableFromManyThreads()
{
    const std::string text = "Tell Ximena her IBAN DK94 0219 3380 0912 23 and +1 (503) 321-6295";
    const auto expected = detector().detect(text);
    QVERIFY(!expected.empty());
    std::vector<std::thread> threads;
    std::atomic<int> mismatches { 0 };
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (detector().detect(text) != expected) {
                    ++mismatches;
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
