// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Names the detector knows from no list, or from the lists added in stop 14
// (resources/redact/names/README.md): the context that tells a person's name
// (a contact detail after it, a role in brackets, a verb only people take),
// and what must stay visible all the same (places, labels, brands). Also the
// dates of birth and date-shaped numbers that generated values of every
// format showed missing or mistaken (docs/redact.md, "Stop 14: names in no list").

#include "DetectorTestSupport.h"
#include "redact/detect/Detector.h"

#include <QtTest>

#include <string>

using namespace veil::redact;
using namespace veil::redact::testing;

class TestNameCoverage : public QObject {
    Q_OBJECT

private slots:
    void findsTheName_data();
    void findsTheName();
    void leavesOtherWordsAlone_data();
    void leavesOtherWordsAlone();
    void findsDatesOfBirth_data();
    void findsDatesOfBirth();
    void spanishStreetAbbreviation();
    void datesAreNoPhones();  // also passport numbers with few digits, phones after an e-mail
};

void TestNameCoverage::findsTheName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    const auto row = [](const char* tag, const char* text, const char* name) {
        QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(name);
    };
    // Listed now (more_*.txt, world_*.txt), so found with no context at all.
    row("ukrainian", "Dmytro Bondarenko asked about the rota", "Dmytro Bondarenko");
    row("greek", "Georgios Papadopoulos will host", "Georgios Papadopoulos");
    row("irish", "Saoirse Ní Bhriain is on leave", "Saoirse Ní Bhriain");
    row("ethiopian", "Selamawit Tesfaye sent the slides", "Selamawit Tesfaye");
    row("punjabi", "Harpreet Sandhu booked the room", "Harpreet Sandhu");
    row("english surname the generated lists lacked", "Emily Atkinson booked the room", "Emily Atkinson");
    // In no list: context alone.
    row("e-mail after the name", "Wuhos Chekoutiar, kolu34@gmail.com", "Wuhos Chekoutiar");
    row("phone after the name", "Wuhos Chekoutiar | +44 7700 900551", "Wuhos Chekoutiar");
    row("role in brackets", "Yedeim Witruchathi (my manager) wants it by noon", "Yedeim Witruchathi");
    row("role after a comma", "Yedeim Witruchathi, my landlord, never answers", "Yedeim Witruchathi");
    row("adverb before the verb", "ok so Trayoujia just texted me", "Trayoujia");
    row("from a shared place", "Zikra from accounting keeps cc'ing me", "Zikra");
    row("hired", "We hired Krapiar Triodraiyart as our designer", "Krapiar Triodraiyart");
    row("plural label", "Attendees: Dijuend Jeyavor, Liadrewei Loga", "Dijuend Jeyavor");
    row("candidate label", "Interview notes – candidate: Kriofuek Pochosheyound", "Kriofuek Pochosheyound");
    row("sign-off after a thanks line", "Thanks so much!\nChapou", "Chapou");
    row("mail header", "From: Rebend Jubrufath\nTo: Giayek Thaibri\nSubject: Q3", "Rebend Jubrufath");
    row("mail header to", "From: Rebend Jubrufath\nTo: Giayek Thaibri\nSubject: Q3", "Giayek Thaibri");
    row("send two words", "Remind me to send Thutrizour Jegik the slides", "Thutrizour Jegik");
    row("from my class", "I have a crush on Tiodrouwer from my yoga class", "Tiodrouwer");
    row("left a review", "Pifue Geiwaizounum left a review saying it was cold", "Pifue Geiwaizounum");
    row("a listed name visited", "We visit Maria Lopez every Sunday", "Maria Lopez");
    row("went to someone's home", "we went to Maria Lopez's place for dinner", "Maria Lopez");
    // Stop 15: a list of full names about people, a name addressed after a colon, a gift for an occasion.
    row("bulleted full names", "Who should present?\n- Zorblat Vintrous\n- Quexil Marbond",
        "Zorblat Vintrous");
    row("name addressed after a colon", "Make this kinder: Drovath, you never call back", "Drovath");
    row("gift for an occasion", "What should I get Plourine for Christmas?", "Plourine");
    row("driving to someone's", "I'm driving to Sarah's tonight", "Sarah");
    row("watching a child", "I'm watching Emma tonight so I can't come", "Emma");
    row("photos of someone", "can you edit the photos of Maria Lopez from the party", "Maria Lopez");
    row("an age in apposition", "Traijathia Warioth, 34, applied for the role", "Traijathia Warioth");
    row("has been promoted", "Sheishoutheim Jiadrathivaith has been promoted",
        "Sheishoutheim Jiadrathivaith");
    row("guest list", "Guest list: Giosind Cheirem (vegan), Bechaiwol Huchuejeth", "Giosind Cheirem");
    row("listed after an aside", "Guest list: Giosind Cheirem (vegan), Bechaiwol Huchuejeth",
        "Bechaiwol Huchuejeth");
    row("an initial and a surname", "J. Biobrobrou signed the lease yesterday", "J. Biobrobrou");
    row("say to", "What do I say to Patrour after the argument?", "Patrour");
    row("a pair getting married", "Sutraiyeil & Jousaik are getting married in June", "Sutraiyeil");
    row("the second of the pair", "Sutraiyeil & Jousaik are getting married in June", "Jousaik");
    row("a transcript speaker", "Chaiduem: ok see u there\nKropur: 👍", "Chaiduem");
    row("the other transcript speaker", "Chaiduem: ok see u there\nKropur: 👍", "Kropur");
    row("a record label before the name", "Patient Seihort Fimian, 56, presents with chest pain",
        "Seihort Fimian");
    row("proposed a motion", "Minutes: Breisouman Zegort proposed the motion", "Breisouman Zegort");
    row("from the billing team", "Yiosei Neiheirt from the billing team will call you", "Yiosei Neiheirt");
    row("worked here", "Reference check: Bayayith Trubalail worked here from 2019", "Bayayith Trubalail");
    row("booked under a name", "Please book a table for two under Fianiowue Riagubath at 8pm",
        "Fianiowue Riagubath");
    // Listed given names in lower case, where a person stands.
    row("lower case before is", "omg sarah is so annoying today", "sarah");
    row("lower case after me and", "me and priya are going to the mall", "priya");
    row("lower case after with", "lunch with daniel tmrw", "daniel");
    row("lower case before a possessive", "chloe's mom is picking us up", "chloe");
    row("three letters before just", "mei just got engaged!!", "mei");
    row("a name after talking to", "I talked to Ezequiel Mokoena about it", "Ezequiel Mokoena");
}

