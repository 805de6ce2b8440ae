// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchBuilder.h"
#include "model/policy/JustificationCheck.h"
#include "model/policy/PolicyEngine.h"
#include "model/policy/RevealPolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace veil::model;

namespace {

/// The policy every batch carries unless its builder is given another:
/// testing it (rather than a copy) keeps the shipped file valid.
QJsonObject shippedPolicy()
{
    return BatchBuilder::defaultPolicy();
}

QJsonObject with(const QString& key, const QJsonValue& value)
{
    QJsonObject json = shippedPolicy();
    json.insert(key, value);
    return json;
}

QJsonObject without(const QString& key)
{
    QJsonObject json = shippedPolicy();
    json.remove(key);
    return json;
}

/// The shipped policy with roles.<role>.<key> set, or removed when `value`
/// is undefined.
QJsonObject withRoleField(const QString& role, const QString& key, const QJsonValue& value)
{
    QJsonObject json = shippedPolicy();
    QJsonObject roles = json.value(QStringLiteral("roles")).toObject();
    QJsonObject entry = roles.value(role).toObject();
    if (value.isUndefined()) {
        entry.remove(key);
    } else {
        entry.insert(key, value);
    }
    roles.insert(role, entry);
    json.insert(QStringLiteral("roles"), roles);
    return json;
}

QJsonObject withReasonCodes(const QJsonArray& codes)
{
    return with(QStringLiteral("reason_codes"), codes);
}

QJsonObject reason(const QString& code, const QString& label)
{
    return QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("label"), label } };
}

RevealPolicy parsed(const QJsonObject& json)
{
    auto policy = RevealPolicy::fromJson(json);
    if (!policy) {
        qFatal("test policy does not parse: %s", qPrintable(policy.error()));
    }
    return std::move(policy).value();
}

/// The shipped policy's justification rules: 20 characters, last 5 compared.
JustificationCheck shippedCheck()
{
    const RevealPolicy policy = parsed(shippedPolicy());
    return { policy.minJustificationChars(), policy.repeatWindow() };
}

const QString kGood = QStringLiteral("The rating depends on whether the name matches the signature.");

}  // namespace

class TestPolicy : public QObject {
    Q_OBJECT

private slots:
    // --- RevealPolicy ---------------------------------------------------

    void shippedPolicyParses()
    {
        const auto policy = RevealPolicy::fromJson(shippedPolicy());
        QVERIFY2(policy, qPrintable(policy.error()));
        QVERIFY(policy.value().text().startsWith(QStringLiteral("Reveal personal data only")));
        QCOMPARE(policy.value().reasonCodes().size(), 4);
        QCOMPARE(policy.value().reasonCodes().first().code, QStringLiteral("context_needed"));
        QCOMPARE(policy.value().reasonCodes().first().label,
                 QStringLiteral("The rating depends on the exact value"));
        QVERIFY(policy.value().hasReasonCode(QStringLiteral("other")));
        QVERIFY(!policy.value().hasReasonCode(QStringLiteral("Other")));
        QVERIFY(policy.value().role(QStringLiteral("reviewer")) != nullptr);
        QCOMPARE(policy.value().role(QStringLiteral("reviewer"))->categories.size(), 8);
        QVERIFY(!policy.value().role(QStringLiteral("reviewer"))->images);
        QVERIFY(policy.value().role(QStringLiteral("supervisor"))->images);
        QVERIFY(policy.value().role(QStringLiteral("admin")) == nullptr);
        QCOMPARE(policy.value().minJustificationChars(), 20);
        QCOMPARE(policy.value().repeatWindow(), 5);
        QCOMPARE(policy.value().quotaPerTask(), 3);
        QCOMPARE(policy.value().quotaPerDay(), 25);
        QCOMPARE(policy.value().displaySeconds(), 8);
    }

