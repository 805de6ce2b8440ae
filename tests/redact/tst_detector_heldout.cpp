// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Detector: the general fixes that stop 14's blind held-out-style batches led
// to (docs/redact.md, "Stop 14: held-out-style batches"), each with a positive
// and a hard negative. Split from tst_detector.cpp to keep files short.

#include "DetectorTestSupport.h"
#include "redact/detect/Detector.h"

#include <QtTest>

#include <string>

using namespace veil::redact;
using namespace veil::redact::testing;

class TestDetectorHeldout : public QObject {
    Q_OBJECT

private slots:
    void detectsExactValue_data();
    void detectsExactValue();
    void leavesHardNegativesAlone_data();
    void leavesHardNegativesAlone();
};

void TestDetectorHeldout::detectsExactValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("category");
    const auto row = [](const char* name, const char* text, const char* value, const char* category) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(value)
                            << QString::fromLatin1(category);
    };
    // Batch 13.
    row("lower-case names before a verb of talking", "lmk if ana sofia replied, i'm scared", "ana sofia",
        "PERSON");
    row("lower-case name before 'said'", "lol jess said no", "jess", "PERSON");
    row("name that is a word after 'told'", "ok so Imani told Destiny what I said", "Destiny", "PERSON");
    row("name that is a word after 'drop off'", "can you drop off Holly at practice", "Holly", "PERSON");
    row("lower-case name that is a word after a relation", "my bff rose keeps texting me", "rose", "PERSON");
    row("korean given name with the suffix i", "지훈이가 생일 파티에 안 온대", "지훈", "PERSON");
    row("korean given name with a vocative", "수지야 뭐해?", "수지", "PERSON");
    row("korean given name with ssi", "서연씨한테 전해줘", "서연", "PERSON");
    row("japanese self-introduction", "メールを書いてください。私は鈴木です", "鈴木", "PERSON");
    row("numbered street that is not famous", "send it to 351 5th Ave, New York, NY 10118",
        "351 5th Ave, New York, NY 10118", "STREET_ADDRESS");
    row("one-character chinese given name", "我的同事刘洋下周离职，帮我写一张卡片", "刘洋", "PERSON");
    // Batch 14.
    row("phone label nearer than an account word",
        "name on the account is Delphine Okoro, phone +1 (312) 555-0198", "+1 (312) 555-0198", "PHONE");
    row("indian mobile starting like a freephone", "my number is 88812 34567", "88812 34567", "PHONE");
    row("portuguese article before a name", "Oi, sou a Juliana, pode me ajudar?", "Juliana", "PERSON");
    row("spanish self-introduction", "Hola, soy Xochiltzin", "Xochiltzin", "PERSON");
    row("greek relation, article and accented name", "Η αδερφή μου η Μαρία έχει γενέθλια", "Μαρία", "PERSON");
    row("adverb between a name and its verb", "ok Bea just texted me", "Bea", "PERSON");
    row("german 'ich bin' outside the name", "Ich bin Jonte", "Jonte", "PERSON");
    row("korean given name with a vocative after a vowel", "영희야 오늘 저녁에 뭐 먹을래?", "영희", "PERSON");
    row("korean given name with 'to'", "철수한테 말해줘", "철수", "PERSON");
    row("initials before a surname", "ask A.J. Patel about it", "A.J. Patel", "PERSON");
    row("initials before 'and I'", "Hey! A.J. and I are planning a trip", "A.J.", "PERSON");
    row("family in the plural", "We're the Hendersons at number 12", "Hendersons", "PERSON");
    row("family in the plural with -es", "dinner with the Joneses tonight", "Joneses", "PERSON");
    // Batch 15.
    row("lower-case names after 'w/'", "w/ kemal and ayse at the beach lol", "kemal", "PERSON");
    row("unlisted name before a phone number", "contact for the flat: Oksana +380 67 123 4567", "Oksana",
        "PERSON");
    row("hangul name before the connective 이고", "제 이름은 김도윤이고 학생이에요", "김도윤", "PERSON");
    row("turkish greeting and city around a name", "Selam, ben Mert, İzmir'deyim, yardım eder misin?", "Mert",
        "PERSON");
    // Batch 16.
    row("chat export speaker in brackets", "[12/03/2024, 21:17] Tom: yep, 7pm at mine", "Tom", "PERSON");
    row("chat export speaker after a dash", "14/02/24, 09:05 - Amaka: awww thank you", "Amaka", "PERSON");
    row("two word-names joined before 'are'", "Hope and Faith are twins in my class", "Hope", "PERSON");
    row("lower-case name after 'hi it's'", "hii it's nadia again lol", "nadia", "PERSON");
    row("two lower-case names before a verb", "ahmed and zainab invited us to iftar", "zainab", "PERSON");
    row("username after where it lives", "my username on the forum is quietfox_88", "quietfox_88",
        "SOCIAL_HANDLE");
    // Batch 17.
    row("spanish 'a' after a verb of telling", "oye, dile a mariana que ya llegué", "mariana", "PERSON");
    row("german 'an' after a message", "Kannst du eine Nachricht an Jürgen schreiben?", "Jürgen", "PERSON");
    row("portuguese article and verb", "Oi gente, a Bia vai fazer aniversário", "Bia", "PERSON");
    row("lower-case title", "dear mrs henderson, i am writing to complain", "henderson", "PERSON");
    row("word-name after 'with' mid-sentence", "I'm going to the Tate Modern with Fern on Sunday", "Fern",
        "PERSON");
    row("polish honorific", "Mam pytanie do pana Kowalskiego w sprawie umowy", "Kowalskiego", "PERSON");
    row("hindi word-name after a relation", "मेरी बहन कविता की शादी अगले महीने है", "कविता", "PERSON");
    // Batch 18.
    row("lower-case name after 'yo'", "yo jaylen u coming to the game tmrw?", "jaylen", "PERSON");
    row("an employer is no person, the manager is", "I work at Deloitte and my manager is Francesca",
        "Francesca", "PERSON");
    // Batch 19.
    row("a place-name paired with 'I'", "Sofia and I broke up last week", "Sofia", "PERSON");
    row("a private person with a generational suffix stays", "my son Oliver Reyes II is sick",
        "Oliver Reyes II", "PERSON");
    // Batch 20.
    row("a name in a message in capitals", "OMG KAYDEN JUST PROPOSED", "KAYDEN", "PERSON");
    row("a chinese address after 'is'", "地址是北京市朝阳区建国路88号", "北京市朝阳区建国路88号",
        "STREET_ADDRESS");
    row("a japanese address with a building", "my apartment: 東京都世田谷区三軒茶屋1-2-3 ハイツ三茶 201",
        "東京都世田谷区三軒茶屋1-2-3 ハイツ三茶 201", "STREET_ADDRESS");
    // Batch 21.
    row("portuguese greeting with its accent", "Olá Thiago, tudo bem?", "Thiago", "PERSON");
    row("my own name after a pet", "I have a cat. My name is Jake", "Jake", "PERSON");
    row("a baby named", "we named her Amara!", "Amara", "PERSON");
    // Batch 22.
    row("aadhaar", "Aadhaar no. 7999 4567 8917", "7999 4567 8917", "GOV_ID");
    row("spelled-out e-mail with a newer domain", "email me at bob at example dot ai please",
        "bob at example dot ai", "EMAIL");
    row("username with hyphens", "my discord is cool-cat-99", "cool-cat-99", "SOCIAL_HANDLE");
    row("a role mailbox on a person's own domain", "reach me: hello [at] mariapaz [dot] design",
        "hello [at] mariapaz [dot] design", "EMAIL");
    // Batch 23.
    row("a festival's wish before a name", "Happy Diwali Raghav bhaiya! write a short wish", "Raghav",
        "PERSON");
    row("christmas wish before a name", "Merry Christmas Jake!", "Jake", "PERSON");
    row("a person from a place", "Yerlan from Almaty is coming to visit", "Yerlan", "PERSON");
    // Batch 24.
    row("a role used as a title", "Nurse Thandeka was amazing during my surgery", "Thandeka", "PERSON");
    row("a brand that is a given name, paired with the writer", "Chase and I are moving in together!",
        "Chase", "PERSON");
    row("lower-case name before 'likes'", "i think mohammed likes me??", "mohammed", "PERSON");
    // Batch 25.
    row("portuguese step-father", "meu padrasto Cláudio faz 60 anos", "Cláudio", "PERSON");
    row("spanish grandma, diminutive", "mi abuelita Chelo cumple 90, ideas?", "Chelo", "PERSON");
    row("japanese relation's name after の", "おばあちゃんの花子が米寿を迎えます", "花子", "PERSON");
    row("hangul name before an honorific", "우리 할머니 김순자 여사님 팔순 잔치", "김순자", "PERSON");
    // Batch 26.
    row("a discord tag after 'tag is'", "my discord tag is nightowl#4821, add me", "nightowl#4821",
        "SOCIAL_HANDLE");
    row("a given name in capitals alone", "omg BRIANNA got engaged!!! what do I text her", "BRIANNA",
        "PERSON");
    row("an adverb between a lower-case name and its verb", "nico lowkey ghosted me after the party", "nico",
        "PERSON");
    // Batch 27.
    row("a flat before a french street",
        "The lease at Apartment 12, 9 Rue Oberkampf, 75011 Paris ends in June",
        "Apartment 12, 9 Rue Oberkampf, 75011 Paris", "STREET_ADDRESS");
    // Batches 28 and 29.
    row("an unlisted name receiving a gift", "want to get Sueze something for Christmas", "Sueze", "PERSON");
    row("a word-name's home after 'go to'", "we'll go to Maria's and drop the bags first", "Maria", "PERSON");
    row("a word-name after 'party for'", "help me plan a surprise party for Grace?", "Grace", "PERSON");
    row("a word-name before a wishlist", "ordered a lamp from Jasmine's wishlist", "Jasmine", "PERSON");
    row("'Will' after a relation", "write a toast for my brother Will's wedding", "Will", "PERSON");
    row("'Will' after 'tell' before 'I'", "tell Will I said hi", "Will", "PERSON");
    row("'Will' before a finite verb", "Will can't make it to practice thursday", "Will", "PERSON");
    row("a han name opening a run", "刘子涵说明天不来了，帮我回一句", "刘子涵", "PERSON");
    row("an unlisted han given name ending a run after 给", "把这个行程表发给黄诗琪", "黄诗琪", "PERSON");
    row("a one-character surname with an honorific at a run's start", "陈老师说明天考试", "陈", "PERSON");
    row("a one-character surname with an honorific after 给", "送给王老师的新年贺卡怎么写", "王", "PERSON");
    row("a hyphenated given name listed as one word", "- Mon: me\n- Thu: Hyun-woo", "Hyun-woo", "PERSON");
    row("a gamertag after a platform", "add me on xbox, gamertag ShadowFenix_07", "ShadowFenix_07",
        "SOCIAL_HANDLE");
    row("a steam profile", "my steam is https://steamcommunity.com/id/pixelrook if u wanna trade",
        "https://steamcommunity.com/id/pixelrook", "SOCIAL_HANDLE");
    // Batch 30.
    row("a word-name listed as a reference", "is it ok to list Hope as a reference?", "Hope", "PERSON");
    row("a word-name before 'paid'", "split the bill: Joy paid $84, I paid $0", "Joy", "PERSON");
    row("filipino 'my love' before a name", "Mahal ko, Rhea 💕 happy monthsary!", "Rhea", "PERSON");
    // Batch 31.
    row("an italian province after the town",
        "address for the invoice: Via Giuseppe Garibaldi 18, 20121 Milano MI",
        "Via Giuseppe Garibaldi 18, 20121 Milano MI", "STREET_ADDRESS");
    row("a passport number a clause after its label",
        "passport renewal form asks for the old number, mine was K8821937", "K8821937", "GOV_ID");
    row("a documentation range used as an address", "Firewall keeps blocking 2001:db8::65ee, any idea why?",
        "2001:db8::65ee", "IP_ADDRESS");
    // Batch 32.
    row("a given name that is an english word after a relation",
        "My mom Mercy has been diagnosed with diabetes", "Mercy", "PERSON");
    row("an unlisted name, an emoji and an age", "Tobenna 🎂 turns 30 tomorrow, what should I write",
        "Tobenna", "PERSON");
    row("'Will and' a capitalised name", "Will and Jasmine are hosting trivia night", "Will", "PERSON");
    row("an unlisted han given name after 我和", "我和林婉清周末去爬山，推荐一下路线", "林婉清", "PERSON");
    // Batch 33.
    row("a vocative opening a quotation after a colon",
        "help me write a note: \"Blessing, thank you for looking after the kids\"", "Blessing", "PERSON");
    row("the portuguese article before a name and a verb", "a Luíza faz anos amanhã, ideia de presente?",
        "Luíza", "PERSON");
    row("the portuguese honorific 'Seu' outside the name", "obrigado Seu Raimundo pela ajuda", "Raimundo",
        "PERSON");
    row("an unlisted devanagari name between a relation and a postposition", "मेरी दोस्त तनुजा का जन्मदिन है",
        "तनुजा", "PERSON");
    row("an unlisted han given name opening a run before a time", "李嘉欣昨天把钥匙落在我家了", "李嘉欣",
        "PERSON");
    // Batch 34.
    row("a church title outside the name", "our church potluck sign-up:\nDeacon Amos - rice", "Amos",
        "PERSON");
    row("a word-name with an illness", "Sky has a fever of 39, should I take her to A&E?", "Sky", "PERSON");
    row("a greek month in a date of birth", "my mother Eleni (born 3 Μαρτίου 1949) needs a new GP",
        "3 Μαρτίου 1949", "DATE_OF_BIRTH");
    // Batch 35.
    row("a lower-case name before an honorific", "nikhil bhai ka number 98201 47736 hai, usko call kar dena",
        "nikhil", "PERSON");
    row("a word-name after a dating match", "my bumble match Hunter wants to meet at 8", "Hunter", "PERSON");
    row("a word-name paired with a given name by an ampersand",
        "seating plan, table 3: Grace & Tomasz, Auntie Bev", "Grace", "PERSON");
    row("a date under a table's birth column",
        "name,dob,phone\nInes Carvalho,1991-02-08,+351 912 448 307\nconvert to JSON pls", "1991-02-08",
        "DATE_OF_BIRTH");
    row("a date under a markdown table's birth column",
        "| Name | DOB |\n|---|---|\n| Ines Carvalho | 08/02/1991 |", "08/02/1991", "DATE_OF_BIRTH");
    row("a han name after 一下", "帮我查一下周雨桐的航班，明天上午到北京", "周雨桐", "PERSON");
    // Batch 36.
    row("a maiden name after née", "Doreen Ashworth (née Platt), beloved wife of the late Harold", "Platt",
        "PERSON");
    row("a person's handle with help in it", "my handle is @helpful_hannah, add me", "@helpful_hannah",
        "SOCIAL_HANDLE");
    row("a person after a job title and a comma", "my Line Manager, Zuberi Okonjo, says no", "Zuberi Okonjo",
        "PERSON");
    row("a personal number after cancelling", "if you need to cancel, text me on 07491 226 803",
        "07491 226 803", "PHONE");
    // Batch 37.
    row("a name after a friend word", "my travel buddy Seun lost her passport in Rome", "Seun", "PERSON");
    row("a word-name before an age in a profile", "lol Joy, 31, nurse, loves dogs", "Joy", "PERSON");
    row("a person who is a character", "Sam is such a character lol", "Sam", "PERSON");
    // Batch 38.
    row("will before a possessive", "Will's band is playing Friday, what should I wear", "Will", "PERSON");
    row("a word-name paired before a possessive", "Mark & Ngozi's anniversary is Saturday, gift under £50?",
        "Mark", "PERSON");
    row("two given names joined by a hyphen", "Mia-Rose starts reception in September", "Mia-Rose", "PERSON");
    row("an address after 'the flat at'", "I am writing regarding the flat at 14 Birchwood Close, Didsbury",
        "14 Birchwood Close, Didsbury", "STREET_ADDRESS");
    row("a one-letter flat", "send it to Flat B, 22 Kingsley Road, Leeds LS6 1PD",
        "Flat B, 22 Kingsley Road, Leeds LS6 1PD", "STREET_ADDRESS");
    row("coordinates after a word ending in a hemisphere letter",
        "the app's last ping was 53.38291, -1.46512, how do I search", "53.38291, -1.46512",
        "GEO_COORDINATES");
    row("a handle after 'as'", "my sister's on snapchat as lily.pad_77, add her", "lily.pad_77",
        "SOCIAL_HANDLE");
    // Batch 39.
    row("a person's address at a company", "her EA is Dominic (dominic.pryce@quaylegroup.co.uk)",
        "dominic.pryce@quaylegroup.co.uk", "EMAIL");
    row("a phone after a date", "on 11/28/2026 call me at (619) 284-7730", "(619) 284-7730", "PHONE");
    row("a brazilian mobile before a postcode", "celular (11) 98472-3310, CEP 04538-132", "(11) 98472-3310",
        "PHONE");
    row("a profile url after 'her Insta is'",
        "her Insta is instagram.com/wanjiku.paints, she does commissions", "instagram.com/wanjiku.paints",
        "SOCIAL_HANDLE");
    row("a persian date of birth",
        "Reza was born on 1 Farvardin 1370, what is that in the Gregorian calendar?", "1 Farvardin 1370",
        "DATE_OF_BIRTH");
    row("a lower-case word-name paired with i", "faith n i r driving up to see nan this weekend", "faith",
        "PERSON");
    row("a number on the line after an example address",
        "docs use bob@example.com\nmy real number is 07700 900 123", "07700 900 123", "PHONE");
}