void TestNameCoverage::findsTheName()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    const QStringList found = persons(text);
    QVERIFY2(found.contains(name),
             qPrintable(QStringLiteral("found: %1").arg(found.join(QStringLiteral("|")))));
}

void TestNameCoverage::leavesOtherWordsAlone_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char* tag, const char* text) { QTest::newRow(tag) << QString::fromUtf8(text); };
    row("a city that is also a surname", "né le 14/07/1988 à Lyon");
    row("bulleted dishes", "Menu ideas:\n- Khao Soi\n- Pad Kra Pao");
    row("bulleted places", "Places to visit:\n- Cinque Terre\n- Plitvice Lakes");
    row("a place addressed after a colon", "Note: Lisbon, you must see it");
    row("a proper-noun surname with a common word", "we drove up to the Golan Heights");
    row("a german label with a phone number", "Büro: +49-30-1234567");
    row("a label with a dash and a number", "Festnetz - 030 61 28 44 90");
    row("a one-word label with a comma and a number", "Hotline, 0800 123 4567");
    row("a company hired", "We hired Deloitte as our auditor");
    row("a town with a role-less bracket", "Our office in Chefchaouen (my favourite town) is small");
    row("a weekday", "See you Sunday at the market");
    row("a place that left an impression", "Chefchaouen left me speechless");
    row("a header that is no mail header", "Subject: Quarterly Numbers");
    row("send one unknown word", "Please send Tokopedia the receipt");
    // Places, dishes, pastimes and sayings whose words are names or look like them.
    row("a trip to a place", "Can you help me plan a trip to Cinque Terre?");
    row("went to a city of listed names", "We went to Chiang Mai last summer and loved it");
    row("a dish ordered", "We ordered Banh Mi and it was amazing");
    row("a pastime learnt", "I am learning Tai Chi to help with my back pain");
    row("the history of a landmark", "What is the history of Hagia Sophia?");
    row("the rules of a sport", "Can you explain the rules of Sepak Takraw?");
    row("a saying", "What does Carpe Diem mean exactly?");
    row("a favourite dish", "My favourite dish is Bibimbap with extra egg");
    row("a dish hard to make", "Is Tiramisu hard to make at home?");
    row("a brand of two names", "Dolce & Gabbana are expensive");
    row("form labels with values", "Check-in: 12 Aug\nCheck-out: 14 Aug");
    row("two places", "Paris & Rome are beautiful in spring");
    row("a lower-case loanword after a determiner", "my sensei says my kata is improving");
    row("a lower-case loanword before a noun", "my chai latte was too sweet today");
    row("a lower-case name inside an e-mail address", "write to mateo.obrien9@gmail.com");
}

