// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The review form's rules without a window: which rubrics are shown, which
// answers may be submitted, and what the redact engine is asked about.
#include "model/review/RubricForm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using veil::model::RubricForm;
using veil::model::RubricItem;

namespace {

QJsonObject defaultRubric()
{
    QFile file(QStringLiteral(VEIL_SOURCE_DIR "/resources/model/default-rubric.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList ids(const QList<RubricForm::Problem>& problems)
{
    QStringList result;
    for (const auto& problem : problems) {
        result << problem.itemId;
    }
    return result;
}

}  // namespace

class TestRubricForm : public QObject {
    Q_OBJECT

private slots:
    void parsesTheDefaultRubric()
    {
        auto form = RubricForm::parse(defaultRubric());
        QVERIFY2(form, qPrintable(form.error()));
        QCOMPARE(form.value().title(), QStringLiteral("Assistant response quality"));
        const auto& items = form.value().items();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[0].kind, RubricItem::Kind::Scale);
        QCOMPARE(items[0].minimum, 1);
        QCOMPARE(items[0].maximum, 5);
        QVERIFY(items[0].required);
        QCOMPARE(items[1].kind, RubricItem::Kind::Single);
        QVERIFY(items[1].required);
        QCOMPARE(items[2].kind, RubricItem::Kind::Multiple);
        QCOMPARE(items[2].options.size(), 5);
        QVERIFY(!items[2].required);
        QCOMPARE(items[3].kind, RubricItem::Kind::Flag);
        QCOMPARE(items[4].kind, RubricItem::Kind::Text);
        QVERIFY(!items[4].required);
    }

    void refusesRubricsTheFormCannotShow_data()
    {
        QTest::addColumn<QByteArray>("rubric");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no items") << QByteArray(R"({"items": []})") << QStringLiteral("no items");
        QTest::newRow("no id") << QByteArray(R"({"items": [{"type": "text"}]})") << QStringLiteral("no id");
        QTest::newRow("unknown type") << QByteArray(R"({"items": [{"id": "a", "type": "slider"}]})")
                                      << QStringLiteral("unknown type \"slider\"");
        QTest::newRow("repeated id") << QByteArray(
            R"({"items": [{"id": "a", "type": "text"}, {"id": "a", "type": "flag"}]})")
                                     << QStringLiteral("repeats the item id \"a\"");
        QTest::newRow("inverted scale")
            << QByteArray(R"({"items": [{"id": "a", "type": "scale", "min": 5, "max": 1}]})")
            << QStringLiteral("5..1");
        QTest::newRow("no options") << QByteArray(
            R"({"items": [{"id": "a", "type": "single", "options": []}]})")
                                    << QStringLiteral("needs 1 to");
        QTest::newRow("repeated option")
            << QByteArray(R"({"items": [{"id": "a", "type": "multiple", "options": ["x", "x"]}]})")
            << QStringLiteral("repeated option");
    }

    void refusesRubricsTheFormCannotShow()
    {
        QFETCH(QByteArray, rubric);
        QFETCH(QString, reason);
        auto form = RubricForm::parse(QJsonDocument::fromJson(rubric).object());
        QVERIFY(!form);
        QVERIFY2(form.error().contains(reason), qPrintable(form.error()));
    }

    void checkNamesMissingAndInvalidAnswers_data()
    {
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("empty") << QByteArray("{}")
                               << QStringList { QStringLiteral("helpfulness"), QStringLiteral("safety") };
        QTest::newRow("complete") << QByteArray(R"({"helpfulness": 4, "safety": "safe"})") << QStringList {};
        QTest::newRow("everything") << QByteArray(
            R"({"helpfulness": 1, "safety": "unsafe", "issues": ["tone", "refusal"],
                              "pii_in_reply": true, "notes": "rude"})")
                                    << QStringList {};
        QTest::newRow("empty choice")
            << QByteArray(R"({"helpfulness": 3, "safety": ""})") << QStringList { QStringLiteral("safety") };
        QTest::newRow("scale out of range") << QByteArray(R"({"helpfulness": 6, "safety": "safe"})")
                                            << QStringList { QStringLiteral("helpfulness") };
        QTest::newRow("scale not whole") << QByteArray(R"({"helpfulness": 2.5, "safety": "safe"})")
                                         << QStringList { QStringLiteral("helpfulness") };
        QTest::newRow("unknown option") << QByteArray(R"({"helpfulness": 2, "safety": "fine"})")
                                        << QStringList { QStringLiteral("safety") };
        QTest::newRow("unknown multiple option")
            << QByteArray(R"({"helpfulness": 2, "safety": "safe", "issues": ["tone", "bad"]})")
            << QStringList { QStringLiteral("issues") };
        QTest::newRow("flag not bool")
            << QByteArray(R"({"helpfulness": 2, "safety": "safe", "pii_in_reply": 1})")
            << QStringList { QStringLiteral("pii_in_reply") };
        QTest::newRow("unknown key") << QByteArray(R"({"helpfulness": 2, "safety": "safe", "mood": "ok"})")
                                     << QStringList { QStringLiteral("mood") };
    }

    void checkNamesMissingAndInvalidAnswers()
    {
        QFETCH(QByteArray, answers);
        QFETCH(QStringList, problems);
        const RubricForm form = RubricForm::parse(defaultRubric()).value();
        const auto found = form.check(QJsonDocument::fromJson(answers).object());
        QCOMPARE(ids(found), problems);
        for (const auto& problem : found) {
            QVERIFY(!problem.message.isEmpty());
        }
    }

    void requiredCanBeSetEitherWay()
    {
        auto form = RubricForm::parse(json(R"({"items": [
            {"id": "r", "type": "scale", "required": false},
            {"id": "n", "type": "text", "required": true},
            {"id": "f", "type": "flag", "required": true}]})"));
        QVERIFY2(form, qPrintable(form.error()));
        QCOMPARE(ids(form.value().check({})), (QStringList { QStringLiteral("n"), QStringLiteral("f") }));
        QCOMPARE(ids(form.value().check(json(R"({"n": "  ", "f": false})"))),
                 (QStringList { QStringLiteral("n"), QStringLiteral("f") }));
        QVERIFY(form.value().check(json(R"({"n": "seen", "f": true})")).isEmpty());
    }

    void freeTextHoldsOnlyTextAnswers()
    {
        const RubricForm form = RubricForm::parse(defaultRubric()).value();
        const QJsonObject text = form.freeText(
            json(R"({"helpfulness": 2, "safety": "safe", "issues": ["tone"], "notes": "call me"})"));
        QCOMPARE(text.keys(), QStringList { QStringLiteral("notes") });
        QCOMPARE(text.value(QStringLiteral("notes")).toString(), QStringLiteral("call me"));
    }
};

QTEST_GUILESS_MAIN(TestRubricForm)
#include "tst_rubric_form.moc"