void TestDetectorHeldout::detectsExactValue()
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
        found = found || (s.begin == at && s.end == at + expected.size() && categoryOf(s) == category);
    }
    QVERIFY2(found, qPrintable(QStringLiteral("got: ") + describe(utf8, spans)));
}

void TestDetectorHeldout::leavesHardNegativesAlone_data()
{
    QTest::addColumn<QString>("text");
    const auto row
        = [](const char* name, const char* text) { QTest::newRow(name) << QString::fromUtf8(text); };
    // A twelve-digit number whose Verhoeff check digit is wrong is no Aadhaar.
    row("aadhaar failing verhoeff", "Aadhaar no. 7999 4567 8919");
    // Batch 13.
    row("a word after a determiner before 'said'", "the dev said it's fixed, my doc said rest");
    row("a modal after a relation", "my sister will call you and my brother may visit");
    row("kinship words as names", "Hi Nana, miss you! tell Mama I said hi, picking up Granny at 5");
    row("korean nouns that are also given names", "가을이 왔다, 하늘이 맑다");
    row("korean imperative after a surname syllable", "전해줘");
    row("japanese self-introduction without a name", "私は学生です。私は日本人です");
    row("chinese 'regarding'", "我对于明天的会议有点紧张");
    row("told a brand", "I told Netflix to cancel and asked Spotify for a refund");
    row("famous address with a numbered street", "Our office moved to 350 5th Ave, is there parking?");
    // Batch 14.
    row("freephone number", "for returns email returns@zalando.co.uk or call 0800 000 123");
    row("english article before a name", "I'm such a Karen lol, is a Tesla worth it");
    row("initials of public figures and abbreviations",
        "C.S. Lewis wrote Narnia; the U.S. said no; P.E. and maths");
    row("bands and famous families", "the Smiths were a great band; Keeping Up with the Kardashians");
    // Batch 15.
    row("a street named like a person", "The Louvre is at Rue de Rivoli, what time does it open?");
    row("an example iban", "use GB33BUKB20201555555555 as the example IBAN in the docs, not a real one");
    row("brand accounts", "follow @NASA for launch updates, and @SpaceX too");
    row("footballer and club", "Park Ji-sung was a great midfielder for Man Utd");
    row("a famous street", "Rua Augusta 1500, São Paulo is a famous street right?");
    row("a phone label before a number", "Rufnummer +49 (0) 151 ist falsch? Telefone + preço");
    row("greetings of other languages", "Merhaba! Cześć! Habari, rafiki");
    // Batch 16.
    row("famous pairs", "Harry and Meghan's new Netflix show; William and Kate visited Wales");
    row("german 'im' before a noun", "Im Jahr 2019 habe ich in Berlin gewohnt");
    row("a capital for its government", "Paris said no to the new budget rules");
    row("vietnamese greeting", "Xin chào, bạn khỏe không?");
    row("a place named before a handle rule", "discord on the server is down again");
    row("a tv series named like a pair", "Grace and Frankie is a great show");
    row("'it's' without a name", "I think it's raining, hi it's me");
    // Batch 17.
    row("'with' after making", "built with Ruby on Rails, pasta topped with Basil, a phone with Rose Gold");
    row("english articles", "I'm such a Karen; an Apple a day");
    row("hindi word-name as a noun", "उसके लिए कविता लिखो");
    row("lower-case titles before words", "dr strange is a movie, ms word crashed, mr bean is funny");
    row("peter pan", "Peter Pan is a classic, a frying pan for eggs");
    // Batch 18.
    row("a public figure's work", "I love Taylor's new album, which song should I learn?");
    row("the author of a quoted title", "the book \"Atomic Habits\" by James Clear, summary?");
    row("an employer", "I work at Deloitte now");
    row("listed with a character", "Hermione and Ron are my favourite characters");
    // Batch 19.
    row("a monarch's regnal number", "Elizabeth II reigned for 70 years; Henry VIII had six wives");
    row("chains named with a possessive",
        "Zoe's Kitchen closed; Ruth's Chris and Dave's Hot Chicken; Jimmy John's");
    row("a capital paired with 'I'", "Paris and I have a complicated relationship");
    // Batch 20.
    row("a landmark's japanese address and postcode",
        "〒150-0002 東京都渋谷区渋谷2-21-1 is the Hikarie building");
    row("a place after 'from'", "my cousin is from Addis, wants to study in Germany");
    row("a possessive before a capitalised place",
        "Yellowstone's Old Faithful is at 44.4605° N, 110.8281° W");
    row("shouting without a name", "I LOVE NEW YORK, WHY IS MY VISA DENIED");
    // Batch 21.
    row("names of things", "my car's name is Betsy; bought a roomba and named it Rosie; RIP Gerald the fern");
    row("a halloween costume", "my kid wants to be Elsa for halloween again lol");
    // Batch 22.
    row("a company's role mailboxes", "write to hello@airbnb.com or support@airbnb.com");
    row("purchase order and meeting ids",
        "PO number 4500012345; the meeting ID is 845 2231 9904, passcode 551203");
    // Batch 23.
    row("a kinship word after a festival's wish", "Merry Christmas Oma, happy friday everyone");
    // Batch 24.
    row("court cases", "The court case Smith v. Jones (1998); Brown v. Board of Education");
    row("a brand and a role", "Chase bank or Wells Fargo? I bought a Coach bag; the nurse said rest");
    // Batch 25.
    row("a saint's hospital", "Consultant Cardiologist, St Thomas' Hospital; St. Mary's church");
    row("a hangul honorific alone", "여사님 감사합니다");
    // Batch 26.
    row("characters in pairs", "Mario and Luigi cake design; Mickey and Minnie ears");
    row("acronyms in capitals", "UNESCO and NATO; the AMAZON order; READ THE MANUAL");
    // Batch 27.
    row("a span of years", "he worked at our company from 2018-2022 as a junior accountant");
    row("companies", "The contract between Acme Corp and Globex Ltd was signed on 1 April 2023");
    row("the digits of an example iban",
        "GB29 NWBK 6016 1331 9268 19 is the example IBAN from Wikipedia right?");
    // Batches 28 and 29.
    row("'Will', 'May' and 'June' as words", "Will you help me? May I ask? the meeting June 5 is moved");
    row("a shop that speaks", "Tokopedia said my refund takes 14 days, is that normal?");
    row("a restaurant in a street", "is Moro na Rua a good place for dinner in Lisbon");
    row("travel destinations", "packing list for Bali; Lonely Planet says Luang Prabang is best in November");
    row("a character compared with a character", "Is Geralt stronger than Ciri in the Witcher books?");
    row("a dish named like a person", "calories in a slice of Margherita pizza vs a Caesar salad");
    row("a list of book titles", "reading list for year 6: Matilda, Holes, Wonder");
    row("han honorifics after no surname", "向老师请教问题，我们的数学老师很好");
    row("weekday abbreviations as labels", "Thu: standup moved, Sat 14:00 brunch");
    row("steam pages that are no profile",
        "https://store.steampowered.com/app/1091500/ and https://steamcommunity.com/app/570/discussions");
    row("a gift for an occasion", "get something for Christmas, a card for Diwali, go to Hanoi in March");
    // Batch 30.
    row("a thing in a role", "use Python as a reference, Paris as a destination; the rent was paid");
    // Batch 31.
    row("documentation addresses discussed as such",
        "the docs say use 2001:db8::1 as the example address; 192.0.2.10 is reserved");
    row("a brand's handle without its apostrophe", "follow @Wendys for the roasts lol");
    row("a town and a word in capitals", "Paris OK? the 75019 Paris PS");
    // Batch 32.
    row("mercy as a word", "Lord have mercy on us, this heat");
    row("a tv series of two names", "Will and Grace is a great show");
    row("fandom and fantasy sport", "my bias is Jungkook, she stans Felix; he traded for Mahomes");
    row("a podcast guest", "the podcast ep with Mel Robbins was life changing");
    row("no name after 我和", "我和朋友们周末去爬山，我跟老公说了");
    // Batch 33.
    row("dishes named like people",
        "ingredients for Eggs Benedict; Pollo a la Brasa; Peach Melba for dessert");
    row("venues named like people", "lunch: Casa do Alentejo or Taberna da Rua das Flores? Hotel Adlon?");
    row("a football club", "Real Madrid vs Barça tonight, prediction?");
    row("a musician's album", "the new Kendrick album is fire");
    row("an english article before a brand", "a Tesla is expensive");
    row("nouns of place and time opening a han run", "黄金周今天开始，高铁站今天人很多");
    row("devanagari words after a relation", "मेरे दोस्त लोग के साथ");
    row("a colon before a list of herbs", "Ingredients: Basil, Thyme");
    // Batch 34.
    row("storms", "Hurricane Milton is heading to Tampa; Tropical Storm Alberto flooded our street");
    row("a brand with a kinship word and a possessive", "Uncle Ben's rice or basmati for biryani");
    row("an author's works in the plural", "Ngaio Marsh's detective novels, where to start?");
    row("an organisation's reception",
        "phone number for the care home is 0207 946 0018? it's their reception");
    row("the sky as a word", "the sky is so clear tonight, which planets can I see?");
    // Batch 35.
    row("an honorific after a word", "haan ji bilkul, kal milte hain");
    row("a football match", "we watched the match Saturday night, then Hunter boots shopping");
    row("a pair of names before a surname", "Bill and Melinda Gates Foundation grants for schools");
    row("a date under a column that is no birth date", "sku,shipped,qty\nmug,2021-02-08,4");
    row("一下 before a word", "查一下明天的天气，介绍一下北京的景点");
    row("a firm named after its partners", "got a letter from Slater and Gordon solicitors, is it a scam?");
    // Batch 36.
    row("née as a word", "what does née mean on a wedding invitation?");
    row("support accounts of companies",
        "follow @LinkedInHelp or @XboxSupport for updates? twitter.com/AmazonHelp never replies");
    row("a mountain and a trail", "Ben Nevis summit is at 1,345 m, how long to hike the Snowdon trail?");
    row("an employer after a job title", "references: Store Manager, Lidl Bristol — ask for the HR team");
    row("a surgery's number to cancel",
        "Your appointment is on Tue 3 Dec at 10:40. To cancel call 0300 123 7000.");
    // Batch 37.
    row("an actor's movies and a character's vibes",
        "Rose Byrne movies ranked pls; Bridgerton-themed wedding ideas? Lady Whistledown vibes");
    row("the best character of a series", "Chidi Anagonye is the best character in The Good Place");
    row("a phone named Mate", "Huawei Mate Pro or Pixel for photos?");
    // Batch 38.
    row("a platform used as something", "i use snapchat as a diary lol");
    row("a business's number after its name", "pet sitter notes: vet is Parkside Vets 0161 496 0555");
    row("brands joined by hyphens", "Rolls-Royce or Harley-Davidson for a wedding car?");
    row("a brand of two names with a possessive", "Ben & Jerry's ice cream flavours ranked");
    // Batch 39.
    row("a finance mailbox", "email finance@quaylegroup.co.uk for expense questions");
    row("a timestamp", "11/28/2026 9:14:02 backup finished, 28.11.2026 9:20 restore started");
    row("a brazilian postcode", "CEP 01310-100 is Avenida Paulista right?");
    row("a platform's short name", "her Insta is full of cats lol");
    row("a persian month in another date", "the Tir festival is on 13 Tir, what is it?");
    row("a lower-case word-name paired with a word", "rose n thyme are growing well in the window box");
    row("test data beside an example address",
        "def test_signup():\n    user = make_user(email=\"jane@example.com\", phone=\"555-0100\")");
}

void TestDetectorHeldout::leavesHardNegativesAlone()
{
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    const auto spans = detector().detect(utf8);
    QVERIFY2(spans.empty(), qPrintable(QStringLiteral("unexpected: ") + describe(utf8, spans)));
}

QTEST_GUILESS_MAIN(TestDetectorHeldout)
#include "tst_detector_heldout.moc"
