// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Shortcuts the Detector takes for speed, none of which may change a result:
// - it skips its RE2::Set pass over text that has no digit, '@', ':' or '/'
//   when WordPrefilter says no built-in word rule can match (the pre-test may
//   say "maybe" too often, never too rarely): checked against the rules
//   themselves (RE2), against the name finder's copy of the test, and end to
//   end against a Detector that cannot skip;
// - extraction starts its RE2 searches only at bytes a match can start with
//   (FirstBytes): checked against every match RE2 finds from every position;
// - the name lexicon answers from a flat table (FlatWordTable): checked
//   against the map it is built from.

#include "redact/catalogue/Catalogue.h"
#include "redact/detect/Detector.h"
#include "redact/detect/FirstBytes.h"
#include "redact/detect/WordPrefilter.h"
#include "redact/names/FlatWordTable.h"
#include "redact/names/NameFinder.h"
#include "redact/names/NameLexicon.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <re2/re2.h>

#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace veil::redact;

namespace {

/// Every text of our corpora and the shared sample, plus hand-made edge cases.
std::vector<std::string> corpusTexts()
{
    std::vector<std::string> texts;
    for (const QString& path : { QStringLiteral(VEIL_SOURCE_DIR "/tests/redact/corpus/corpus.jsonl"),
                                 QStringLiteral(VEIL_SOURCE_DIR "/tests/redact/corpus/heldout-style.jsonl"),
                                 QStringLiteral(VEIL_SHARED_DIR "/pii/sample.jsonl") }) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;  // the shared sample is optional outside this workspace
        }
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty()) {
                texts.push_back(QJsonDocument::fromJson(line)
                                    .object()
                                    .value(QStringLiteral("text"))
                                    .toString()
                                    .toStdString());
            }
        }
    }
    return texts;
}

/// Random mixes of the words the word rules are made of, in odd cases and
/// with odd separators, so the rules match often.
std::vector<std::string> randomMixes(std::size_t count)
{
    const std::vector<std::string> pieces
        = { "at",        "AT",       "At",       "dot",      "DOT",      "(at)",      "[at]",   "{at}",
            "<at>",      "(dot)",    "one",      "Two",      "THREE",    "four",      "five",   "six",
            "seven",     "eight",    "nine",     "zero",     "oh",       "double",    "triple", "plus",
            "insta",     "Insta",    "IG",       "snapchat", "snap",     "tik tok",   "kik",    "line id",
            "user name", "username", "handle",   "discord",  "Telegram", "instagram", "gmail",  "com",
            "john",      "Priya",    "the",      "what",     "that",     "cat",       "phone",  "someone",
            "é",         "ſnap",     "\u212Aik", "-",        ",",        ".",         " ",      "  ",
            "\n",        "_",        "'",        "x" };
    std::mt19937 random(20261129);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 16);
    std::uniform_int_distribution<int> gap(0, 3);
    const std::vector<std::string> gaps = { " ", "", "-", ", " };
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < count; ++i) {
        std::string text;
        for (int n = length(random); n > 0; --n) {
            text += pieces[piece(random)];
            text += gaps[static_cast<std::size_t>(gap(random))];
        }
        texts.push_back(text);
    }
    return texts;
}

/// The built-in rules the Detector puts in its word set (the checks that
/// may match without a digit, '@', ':' or '/'), by name.
std::vector<std::pair<std::string, std::unique_ptr<RE2>>> wordRules()
{
    std::vector<std::pair<std::string, std::unique_ptr<RE2>>> rules;
    const Catalogue catalogue = Catalogue::builtin();
    for (const Rule& rule : catalogue.rules()) {
        if (rule.check == RuleCheck::ObfuscatedEmail || rule.check == RuleCheck::SpokenPhone
            || rule.check == RuleCheck::HandleInContext) {
            rules.emplace_back(rule.name, std::make_unique<RE2>(rule.pattern));
        }
    }
    return rules;
}

}  // namespace