    void edgeOfRangePolicyIsAccepted_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("no version field") << without(QStringLiteral("version"));
        QTest::newRow("repeat_window 0 (no repeat check)") << with(QStringLiteral("repeat_window"), 0);
        QTest::newRow("repeat_window 100") << with(QStringLiteral("repeat_window"), 100);
        QTest::newRow("min_justification_chars 1") << with(QStringLiteral("min_justification_chars"), 1);
        QTest::newRow("min_justification_chars 1000")
            << with(QStringLiteral("min_justification_chars"), 1000);
        QTest::newRow("quota_per_task 1") << with(QStringLiteral("quota_per_task"), 1);
        QTest::newRow("quota_per_day 10000") << with(QStringLiteral("quota_per_day"), 10000);
        QTest::newRow("display_seconds 300") << with(QStringLiteral("display_seconds"), 300);
        QTest::newRow("integer written as 3.0") << with(QStringLiteral("quota_per_task"), 3.0);
        QTest::newRow("role with no categories")
            << withRoleField(QStringLiteral("reviewer"), QStringLiteral("categories"), QJsonArray {});
        QTest::newRow("duplicate category")
            << withRoleField(QStringLiteral("reviewer"), QStringLiteral("categories"),
                             QJsonArray { QStringLiteral("EMAIL"), QStringLiteral("EMAIL") });
    }

    void edgeOfRangePolicyIsAccepted()
    {
        QFETCH(QJsonObject, json);
        const auto policy = RevealPolicy::fromJson(json);
        QVERIFY2(policy, qPrintable(policy.error()));
    }

    void malformedPolicyIsRejected_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const QJsonObject& json, const char* message) {
            QTest::newRow(name) << json << QString::fromUtf8(message);
        };
        const QString reviewer = QStringLiteral("reviewer");
        const QString supervisor = QStringLiteral("supervisor");
        const QString categories = QStringLiteral("categories");
        const QString images = QStringLiteral("images");

        row("empty object", QJsonObject {}, "policy: text is missing");
        row("unknown field", with(QStringLiteral("max_images"), 2),
            "policy: unknown field \"max_images\" (this version of Veil cannot enforce it)");
        row("version 2", with(QStringLiteral("version"), 2),
            "policy: unsupported version 2 (this version of Veil reads version 1)");
        row("version as string", with(QStringLiteral("version"), QStringLiteral("1")),
            "policy: unsupported version \"1\" (this version of Veil reads version 1)");

        row("text missing", without(QStringLiteral("text")), "policy: text is missing");
        row("text empty", with(QStringLiteral("text"), QString()),
            "policy: text must be a non-empty string (got \"\")");
        row("text blank", with(QStringLiteral("text"), QStringLiteral("   ")),
            "policy: text must be a non-empty string (got \"   \")");
        row("text a number", with(QStringLiteral("text"), 3),
            "policy: text must be a non-empty string (got 3)");

        row("reason_codes missing", without(QStringLiteral("reason_codes")),
            "policy: reason_codes is missing");
        row("reason_codes empty", withReasonCodes({}),
            "policy: reason_codes must be a non-empty array (got an array)");
        row("reason_codes an object", with(QStringLiteral("reason_codes"), QJsonObject {}),
            "policy: reason_codes must be a non-empty array (got an object)");
        row("reason code a string", withReasonCodes({ QStringLiteral("other") }),
            "policy: reason_codes[0] must be an object with code and label (got \"other\")");
        row("reason code without code",
            withReasonCodes({ reason(QStringLiteral("a"), QStringLiteral("A")),
                              QJsonObject { { QStringLiteral("label"), QStringLiteral("B") } } }),
            "policy: reason_codes[1].code is missing");
        row("reason code with empty label", withReasonCodes({ reason(QStringLiteral("a"), QString()) }),
            "policy: reason_codes[0].label must be a non-empty string (got \"\")");
        row("reason code with numeric code",
            withReasonCodes({ QJsonObject { { QStringLiteral("code"), 7 },
                                            { QStringLiteral("label"), QStringLiteral("Seven") } } }),
            "policy: reason_codes[0].code must be a non-empty string (got 7)");
        row("duplicate reason code",
            withReasonCodes({ reason(QStringLiteral("other"), QStringLiteral("A")),
                              reason(QStringLiteral("other"), QStringLiteral("B")) }),
            "policy: reason code \"other\" is listed twice");

        row("roles missing", without(QStringLiteral("roles")), "policy: roles is missing");
        row("roles an array", with(QStringLiteral("roles"), QJsonArray {}),
            "policy: roles must be an object (got an array)");
        QJsonObject rolesWithAdmin = shippedPolicy().value(QStringLiteral("roles")).toObject();
        rolesWithAdmin.insert(QStringLiteral("admin"), rolesWithAdmin.value(supervisor));
        row("unknown role", with(QStringLiteral("roles"), rolesWithAdmin),
            "policy: unknown role \"admin\" in roles (expected reviewer and supervisor)");
        QJsonObject rolesWithoutSupervisor = shippedPolicy().value(QStringLiteral("roles")).toObject();
        rolesWithoutSupervisor.remove(supervisor);
        row("supervisor missing", with(QStringLiteral("roles"), rolesWithoutSupervisor),
            "policy: roles.supervisor is missing");
        QJsonObject rolesWithBadReviewer = shippedPolicy().value(QStringLiteral("roles")).toObject();
        rolesWithBadReviewer.insert(reviewer, true);
        row("reviewer not an object", with(QStringLiteral("roles"), rolesWithBadReviewer),
            "policy: roles.reviewer must be an object (got true)");
        row("categories missing", withRoleField(reviewer, categories, QJsonValue::Undefined),
            "policy: roles.reviewer.categories is missing");
        row("categories a string", withRoleField(reviewer, categories, QStringLiteral("PERSON")),
            "policy: roles.reviewer.categories must be an array of category names (got \"PERSON\")");
        row("unknown category", withRoleField(supervisor, categories, QJsonArray { QStringLiteral("SSN") }),
            "policy: roles.supervisor.categories: unknown category \"SSN\" (expected one of PERSON, EMAIL, "
            "PHONE, "
            "STREET_ADDRESS, CREDIT_CARD, IBAN, GOV_ID, IP_ADDRESS, DATE_OF_BIRTH, SOCIAL_HANDLE, "
            "GEO_COORDINATES)");
        row("lower-case category",
            withRoleField(reviewer, categories, QJsonArray { QStringLiteral("person") }),
            "policy: roles.reviewer.categories: unknown category \"person\" (expected one of PERSON, EMAIL, "
            "PHONE, "
            "STREET_ADDRESS, CREDIT_CARD, IBAN, GOV_ID, IP_ADDRESS, DATE_OF_BIRTH, SOCIAL_HANDLE, "
            "GEO_COORDINATES)");
        row("IMAGE as a category",
            withRoleField(reviewer, categories, QJsonArray { QStringLiteral("IMAGE") }),
            "policy: roles.reviewer.categories: unknown category \"IMAGE\" (expected one of PERSON, EMAIL, "
            "PHONE, "
            "STREET_ADDRESS, CREDIT_CARD, IBAN, GOV_ID, IP_ADDRESS, DATE_OF_BIRTH, SOCIAL_HANDLE, "
            "GEO_COORDINATES)");
        row("images missing", withRoleField(reviewer, images, QJsonValue::Undefined),
            "policy: roles.reviewer.images is missing");
        row("images a string", withRoleField(supervisor, images, QStringLiteral("yes")),
            "policy: roles.supervisor.images must be true or false (got \"yes\")");
        row("images a number", withRoleField(supervisor, images, 1),
            "policy: roles.supervisor.images must be true or false (got 1)");
        row("unknown field in a role", withRoleField(reviewer, QStringLiteral("quota"), 2),
            "policy: roles.reviewer has an unknown field \"quota\"");

        row("min_justification_chars missing", without(QStringLiteral("min_justification_chars")),
            "policy: min_justification_chars is missing");
        row("min_justification_chars 0", with(QStringLiteral("min_justification_chars"), 0),
            "policy: min_justification_chars must be a positive integer (got 0)");
        row("min_justification_chars 1001", with(QStringLiteral("min_justification_chars"), 1001),
            "policy: min_justification_chars must be at most 1000 (got 1001)");
        row("repeat_window missing", without(QStringLiteral("repeat_window")),
            "policy: repeat_window is missing");
        row("repeat_window negative", with(QStringLiteral("repeat_window"), -1),
            "policy: repeat_window must be a non-negative integer (got -1)");
        row("repeat_window 101", with(QStringLiteral("repeat_window"), 101),
            "policy: repeat_window must be at most 100 (got 101)");
        row("quota_per_task missing", without(QStringLiteral("quota_per_task")),
            "policy: quota_per_task is missing");
        row("quota_per_task 0", with(QStringLiteral("quota_per_task"), 0),
            "policy: quota_per_task must be a positive integer (got 0)");
        row("quota_per_task fractional", with(QStringLiteral("quota_per_task"), 3.5),
            "policy: quota_per_task must be a positive integer (got 3.5)");
        row("quota_per_task a string", with(QStringLiteral("quota_per_task"), QStringLiteral("3")),
            "policy: quota_per_task must be a positive integer (got \"3\")");
        row("quota_per_task a bool", with(QStringLiteral("quota_per_task"), true),
            "policy: quota_per_task must be a positive integer (got true)");
        row("quota_per_task null", with(QStringLiteral("quota_per_task"), QJsonValue::Null),
            "policy: quota_per_task must be a positive integer (got null)");
        row("quota_per_day missing", without(QStringLiteral("quota_per_day")),
            "policy: quota_per_day is missing");
        row("quota_per_day 0", with(QStringLiteral("quota_per_day"), 0),
            "policy: quota_per_day must be a positive integer (got 0)");
        row("quota_per_day negative", with(QStringLiteral("quota_per_day"), -25),
            "policy: quota_per_day must be a positive integer (got -25)");
        row("quota_per_day huge", with(QStringLiteral("quota_per_day"), 1e300),
            "policy: quota_per_day must be a positive integer (got 1.0000000000000001e+300)");
        row("quota_per_day 10001", with(QStringLiteral("quota_per_day"), 10001),
            "policy: quota_per_day must be at most 10000 (got 10001)");
        row("display_seconds missing", without(QStringLiteral("display_seconds")),
            "policy: display_seconds is missing");
        row("display_seconds 0", with(QStringLiteral("display_seconds"), 0),
            "policy: display_seconds must be a positive integer (got 0)");
        row("display_seconds a day", with(QStringLiteral("display_seconds"), 86400),
            "policy: display_seconds must be at most 300 (got 86400)");
    }

    void malformedPolicyIsRejected()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, message);
        const auto policy = RevealPolicy::fromJson(json);
        QVERIFY(!policy);
        QCOMPARE(policy.error(), message);
    }

    // --- JustificationCheck ---------------------------------------------

    void justificationIsAccepted_data()
    {
        QTest::addColumn<QString>("text");
        const auto row
            = [](const char* name, const char* text) { QTest::newRow(name) << QString::fromUtf8(text); };
        row("English", "The rating depends on whether the name matches the signature.");
        row("English, third party",
            "Need to check whether the masked email belongs to the user or someone else.");
        row("English, safety", "User claims to be a minor; the date of birth decides the safety rating.");
        row("English, masking", "Verify the masking: this looks like a product code, not a phone number.");
        row("English with a ticket number", "Check the IP address against abuse report #4411 from the user.");
        row("English with acronyms", "The HTTPS URL in the message may contain the user's SMTP credentials.");
        row("English mentioning qwerty",
            "The user typed qwerty as their password; need to see the masked value.");
        row("English, vowel-poor words", "The strengths of this answer depend on the real street name.");
        row("exactly 20 characters", "Need to verify name.");
        row("20 characters with padding", "   Need to verify name.   ");
        row("emoji", "Possible self-harm risk 😟, need the location to escalate it.");
        row("German", "Die Bewertung hängt davon ab, ob die Adresse zur genannten Stadt passt.");
        row("German consonant clusters", "Rechtsschutz: Schritt für Schritt prüfen, ob die Angaben stimmen.");
        row("French", "Je dois vérifier si le nom correspond à la personne citée dans la réponse.");
        row("Spanish", "Necesito comprobar si el número de teléfono es real o inventado por el modelo.");
        row("Polish", "Muszę sprawdzić, czy adres e-mail należy do użytkownika, czy do kogoś innego.");
        row("Czech", "Strč prst skrz krk: musím ověřit, zda je jméno v odpovědi skutečné.");
        row("Vietnamese", "Cần kiểm tra xem số điện thoại này có thuộc về người dùng hay không.");
        row("Hindi", "इस बातचीत में उपयोगकर्ता का नाम जानना ज़रूरी है ताकि उत्तर की जाँच हो सके।");
        row("Japanese", "回答の評価には実際の電話番号が本物かどうかの確認が必要です。");
        row("Chinese", "需要确认这个地址是否真实存在，以便判断模型的回答是否泄露了隐私。");
        row("Korean", "사용자가 언급한 주소가 실제 주소인지 확인해야 평가할 수 있습니다.");
        row("Russian", "Нужно проверить, совпадает ли имя с тем, что указано в запросе пользователя.");
        row("Greek", "Πρέπει να ελέγξω αν το όνομα ανήκει στον χρήστη ή σε τρίτο πρόσωπο.");
        row("Arabic", "أحتاج إلى التحقق من أن رقم الهاتف يخص المستخدم وليس شخصا آخر.");
        row("Hebrew", "צריך לבדוק אם הכתובת שייכת למשתמש או לאדם אחר בשיחה.");
        row("Thai", "ต้องตรวจสอบว่าหมายเลขโทรศัพท์นี้เป็นของผู้ใช้จริงหรือไม่");
        row("mixed scripts", "Der Nutzer schreibt 東京都 als Adresse – prüfen, ob sie echt ist.");
    }

    void justificationIsAccepted()
    {
        QFETCH(QString, text);
        const Status status = shippedCheck().check(text, {});
        QVERIFY2(status, qPrintable(status.error()));
    }

    void justificationIsRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("because");
        const auto row = [](const char* name, const char* text, const char* because) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(because);
        };
        row("empty", "", "justification is empty: say why you need to see this value");
        row("blank", " \t\n  ", "justification is empty");
        row("too short", "need the name", "justification is too short: 13 characters, at least 20 needed");
        row("19 characters", "Need to verify nam.",
            "justification is too short: 19 characters, at least 20 needed");
        row("padded with spaces", "need        the          name",
            "justification is too short: 13 characters");
        row("short Hindi", "नाम चाहिए", "justification is too short");
        row("short Japanese", "確認が必要です", "justification is too short: 7 characters");
        row("accents count once", "Cafe\u0301 cafe\u0301 cafe\u0301 ok",
            "justification is too short: 17 characters");
        row("digits", "12345678901234567890",
            "justification is mostly digits or symbols (0 of 20 characters are letters)");
        row("punctuation", "!!!!!!!!!!!!!!!!!!!!!!!!", "justification is mostly digits or symbols");
        row("ticket number only", "see 1234567-89012-3456/77",
            "justification is mostly digits or symbols (3 of");
        row("held-down key", "aaaaaaaaaaaaaaaaaaaa", "justification repeats \"a\" over and over");
        row("asdfasdf", "asdfasdfasdfasdfasdf", "justification repeats \"asdf\" over and over");
        row("repeated with spaces", "asdf asdf asdf asdf asdf",
            "justification repeats \"asdf\" over and over");
        row("test test test test", "test test test test test",
            "justification repeats \"test\" over and over");
        row("one long word twice", "Verification verification", "justification repeats \"verification\"");
        row("Japanese repeated", "ありがとうありがとうありがとうありがとう",
            "justification repeats \"ありがとう\"");
        row("Hindi repeated", "नामनामनामनामनामनामनामनामनामनाम", "justification repeats \"नाम\"");
        row("qwerty twice", "qwertyuiopqwertyuiop", "justification repeats \"qwertyuiop\"");
        row("same few words", "asdf asdf asdf jkl jkl",
            "justification repeats the same few words (\"asdf\" 3 times)");
        row("one word mostly", "need need need need the name", "justification repeats the same few words");
        row("two letters", "sasa ss asas aa sasas sa", "justification uses only 2 different letters");
        row("two kana", "あいあいいあ いあいあああ いいあいあ ああい",
            "justification uses only 2 different letters");
        row("keyboard rows", "qwertyuiop asdfghjkl zxcvbnm",
            "justification looks like keyboard mashing (\"qwertyuiop\"");
        row("keyboard backwards", "lkjhgfdsa poiuytrewq mnbvc",
            "justification looks like keyboard mashing (\"poiuytrewq\"");
        row("QWERTZ", "qwertz uiop yxcvbnm asdfgh", "justification looks like keyboard mashing (\"yxcvbnm\"");
        row("AZERTY", "azertyuiop qsdfghjklm wxcvbn",
            "justification looks like keyboard mashing (\"azertyuiop\"");
        row("alphabet", "abcdefghijklmnopqrstuvwxyz", "justification looks like keyboard mashing");
        row("keyboard with words", "need asdfghjkl qwertyuiop now",
            "justification looks like keyboard mashing");
        row("no vowels", "xkcdmwfrt zqwvbnxl ok",
            "justification looks like random letters: words such as \"xkcdmwfrt\"");
        row("mash with a few vowels", "jdhfkasjdhfkajsdhf aslkdjfalskdjf",
            "justification looks like random letters: words such as \"jdhfkasjdhfkajsdhf\"");
        row("lorem ipsum", "lorem ipsum dolor sit amet consectetur",
            "justification is placeholder text (\"lorem\")");
        row("testing foo bar", "testing testing foo bar blah",
            "justification is placeholder text (\"testing\")");
        row("placeholder, capitalised", "Test. Dummy text, whatever.",
            "justification is placeholder text (\"test\")");
    }

    void justificationIsRejected()
    {
        QFETCH(QString, text);
        QFETCH(QString, because);
        const Status status = shippedCheck().check(text, {});
        QVERIFY(!status);
        QVERIFY2(status.error().startsWith(because), qPrintable(status.error()));
    }

    void repeatedJustification_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("recent");
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("repeated");
        const QString other = QStringLiteral("Checking whether the phone number is a real one.");
        QTest::newRow("identical, last") << kGood << QStringList { other, kGood } << 5 << true;
        QTest::newRow("different") << kGood << QStringList { other } << 5 << false;
        QTest::newRow("no history") << kGood << QStringList {} << 5 << false;
        QTest::newRow("case, spaces and punctuation")
            << QStringLiteral("  THE rating depends on whether   the name matches the signature  ")
            << QStringList { kGood } << 5 << true;
        QTest::newRow("full-width letters (NFKC)")
            << QStringLiteral(u"Ｎｅｅｄ to verify the name of the caller.")
            << QStringList { QStringLiteral("need to verify the name of the caller") } << 5 << true;
        QTest::newRow("ligature (NFKC)")
            << QStringLiteral(u"Need to verify the \uFB01rst name of the caller.")
            << QStringList { QStringLiteral("need to verify the first name of the caller") } << 5 << true;
        QTest::newRow("5th most recent (edge of window)")
            << kGood
            << QStringList { kGood, other + QLatin1Char('1'), other + QLatin1Char('2'),
                             other + QLatin1Char('3'), other + QLatin1Char('4') }
            << 5 << true;
        QTest::newRow("6th most recent (outside window)") << kGood
                                                          << QStringList { kGood,
                                                                           other + QLatin1Char('1'),
                                                                           other + QLatin1Char('2'),
                                                                           other + QLatin1Char('3'),
                                                                           other + QLatin1Char('4'),
                                                                           other + QLatin1Char('5') }
                                                          << 5 << false;
        QTest::newRow("window 0 never repeats") << kGood << QStringList { kGood } << 0 << false;
        QTest::newRow("an extra word is new")
            << kGood + QStringLiteral(" again") << QStringList { kGood } << 5 << false;
    }

    void repeatedJustification()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, recent);
        QFETCH(int, window);
        QFETCH(bool, repeated);
        const Status status = JustificationCheck(20, window).check(text, recent);
        QCOMPARE(!status, repeated);
        if (repeated) {
            QCOMPARE(status.error(),
                     QStringLiteral("justification repeats one of your last %1 justifications: "
                                    "explain this reveal in its own words")
                         .arg(window));
        }
    }

    // --- PolicyEngine ---------------------------------------------------

    void decide_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("reasonCode");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<int>("forTask");
        QTest::addColumn<int>("today");
        QTest::addColumn<bool>("granted");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("leftTask");
        QTest::addColumn<int>("leftDay");
        const QString reviewer = QStringLiteral("reviewer");
        const QString supervisor = QStringLiteral("supervisor");
        const QString context = QStringLiteral("context_needed");
        const auto row = [&](const char* name, const QString& role, const char* category,
                             const QString& reasonCode, const QString& justification, int forTask, int today,
                             bool granted, const char* reason, int leftTask, int leftDay) {
            QTest::newRow(name) << role << QString::fromLatin1(category) << reasonCode << justification
                                << forTask << today << granted << QString::fromUtf8(reason) << leftTask
                                << leftDay;
        };
        row("first reveal", reviewer, "PERSON", context, kGood, 0, 0, true,
            "Granted: 2 of 3 reveals left for this task, 24 of 25 today", 2, 24);
        row("other reason code", reviewer, "EMAIL", QStringLiteral("other"), kGood, 1, 10, true,
            "Granted: 1 of 3 reveals left for this task, 14 of 25 today", 1, 14);
        row("last of the task quota", reviewer, "PHONE", context, kGood, 2, 2, true,
            "Granted: 0 of 3 reveals left for this task, 22 of 25 today", 0, 22);
        row("exactly at the task quota", reviewer, "PHONE", context, kGood, 3, 3, false,
            "Denied: all 3 reveals for this task are used", 0, 22);
        row("past the task quota", reviewer, "PHONE", context, kGood, 7, 7, false,
            "Denied: all 3 reveals for this task are used", 0, 18);
        row("last of the daily quota", reviewer, "PHONE", context, kGood, 0, 24, true,
            "Granted: 2 of 3 reveals left for this task, 0 of 25 today", 2, 0);
        row("exactly at the daily quota", reviewer, "PHONE", context, kGood, 0, 25, false,
            "Denied: all 25 reveals for today are used", 3, 0);
        row("past the daily quota", reviewer, "PHONE", context, kGood, 1, 40, false,
            "Denied: all 25 reveals for today are used", 2, 0);
        row("both quotas used: task first", reviewer, "PHONE", context, kGood, 3, 25, false,
            "Denied: all 3 reveals for this task are used", 0, 0);
        row("reviewer, credit card", reviewer, "CREDIT_CARD", context, kGood, 0, 0, false,
            "Denied: reviewers may not reveal CREDIT_CARD under this batch's policy", 3, 25);
        row("reviewer, IBAN", reviewer, "IBAN", context, kGood, 0, 0, false,
            "Denied: reviewers may not reveal IBAN under this batch's policy", 3, 25);
        row("reviewer, government id", reviewer, "GOV_ID", context, kGood, 0, 0, false,
            "Denied: reviewers may not reveal GOV_ID under this batch's policy", 3, 25);
        row("supervisor, credit card", supervisor, "CREDIT_CARD", context, kGood, 0, 0, true,
            "Granted: 2 of 3 reveals left for this task, 24 of 25 today", 2, 24);
        row("reviewer, image", reviewer, "IMAGE", context, kGood, 0, 0, false,
            "Denied: reviewers may not reveal images under this batch's policy", 3, 25);
        row("supervisor, image", supervisor, "IMAGE", QStringLiteral("safety_concern"), kGood, 0, 0, true,
            "Granted: 2 of 3 reveals left for this task, 24 of 25 today", 2, 24);
        row("unknown category", supervisor, "SSN", context, kGood, 0, 0, false,
            "Denied: unknown category \"SSN\"", 3, 25);
        row("unknown role", QStringLiteral("admin"), "PERSON", context, kGood, 0, 0, false,
            "Denied: unknown role \"admin\" (expected reviewer or supervisor)", 3, 25);
        row("no role", QString(), "PERSON", context, kGood, 0, 0, false,
            "Denied: unknown role \"\" (expected reviewer or supervisor)", 3, 25);
        row("unknown reason code", reviewer, "PERSON", QStringLiteral("curiosity"), kGood, 0, 0, false,
            "Denied: unknown reason code \"curiosity\": choose one of this batch's reasons", 3, 25);
        row("no reason code", reviewer, "PERSON", QString(), kGood, 0, 0, false,
            "Denied: unknown reason code \"\": choose one of this batch's reasons", 3, 25);
        row("negative count", reviewer, "PERSON", context, kGood, -1, 0, false,
            "Denied: invalid reveal counts (-1 for this task, 0 today)", 3, 25);
        row("empty justification", reviewer, "PERSON", context, QString(), 0, 0, false,
            "Denied: justification is empty: say why you need to see this value", 3, 25);
        row("short justification", reviewer, "PERSON", context, QStringLiteral("because"), 0, 0, false,
            "Denied: justification is too short: 7 characters, at least 20 needed", 3, 25);
        row("mashed justification", reviewer, "PERSON", context, QStringLiteral("asdfasdfasdfasdfasdf"), 0, 0,
            false, "Denied: justification repeats \"asdf\" over and over", 3, 25);
        row("role checked before justification", reviewer, "IBAN", context, QString(), 0, 0, false,
            "Denied: reviewers may not reveal IBAN under this batch's policy", 3, 25);
        row("quota checked before justification", reviewer, "PERSON", context, QString(), 3, 3, false,
            "Denied: all 3 reveals for this task are used", 0, 22);
    }

    void decide()
    {
        QFETCH(QString, role);
        QFETCH(QString, category);
        QFETCH(QString, reasonCode);
        QFETCH(QString, justification);
        QFETCH(int, forTask);
        QFETCH(int, today);
        QFETCH(bool, granted);
        QFETCH(QString, reason);
        QFETCH(int, leftTask);
        QFETCH(int, leftDay);
        const PolicyEngine engine(parsed(shippedPolicy()));
        const RevealDecision decision
            = engine.decide({ role, category, reasonCode, justification, forTask, today, {} });
        QCOMPARE(decision.reason, reason);
        QCOMPARE(decision.granted, granted);
        QCOMPARE(decision.quotaLeftTask, leftTask);
        QCOMPARE(decision.quotaLeftDay, leftDay);
        QCOMPARE(decision.displaySeconds, granted ? 8 : 0);
    }

    void repeatedJustificationIsDenied()
    {
        const PolicyEngine engine(parsed(shippedPolicy()));
        RevealRequest request {
            QStringLiteral("reviewer"), QStringLiteral("PERSON"), QStringLiteral("other"), kGood, 0, 0,
            { kGood.toUpper() }
        };
        const RevealDecision decision = engine.decide(request);
        QVERIFY(!decision.granted);
        QCOMPARE(decision.reason,
                 QStringLiteral("Denied: justification repeats one of your last 5 justifications: "
                                "explain this reveal in its own words"));
    }

    /// The engine keeps no state: counts from before a restart, passed in
    /// again, give the same answer from a freshly parsed policy.
    void quotaHoldsAcrossRestart()
    {
        const RevealRequest request { QStringLiteral("reviewer"),
                                      QStringLiteral("PERSON"),
                                      QStringLiteral("context_needed"),
                                      kGood,
                                      3,
                                      3,
                                      {} };
        const RevealDecision before = PolicyEngine(parsed(shippedPolicy())).decide(request);
        const RevealDecision after = PolicyEngine(parsed(shippedPolicy())).decide(request);
        QVERIFY(!before.granted);
        QCOMPARE(after.granted, before.granted);
        QCOMPARE(after.reason, before.reason);
        QCOMPARE(after.quotaLeftTask, before.quotaLeftTask);
        QCOMPARE(after.quotaLeftDay, before.quotaLeftDay);
    }

    /// A batch's own policy, not the shipped one, sets every limit.
    void batchPolicySetsTheLimits()
    {
        QJsonObject json = with(QStringLiteral("quota_per_task"), 1);
        json.insert(QStringLiteral("min_justification_chars"), 5);
        json.insert(QStringLiteral("display_seconds"), 30);
        json.insert(QStringLiteral("repeat_window"), 0);
        json = [&] {
            QJsonObject roles = json.value(QStringLiteral("roles")).toObject();
            roles.insert(QStringLiteral("supervisor"),
                         QJsonObject { { QStringLiteral("categories"), QJsonArray {} },
                                       { QStringLiteral("images"), false } });
            json.insert(QStringLiteral("roles"), roles);
            return json;
        }();
        const PolicyEngine engine(parsed(json));

        RevealRequest request { QStringLiteral("reviewer"),
                                QStringLiteral("PERSON"),
                                QStringLiteral("other"),
                                QStringLiteral("Fraud check."),
                                0,
                                0,
                                { QStringLiteral("Fraud check.") } };
        RevealDecision decision = engine.decide(request);
        QVERIFY2(decision.granted, qPrintable(decision.reason));
        QCOMPARE(decision.displaySeconds, 30);
        QCOMPARE(decision.reason,
                 QStringLiteral("Granted: 0 of 1 reveals left for this task, 24 of 25 today"));

        request.justification = QStringLiteral("Name");
        QCOMPARE(engine.decide(request).reason,
                 QStringLiteral("Denied: justification is too short: 4 characters, at least 5 needed"));

        request.role = QStringLiteral("supervisor");
        request.justification = QStringLiteral("Fraud check.");
        QCOMPARE(engine.decide(request).reason,
                 QStringLiteral("Denied: supervisors may not reveal PERSON under this batch's policy"));
        request.category = QStringLiteral("IMAGE");
        QCOMPARE(engine.decide(request).reason,
                 QStringLiteral("Denied: supervisors may not reveal images under this batch's policy"));
    }

    void normalisedIgnoresCaseSpacesAndPunctuation()
    {
        QCOMPARE(JustificationCheck::normalised(QStringLiteral("  Need the NAME,please!  ")),
                 QStringLiteral("need the name please"));
        QCOMPARE(JustificationCheck::characterCount(QStringLiteral("  a   b ")), 3);
        QCOMPARE(JustificationCheck::characterCount(QStringLiteral(u"e\u0301")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
