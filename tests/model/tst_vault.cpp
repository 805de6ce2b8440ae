// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/vault/PassphraseStrength.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArray(text));
}
const char kGood[] = "violet canoe drizzle 89 harbour";

}  // namespace

class TestVault : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    int m_count = 0;

    Vault::Options options()
    {
        Vault::Options o;
        o.kdf = { 1, 8U << 20U };  // cheap: these tests are about behaviour, not cost
        o.clock = [this] { return m_now; };
        return o;
    }
    QString freshPath() { return m_dir.filePath(QStringLiteral("vault-%1.db").arg(m_count++)); }

    static void rawExec(const QString& path, const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void weakPassphrasesAreRefusedWithAdvice_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("password") << QByteArray("password") << false;
        QTest::newRow("l33t") << QByteArray("P@ssw0rd123!") << false;
        QTest::newRow("keyboard") << QByteArray("qwertyuiop") << false;
        QTest::newRow("short sentence") << QByteArray("s3cret passphrase") << false;
        QTest::newRow("four words") << QByteArray("correct horse battery staple") << true;
        QTest::newRow("words and digits") << QByteArray(kGood) << true;
    }

    void weakPassphrasesAreRefusedWithAdvice()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(bool, acceptable);
        const auto strength = PassphraseStrength::estimate(SecretBytes::copyOf(passphrase));
        QCOMPARE(strength.acceptable, acceptable);
        if (!acceptable) {
            auto vault = Vault::create(freshPath(), SecretBytes::copyOf(passphrase), options());
            QVERIFY(!vault);
            QVERIFY2(vault.error().contains(QLatin1String("too easy to guess")), qPrintable(vault.error()));
        }
    }

    void secretsRoundTripAndLockWipes()
    {
        const QString path = freshPath();
        {
            auto vault = Vault::create(path, secret(kGood), options());
            QVERIFY2(vault, qPrintable(vault.error()));
            QVERIFY(vault.value()->isUnlocked());
            QVERIFY(vault.value()->putSecret(QStringLiteral("draft/demo-001"),
                                             "Rated 4; the user Priya Sharma +44 7700 900123"));
            vault.value()->lock();
            QVERIFY(!vault.value()->isUnlocked());
            auto locked = vault.value()->getSecret(QStringLiteral("draft/demo-001"));
            QVERIFY(!locked);
            QCOMPARE(locked.error(), QStringLiteral("the vault is locked"));
        }
        QByteArray onDisk;
        for (const QString& file :
             QDir(m_dir.path()).entryList({ QFileInfo(path).fileName() + QLatin1Char('*') })) {
            QFile f(m_dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            onDisk += f.readAll();
        }
        QVERIFY(!onDisk.contains("Priya"));
        QVERIFY(!onDisk.contains("900123"));

        auto vault = Vault::open(path, options());
        QVERIFY2(vault, qPrintable(vault.error()));
        QVERIFY(!vault.value()->isUnlocked());
        QVERIFY(vault.value()->unlock(secret(kGood)));
        auto value = vault.value()->getSecret(QStringLiteral("draft/demo-001"));
        QVERIFY2(value, qPrintable(value.error()));
        QVERIFY(value.value().view().toByteArray().contains("Priya"));
        QVERIFY(!vault.value()->getSecret(QStringLiteral("nothing")));
    }

    void wrongPassphraseGetsAGrowingDelayThatSurvivesRestart()
    {
        const QString path = freshPath();
        QVERIFY(Vault::create(path, secret(kGood), options()));
        {
            auto vault = Vault::open(path, options()).value();
            auto wrong = vault->unlock(secret("not it at all, sorry"));
            QVERIFY(!wrong);
            QVERIFY2(wrong.error().startsWith(QLatin1String("wrong passphrase; try again in 1 seconds")),
                     qPrintable(wrong.error()));
            auto tooSoon = vault->unlock(secret(kGood));
            QVERIFY(!tooSoon);
            QVERIFY2(tooSoon.error().contains(QLatin1String("too many wrong passphrases")),
                     qPrintable(tooSoon.error()));
            m_now = m_now.addSecs(1);
            QVERIFY(!vault->unlock(secret("second wrong guess")));
            QCOMPARE(vault->secondsUntilNextAttempt(), qint64 { 2 });
            m_now = m_now.addSecs(2);
            QVERIFY(!vault->unlock(secret("third wrong guess")));
            QCOMPARE(vault->secondsUntilNextAttempt(), qint64 { 4 });
        }
        auto reopened = Vault::open(path, options()).value();
        QCOMPARE(reopened->secondsUntilNextAttempt(), qint64 { 4 });
        QVERIFY(!reopened->unlock(secret(kGood)));
        m_now = m_now.addSecs(4);
        QVERIFY(reopened->unlock(secret(kGood)));
        QCOMPARE(reopened->secondsUntilNextAttempt(), qint64 { 0 });
    }

    void changingThePassphraseRewrapsOnly()
    {
        const QString path = freshPath();
        auto vault = Vault::create(path, secret(kGood), options()).value();
        QVERIFY(vault->putSecret(QStringLiteral("k"), "value"));
        auto subkeyBefore = vault->subkey(QStringLiteral("audit-storage")).value().view().toByteArray();
        QVERIFY(!vault->changePassphrase(secret(kGood), secret("password1")));
        QVERIFY(vault->changePassphrase(secret(kGood), secret("amber lantern quietly 42 orchard")));
        vault->lock();
        QVERIFY(!vault->unlock(secret(kGood)));
        m_now = m_now.addSecs(5);
        QVERIFY(vault->unlock(secret("amber lantern quietly 42 orchard")));
        QCOMPARE(vault->getSecret(QStringLiteral("k")).value().view().toByteArray(), QByteArray("value"));
        QCOMPARE(vault->subkey(QStringLiteral("audit-storage")).value().view().toByteArray(), subkeyBefore);
        QVERIFY(vault->subkey(QStringLiteral("other")).value().view().toByteArray() != subkeyBefore);
    }

    void valuesAreBoundToTheirRow()
    {
        const QString path = freshPath();
        {
            auto vault = Vault::create(path, secret(kGood), options()).value();
            QVERIFY(vault->putSecret(QStringLiteral("a"), "alpha"));
            QVERIFY(vault->putSecret(QStringLiteral("b"), "beta"));
        }
        rawExec(path,
                QStringLiteral("UPDATE secrets SET sealed = (SELECT sealed FROM secrets WHERE name = 'a') "
                               "WHERE name = 'b'"));
        auto vault = Vault::open(path, options()).value();
        QVERIFY(vault->unlock(secret(kGood)));
        auto moved = vault->getSecret(QStringLiteral("b"));
        QVERIFY(!moved);
        QVERIFY2(moved.error().contains(QLatin1String("moved from another row")), qPrintable(moved.error()));
        QVERIFY(vault->getSecret(QStringLiteral("a")));
    }

    void olderSchemasAreMigrated()
    {
        const QString path = freshPath();
        {
            auto vault = Vault::create(path, secret(kGood), options()).value();
            QVERIFY(vault->putSecret(QStringLiteral("kept"), QByteArrayLiteral("value")));
        }
        // What a schema-1 vault looked like: no records table.
        rawExec(path, QStringLiteral("DROP TABLE records"));
        rawExec(path, QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"));
        auto vault = Vault::open(path, options());
        QVERIFY2(vault, qPrintable(vault.error()));
        QVERIFY(vault.value()->unlock(secret(kGood)));
        QCOMPARE(vault.value()->getSecret(QStringLiteral("kept")).value().view(), QByteArrayView("value"));
        QVERIFY(vault.value()->putRecord(QStringLiteral("draft"), QStringLiteral("b/t"), "answers"));
        QCOMPARE(*vault.value()->getRecord(QStringLiteral("draft"), QStringLiteral("b/t")).value(),
                 QByteArray("answers"));
        QVERIFY(
            !vault.value()->getRecord(QStringLiteral("draft"), QStringLiteral("b/u")).value().has_value());
        QCOMPARE(vault.value()->recordKeys(QStringLiteral("draft"), QStringLiteral("b/")).value(),
                 QStringList { QStringLiteral("b/t") });
        // A record moved to another row does not open.
        rawExec(path, QStringLiteral("UPDATE records SET key = 'b/u'"));
        QVERIFY(!vault.value()->getRecord(QStringLiteral("draft"), QStringLiteral("b/u")));
        QCOMPARE(vault.value()->deleteRecords(QStringLiteral("draft"), QStringLiteral("b/")).value(), 1);
    }

    void newerOrForeignFilesAreRefused()
    {
        const QString path = freshPath();
        QVERIFY(Vault::create(path, secret(kGood), options()));
        QVERIFY(!Vault::create(path, secret(kGood), options()));
        rawExec(path,
                QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                    .arg(Vault::kSchemaVersion + 1));
        auto newer = Vault::open(path, options());
        QVERIFY(!newer);
        QVERIFY2(newer.error().contains(QLatin1String("newer Veil")), qPrintable(newer.error()));

        const QString foreign = m_dir.filePath(QStringLiteral("foreign.db"));
        rawExec(foreign, QStringLiteral("CREATE TABLE t (x)"));
        auto notVault = Vault::open(foreign, options());
        QVERIFY(!notVault);
        QVERIFY2(notVault.error().contains(QLatin1String("not a Veil vault")), qPrintable(notVault.error()));
        QVERIFY(!Vault::open(m_dir.filePath(QStringLiteral("missing.db")), options()));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