class TestDetectorShortcuts : public QObject {
    Q_OBJECT

private slots:
    void wordRulesAreTheKnownOnes();
    void examples_data();
    void examples();
    void neverMissesAMatch();
    void nameFinderAgreesWithScan();
    void detectorResultsUnchanged();
    void firstBytesExamples_data();
    void firstBytesExamples();
    void firstBytesHoldEveryMatch();
    void flatTableMatchesItsMap();
    void lexiconFreezeKeepsFlags();
};

void TestDetectorShortcuts::wordRulesAreTheKnownOnes()
{
    // A new rule in the word set needs its words in WordPrefilter (or, like
    // reddit-user's "u/", a symbol that keeps it out of prose).
    std::set<std::string> names;
    for (const auto& rule : wordRules()) {
        names.insert(rule.first);
    }
    const std::set<std::string> known
        = { "email-obfuscated", "phone-spoken", "social-handle-in-context", "reddit-user" };
    QCOMPARE(names, known);
}

void TestDetectorShortcuts::examples_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("symbol");
    QTest::addColumn<bool>("mayMatch");
    QTest::newRow("plain prose") << "Can you help me plan a trip?" << false << false;
    QTest::newRow("'at' inside words only") << "What is that chat about" << false << false;
    QTest::newRow("'at' as a word") << "write to john at gmail dot com" << false << true;
    QTest::newRow("bracketed at") << "john(AT)gmail(dot)com" << false << true;
    QTest::newRow("five number words") << "one two three four five" << false << false;
    QTest::newRow("six number words") << "one two three four five six" << false << true;
    QTest::newRow("hyphenated number words") << "oh-double-seven-four-one-nine" << false << true;
    QTest::newRow("platform word") << "my Insta is priya.codes" << false << true;
    QTest::newRow("two-word platform") << "add me on tik tok priya" << false << true;
    QTest::newRow("nine-letter platform") << "INSTAGRAM priya" << false << true;
    QTest::newRow("long s folds to s") << "\u017Fnap me" << false << true;
    QTest::newRow("Kelvin sign folds to k") << "\u212Aik me" << false << true;
    QTest::newRow("accented neighbour") << "caf\u00E9 at noon" << false << true;
    QTest::newRow("digit") << "room 12" << true << true;
    QTest::newRow("at sign") << "me@x" << true << true;
    QTest::newRow("colon") << "note: hi" << true << true;
    QTest::newRow("slash") << "and/or" << true << true;
    QTest::newRow("empty") << "" << false << false;
}

void TestDetectorShortcuts::examples()
{
    QFETCH(QString, text);
    QFETCH(bool, symbol);
    QFETCH(bool, mayMatch);
    const std::string utf8 = text.toStdString();
    const WordPrefilter::Scan scan = WordPrefilter::scan(utf8);
    QCOMPARE(scan.symbol, symbol);
    QCOMPARE(WordPrefilter::mayMatch(utf8), mayMatch);
}

void TestDetectorShortcuts::neverMissesAMatch()
{
    const auto rules = wordRules();
    std::vector<std::string> texts = corpusTexts();
    QVERIFY(texts.size() > 1000);
    for (std::string& t : randomMixes(200000)) {
        texts.push_back(std::move(t));
    }
    std::size_t matched = 0;
    std::size_t skipped = 0;
    for (const std::string& text : texts) {
        const bool mayMatch = WordPrefilter::mayMatch(text);
        skipped += mayMatch ? 0U : 1U;
        for (const auto& rule : rules) {
            if (RE2::PartialMatch(text, *rule.second)) {
                ++matched;
                QVERIFY2(mayMatch, ("a word rule matches but the pre-test said no: " + text).c_str());
            }
        }
    }
    // The test means something only if both sides happen often.
    QVERIFY(matched > 1000);
    QVERIFY(skipped > 1000);
}

void TestDetectorShortcuts::nameFinderAgreesWithScan()
{
    const NameFinder finder(NameLexicon::builtin());
    std::vector<std::string> texts = corpusTexts();
    for (std::string& t : randomMixes(20000)) {
        texts.push_back(std::move(t));
    }
    std::vector<DetectedSpan> spans;
    std::vector<DetectedSpan> publicMentions;
    for (const std::string& text : texts) {
        WordPrefilter::Scan fromNames;
        finder.find(text, spans, publicMentions, fromNames);
        const WordPrefilter::Scan alone = WordPrefilter::scan(text);
        QVERIFY2(fromNames.symbol == alone.symbol, text.c_str());
        if (!alone.symbol) {  // scan() stops at the first symbol
            QVERIFY2(fromNames.wordsMayMatch == alone.wordsMayMatch, text.c_str());
        }
    }
}

