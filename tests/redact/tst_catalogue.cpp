// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Organisation rule files (docs/redact.md, "Organisation rules"): good rules
// work end to end, bad ones are refused with the file, the rule's name and
// RE2's own error text.

#include "redact/catalogue/Catalogue.h"
#include "redact/detect/Detector.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <set>

using namespace veil::redact;

class TestCatalogue : public QObject {
    Q_OBJECT

private slots:
    void builtinRulesHaveUniqueNames();
    void organisationRuleDetects();
    void rejectsBadRule_data();
    void rejectsBadRule();
    void rejectsDuplicateOfBuiltin();
    void reportsMissingFile();
};

void TestCatalogue::builtinRulesHaveUniqueNames()
{
    const Catalogue catalogue = Catalogue::builtin();
    QVERIFY(catalogue.rules().size() > 20);
    std::set<std::string> names;
    for (const Rule& rule : catalogue.rules()) {
        QVERIFY2(names.insert(rule.name).second, rule.name.c_str());
        QCOMPARE(QString::fromStdString(rule.origin), QStringLiteral("built-in"));
    }
}

void TestCatalogue::organisationRuleDetects()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(QStringLiteral("acme.json")).toStdString();
    std::ofstream(path) << "{\"rules\": [\n"
                           "        {\"name\": \"acme-employee-id\", \"category\": \"GOV_ID\", \"pattern\": "
                           "\"\\\\bACME-\\\\d{6}\\\\b\", \"confidence\": 0.9},\n"
                           "        {\"name\": \"acme-badge\", \"category\": \"PERSON\", \"pattern\": "
                           "\"badge holder: (\\\\w+)\", \"group\": 1}\n"
                           "    ]}";
    auto rules = Catalogue::loadOrganisationRules(path);
    QVERIFY2(rules.ok(), rules.ok() ? "" : rules.error().message.c_str());
    QCOMPARE(rules.value().size(), std::size_t { 2 });
    Catalogue catalogue = Catalogue::builtin();
    QVERIFY(catalogue.add(std::move(rules).value()).ok());
    const auto detector = Detector::create(std::move(catalogue));
    QVERIFY(detector.ok());
    const std::string text = "employee ACME-123456 and badge holder: zork";
    const auto spans = detector.value()->detect(text);
    QCOMPARE(spans.size(), std::size_t { 2 });
    QCOMPARE(text.substr(spans[0].begin, spans[0].end - spans[0].begin), std::string("ACME-123456"));
    QCOMPARE(std::string(spans[0].rule), std::string("acme-employee-id"));
    QCOMPARE(spans[0].category, Category::GovId);
    QCOMPARE(text.substr(spans[1].begin, spans[1].end - spans[1].begin), std::string("zork"));
}

void TestCatalogue::rejectsBadRule_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("mustMention");
    QTest::newRow("invalid RE2 syntax")
        << QStringLiteral(
               "{\"rules\":[{\"name\":\"broken-id\",\"category\":\"GOV_ID\",\"pattern\":\"(ACME-\\\\d+\"}]}")
        << QStringList { QStringLiteral("org.json"), QStringLiteral("broken-id"),
                         QStringLiteral("missing )") };
    QTest::newRow("backreference is not RE2")
        << QStringLiteral(
               "{\"rules\":[{\"name\":\"twice\",\"category\":\"GOV_ID\",\"pattern\":\"(a)\\\\1\"}]}")
        << QStringList { QStringLiteral("twice"), QStringLiteral("invalid escape sequence") };
    QTest::newRow("unknown category")
        << QStringLiteral("{\"rules\":[{\"name\":\"emp\",\"category\":\"EMPLOYEE\",\"pattern\":\"x\"}]}")
        << QStringList { QStringLiteral("org.json"), QStringLiteral("emp"),
                         QStringLiteral("unknown category 'EMPLOYEE'") };
    QTest::newRow("missing pattern") << QStringLiteral(
        "{\"rules\":[{\"name\":\"nopat\",\"category\":\"PHONE\"}]}")
                                     << QStringList { QStringLiteral("nopat"),
                                                      QStringLiteral("missing field \"pattern\"") };
    QTest::newRow("missing name") << QStringLiteral(
        "{\"rules\":[{\"category\":\"PHONE\",\"pattern\":\"x\"}]}")
                                  << QStringList { QStringLiteral("#1"),
                                                   QStringLiteral("missing field \"name\"") };
    QTest::newRow("missing category")
        << QStringLiteral("{\"rules\":[{\"name\":\"nocat\",\"pattern\":\"x\"}]}")
        << QStringList { QStringLiteral("nocat"), QStringLiteral("missing field \"category\"") };
    QTest::newRow("bad group") << QStringLiteral(
        "{\"rules\":[{\"name\":\"grp\",\"category\":\"PHONE\",\"pattern\":\"x\",\"group\":2}]}")
                               << QStringList { QStringLiteral("grp"), QStringLiteral("capturing group") };
    QTest::newRow("bad confidence") << QStringLiteral(
        "{\"rules\":[{\"name\":\"conf\",\"category\":\"PHONE\",\"pattern\":\"x\",\"confidence\":7}]}")
                                    << QStringList { QStringLiteral("conf"), QStringLiteral("confidence") };
    QTest::newRow("duplicate name") << QStringLiteral(
        "{\"rules\":[{\"name\":\"d\",\"category\":\"PHONE\",\"pattern\":\"x\"},{\"name\":\"d\",\"category\":"
        "\"PHONE\",\"pattern\":\"y\"}]}")
                                    << QStringList { QStringLiteral("duplicate rule name") };
    QTest::newRow("not JSON") << QStringLiteral("{rules: nope")
                              << QStringList { QStringLiteral("org.json"), QStringLiteral("not valid JSON") };
    QTest::newRow("no rules array") << QStringLiteral("{\"rulez\":[]}")
                                    << QStringList { QStringLiteral("\"rules\" array") };
}

void TestCatalogue::rejectsBadRule()
{
    QFETCH(QString, json);
    QFETCH(QStringList, mustMention);
    const auto result = Catalogue::parseOrganisationRules(json.toStdString(), "org.json");
    QVERIFY(!result.ok());
    const QString message = QString::fromStdString(result.error().message);
    for (const QString& part : mustMention) {
        QVERIFY2(message.contains(part), qPrintable(message + QStringLiteral(" lacks ") + part));
    }
}

void TestCatalogue::rejectsDuplicateOfBuiltin()
{
    auto rules = Catalogue::parseOrganisationRules(
        "{\"rules\":[{\"name\":\"email\",\"category\":\"EMAIL\",\"pattern\":\"x@y\"}]}", "org.json");
    QVERIFY(rules.ok());
    Catalogue catalogue = Catalogue::builtin();
    const std::size_t before = catalogue.rules().size();
    const auto added = catalogue.add(std::move(rules).value());
    QVERIFY(!added.ok());
    QVERIFY(QString::fromStdString(added.error().message).contains(QStringLiteral("already exists")));
    QCOMPARE(catalogue.rules().size(), before);
}

void TestCatalogue::reportsMissingFile()
{
    const auto result = Catalogue::loadOrganisationRules("/nonexistent/veil-rules.json");
    QVERIFY(!result.ok());
    QVERIFY(QString::fromStdString(result.error().message)
                .contains(QStringLiteral("/nonexistent/veil-rules.json")));
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