void TestNameCoverage::leavesOtherWordsAlone()
{
    QFETCH(QString, text);
    const QStringList found = persons(text);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("found: %1").arg(found.join(QStringLiteral("|")))));
}

void TestNameCoverage::findsDatesOfBirth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("date");
    const auto row = [](const char* tag, const char* text, const char* date) {
        QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(date);
    };
    row("portuguese november", "Nasci em 23 de novembro de 2005", "23 de novembro de 2005");
    row("german geb. with dots", "geb. 14.04.1954", "14.04.1954");
    row("german geb. with a month", "geb. 23. März 1983", "23. März 1983");
    row("korean label", "생년월일: 2004년 2월 5일", "2004년 2월 5일");
    row("korean verb", "저는 1997년 11월 16일에 태어났어요", "1997년 11월 16일");
}

void TestNameCoverage::findsDatesOfBirth()
{
    QFETCH(QString, text);
    QFETCH(QString, date);
    const std::string utf8 = text.toStdString();
    QStringList found;
    for (const DetectedSpan& s : detector().detect(utf8)) {
        if (s.category == Category::DateOfBirth) {
            found << QString::fromUtf8(utf8.data() + s.begin, static_cast<qsizetype>(s.end - s.begin));
        }
    }
    QVERIFY2(found.contains(date),
             qPrintable(QStringLiteral("found: %1").arg(found.join(QStringLiteral("|")))));
}

void TestNameCoverage::spanishStreetAbbreviation()
{
    const std::string text = "I live at C/ Mayor 12, 2º izq, 28013 Madrid";
    QStringList found;
    for (const DetectedSpan& s : detector().detect(text)) {
        if (s.category == Category::StreetAddress) {
            found << QString::fromUtf8(text.data() + s.begin, static_cast<qsizetype>(s.end - s.begin));
        }
    }
    QCOMPARE(found, QStringList { QStringLiteral("C/ Mayor 12, 2º izq, 28013 Madrid") });
    for (const char* other : { "the C/C++ code fails at line 12", "it was 25 C/77 F outside" }) {
        QVERIFY2(detector().detect(other).empty(), other);
    }
}

void TestNameCoverage::datesAreNoPhones()
{
    // A date with dots or dashes has seven or eight digits, like a short phone number.
    for (const char* text : { "The meeting is on 8.07.1959", "the deadline moved to 12-03-1985" }) {
        for (const DetectedSpan& s : detector().detect(text)) {
            QVERIFY2(s.category != Category::Phone, text);
        }
    }
    // A German passport number with few digits is one; a word in capitals is not.
    const auto govIds = [](const char* text) {
        QStringList found;
        for (const DetectedSpan& s : detector().detect(text)) {
            if (s.category == Category::GovId) {
                found << QString::fromUtf8(text + s.begin, static_cast<qsizetype>(s.end - s.begin));
            }
        }
        return found;
    };
    QCOMPARE(govIds("Reisepassnummer CHP9HJ579"), QStringList { QStringLiteral("CHP9HJ579") });
    QVERIFY(govIds("Reisepass FGHJKLMNP").isEmpty());
    // A bare digit run right after an e-mail address in a record is a phone number;
    // after "order" it is not.
    const auto phones = [](const char* text) {
        int n = 0;
        for (const DetectedSpan& s : detector().detect(text)) {
            n += s.category == Category::Phone ? 1 : 0;
        }
        return n;
    };
    QCOMPARE(phones("Profile → Bjarni Sanz, bjarni@web.de, 09967545504"), 1);
    QCOMPARE(phones("order confirmation sent to bjarni@web.de, 20231145678"), 0);
    // An apostrophe inside an address's local part is part of it.
    const char* apostrophe = "You can reach him at mateo.o'brien9@gmail.com.";
    bool whole = false;
    for (const DetectedSpan& s : detector().detect(apostrophe)) {
        whole = whole
            || (s.category == Category::Email
                && std::string_view(apostrophe).substr(s.begin, s.end - s.begin)
                    == "mateo.o'brien9@gmail.com");
    }
    QVERIFY(whole);
    // A phone number with dots still is one.
    bool phone = false;
    for (const DetectedSpan& s : detector().detect("call me on 06.12.34.56.78")) {
        phone = phone || s.category == Category::Phone;
    }
    QVERIFY(phone);
}

QTEST_GUILESS_MAIN(TestNameCoverage)
#include "tst_name_coverage.moc"