void TestDetectorShortcuts::detectorResultsUnchanged()
{
    // An organisation rule joins the word set and turns the skip off: the
    // two detectors must agree on every text (the rule itself never matches).
    Catalogue withOrganisationRule = Catalogue::builtin();
    Rule never;
    never.name = "never-matches";
    never.category = Category::GovId;
    never.pattern = R"(\bzq9xq7zq\b)";
    never.origin = "tst_detector_shortcuts";
    QVERIFY(withOrganisationRule.add({ never }).ok());
    const auto skipping = Detector::create(Catalogue::builtin());
    const auto notSkipping = Detector::create(withOrganisationRule);
    QVERIFY(skipping.ok() && notSkipping.ok());
    std::vector<std::string> texts = corpusTexts();
    for (std::string& t : randomMixes(20000)) {
        texts.push_back(std::move(t));
    }
    std::size_t spans = 0;
    for (const std::string& text : texts) {
        const std::vector<DetectedSpan> a = skipping.value()->detect(text);
        const std::vector<DetectedSpan> b = notSkipping.value()->detect(text);
        QVERIFY2(a == b, text.c_str());
        spans += a.size();
    }
    QVERIFY(spans > 1000);
}

void TestDetectorShortcuts::firstBytesExamples_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");
    QTest::addColumn<int>("next");  // in "xx-5"
    // A bound cut short is rounded up: "9…" gives ':'.
    QTest::newRow("digits") << R"(\b\d{3})" << int { '0' } << int { ':' } << 3;
    // \b before '-' holds only after a word character: that context counts.
    QTest::newRow("word boundary before a sign") << R"(\b-5)" << int { '-' } << int { '.' } << 2;
    QTest::newRow("start of text only") << "^abc" << int { 'a' } << int { 'b' } << 4;
    QTest::newRow("alternatives") << "(?:abc|x[yz])" << int { 'a' } << int { 'y' } << 0;
    QTest::newRow("can match empty") << "a*" << 0x00 << 0xFF << 0;
    // Any UTF-8 character: lead bytes up to 0xF4, rounded up.
    QTest::newRow("any character") << ".b" << 0x00 << 0xF5 << 0;
    // Multi-line ^ also matches after a newline.
    QTest::newRow("multi-line start") << "(?m)^#" << int { '#' } << int { '$' } << 4;
}

void TestDetectorShortcuts::firstBytesExamples()
{
    QFETCH(QString, pattern);
    QFETCH(int, low);
    QFETCH(int, high);
    QFETCH(int, next);
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 compiled(pattern.toStdString(), options);
    const FirstBytes range = FirstBytes::of(compiled, options);
    QCOMPARE(int { range.low() }, low);
    QCOMPARE(int { range.high() }, high);
    QCOMPARE(range.next("xx-5", 0), static_cast<std::size_t>(next));
}

void TestDetectorShortcuts::firstBytesHoldEveryMatch()
{
    // Every built-in rule, run from every start position as extraction did
    // before the shortcut: each match starts with a byte in the rule's range.
    const Catalogue catalogue = Catalogue::builtin();
    RE2::Options options;
    options.set_log_errors(false);
    std::vector<std::string> texts = corpusTexts();
    for (std::string& t : randomMixes(5000)) {
        texts.push_back(std::move(t));
    }
    std::size_t bounded = 0;
    std::size_t matches = 0;
    for (const Rule& rule : catalogue.rules()) {
        const RE2 re(rule.pattern, options);
        const FirstBytes range = FirstBytes::of(re, options);
        bounded += range.all() ? 0U : 1U;
        for (const std::string& text : texts) {
            const re2::StringPiece input(text);
            re2::StringPiece match;
            for (std::size_t pos = 0; pos < text.size(); ++pos) {
                if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
                    break;
                }
                const auto start = static_cast<std::size_t>(match.data() - text.data());
                if (!match.empty()) {
                    ++matches;
                    QVERIFY2(range.next(text, pos) <= start,
                             (rule.name + " matches before its first byte range in: " + text).c_str());
                    const auto byte = static_cast<unsigned char>(text[start]);
                    QVERIFY2(byte >= range.low() && byte <= range.high(), (rule.name + ": " + text).c_str());
                }
                pos = start;  // the next search starts one byte later
            }
        }
    }
    QVERIFY(bounded > catalogue.rules().size() / 2);
    QVERIFY(matches > 5000);
}

void TestDetectorShortcuts::flatTableMatchesItsMap()
{
    std::map<std::string, std::uint16_t> words;
    std::mt19937 random(7);
    std::uniform_int_distribution<int> letter('a', 'z');
    std::uniform_int_distribution<std::size_t> size(1, 30);
    for (int i = 0; i < 50000; ++i) {
        std::string word(size(random), 'a');
        for (char& c : word) {
            c = static_cast<char>(letter(random));
        }
        words[word] = static_cast<std::uint16_t>(i % 4000 + 1);
    }
    words["\xC3\xA9lodie"] = 3;  // UTF-8 keys are bytes like any other
    words[std::string(24, 'x')] = 9;  // the longest key kept
    FlatWordTable table;
    QVERIFY(table.empty());
    QCOMPARE(table.find("abc"), std::uint16_t { 0 });
    table.build(words);
    QVERIFY(!table.empty());
    for (const auto& [word, flags] : words) {
        QCOMPARE(table.find(word), word.size() <= FlatWordTable::kMaxKey ? flags : std::uint16_t { 0 });
    }
    for (int i = 0; i < 50000; ++i) {
        std::string word(size(random), 'a');
        for (char& c : word) {
            c = static_cast<char>(letter(random));
        }
        const auto it = words.find(word);
        const std::uint16_t expected
            = it == words.end() || word.size() > FlatWordTable::kMaxKey ? std::uint16_t { 0 } : it->second;
        QCOMPARE(table.find(word), expected);
    }
    QCOMPARE(table.find(""), std::uint16_t { 0 });
    QCOMPARE(table.find(std::string(25, 'x')), std::uint16_t { 0 });
}

void TestDetectorShortcuts::lexiconFreezeKeepsFlags()
{
    NameLexicon lexicon;
    lexicon.addEnglish("grace\nriver\n");
    lexicon.addNames("Grace Zieli\xC5\x84ski Siobhan", NameLexicon::FirstName);
    const std::string longName(30, 'q');
    lexicon.addNames(longName, NameLexicon::Surname);
    const std::vector<std::string> probe
        = { "grace", "river", "zieliński", "zielinski", "siobhan", longName, "nobody" };
    std::vector<std::uint16_t> before;
    for (const std::string& w : probe) {
        before.push_back(lexicon.flags(w));
    }
    QVERIFY((before[0] & NameLexicon::Ambiguous) != 0);
    QVERIFY((before[5] & NameLexicon::Surname) != 0);
    lexicon.freeze();
    for (std::size_t i = 0; i < probe.size(); ++i) {
        QCOMPARE(lexicon.flags(probe[i]), before[i]);
    }
    // Adding after freezing moves the words back first: old and new are seen.
    lexicon.addCommon("nobody");
    QVERIFY((lexicon.flags("nobody") & NameLexicon::CommonWord) != 0);
    for (std::size_t i = 0; i + 1 < probe.size(); ++i) {
        QCOMPARE(lexicon.flags(probe[i]), before[i]);
    }
    lexicon.freeze();
    QVERIFY((lexicon.flags("nobody") & NameLexicon::CommonWord) != 0);
    QCOMPARE(lexicon.flags(longName), before[5]);
    // The built-in lexicon is frozen and still answers as its lists say.
    QVERIFY((NameLexicon::builtin().flags("the") & NameLexicon::CommonWord) != 0);
    QVERIFY((NameLexicon::builtin().flags("priya") & NameLexicon::FirstName) != 0);
}

QTEST_GUILESS_MAIN(TestDetectorShortcuts)
#include "tst_detector_shortcuts.moc"
