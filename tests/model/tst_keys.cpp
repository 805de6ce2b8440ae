// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/crypto/Sodium.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"
#include "model/keys/TrustStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

/// Cheap Argon2id limits: these tests are about the format, not the cost.
KdfLimits testLimits()
{
    return { 1, 8U << 20U };
}

SecretBytes passphrase(const char* text)
{
    return SecretBytes::copyOf(QByteArray(text));
}

}  // namespace

class TestKeys : public QObject {
    Q_OBJECT

private slots:
    void secretKeyRoundTripsWithPassphrase_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("root") << static_cast<int>(KeyRole::Root);
        QTest::newRow("issuer") << static_cast<int>(KeyRole::Issuer);
        QTest::newRow("workstation") << static_cast<int>(KeyRole::Workstation);
    }

    void secretKeyRoundTripsWithPassphrase()
    {
        QFETCH(int, role);
        const SecretKey root = KeyFactory::generateRoot(QStringLiteral("Acme root"));
        SecretKey key;
        switch (static_cast<KeyRole>(role)) {
        case KeyRole::Root:
            key = KeyFactory::generateRoot(QStringLiteral("Acme root"));
            break;
        case KeyRole::Issuer:
            key = std::move(KeyFactory::generateIssuer(QStringLiteral("Acme issuer"), root,
                                                       QDateTime::currentDateTimeUtc().addDays(30)))
                      .value();
            break;
        case KeyRole::Workstation:
            key = KeyFactory::generateWorkstation(QStringLiteral("Laptop 7 — Zoë"));
            break;
        }
        auto encoded = KeyFile::encodeSecret(key, passphrase("hunter2 hunter2"), testLimits());
        QVERIFY(encoded);
        auto decoded
            = KeyFile::decodeSecret(encoded.value(), passphrase("hunter2 hunter2"), QStringLiteral("k.key"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(decoded.value().publicKey.keyId(), key.publicKey.keyId());
        QCOMPARE(decoded.value().publicKey.name, key.publicKey.name);
        QVERIFY(decoded.value().signSecret.equals(key.signSecret));
        QVERIFY(decoded.value().boxSecret.equals(key.boxSecret));
        // The secret never appears in the file in the clear.
        QVERIFY(!encoded.value().contains(
            QByteArray(reinterpret_cast<const char*>(key.signSecret.data()), 64).toBase64()));

        const QByteArray pub = KeyFile::encodePublic(key.publicKey);
        auto publicKey = KeyFile::decodePublic(pub, QStringLiteral("k.pub"));
        QVERIFY2(publicKey, qPrintable(publicKey.error()));
        QCOMPARE(publicKey.value().keyId(), key.publicKey.keyId());
        QCOMPARE(publicKey.value().boxPublic, key.publicKey.boxPublic);
        QCOMPARE(publicKey.value().certificate.has_value(), key.publicKey.role == KeyRole::Issuer);
    }

    void wrongPassphraseIsToldApartFromDamage()
    {
        const SecretKey key = KeyFactory::generateWorkstation(QStringLiteral("ws"));
        const QByteArray encoded = KeyFile::encodeSecret(key, passphrase("right one"), testLimits()).value();
        auto wrong = KeyFile::decodeSecret(encoded, passphrase("wrong one"), QStringLiteral("ws.key"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(), QStringLiteral("ws.key: wrong passphrase"));

        QByteArray damaged = encoded;
        damaged[damaged.indexOf("name: ") + 6] = 'X';
        auto altered = KeyFile::decodeSecret(damaged, passphrase("right one"), QStringLiteral("ws.key"));
        QVERIFY(!altered);
        QVERIFY2(altered.error().contains(QLatin1String("checksum mismatch")), qPrintable(altered.error()));
    }

    void everyAlteredByteIsRefused()
    {
        const SecretKey key = KeyFactory::generateWorkstation(QStringLiteral("ws"));
        const QByteArray encoded = KeyFile::encodeSecret(key, passphrase("pw pw pw"), testLimits()).value();
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            QByteArray copy = encoded;
            copy[i] = static_cast<char>(copy[i] ^ 0x01);
            auto decoded = KeyFile::decodeSecret(copy, passphrase("pw pw pw"), QStringLiteral("ws.key"));
            QVERIFY2(!decoded, qPrintable(QStringLiteral("flipped byte %1 accepted").arg(i)));
            QVERIFY(decoded.error().startsWith(QLatin1String("ws.key: ")));
        }
        for (qsizetype cut = 0; cut < encoded.size(); cut += 3) {
            QVERIFY(
                !KeyFile::decodeSecret(encoded.left(cut), passphrase("pw pw pw"), QStringLiteral("ws.key")));
        }
    }

    void fieldsRewrittenWithValidChecksumAreRefused()
    {
        // An attacker who recomputes the (unkeyed) checksum still cannot swap
        // the public key: the secret's associated data covers every field.
        const SecretKey key = KeyFactory::generateWorkstation(QStringLiteral("ws"));
        const SecretKey other = KeyFactory::generateWorkstation(QStringLiteral("ws"));
        QByteArray encoded = KeyFile::encodeSecret(key, passphrase("pw pw pw"), testLimits()).value();
        QByteArray body = encoded.left(encoded.indexOf("checksum: "));
        body.replace(key.publicKey.boxPublic.toBase64(), other.publicKey.boxPublic.toBase64());
        const QByteArray forged = body + "checksum: " + Sodium::hash(body, 16).toBase64() + '\n';
        auto decoded = KeyFile::decodeSecret(forged, passphrase("pw pw pw"), QStringLiteral("ws.key"));
        QVERIFY(!decoded);
        QCOMPARE(decoded.error(), QStringLiteral("ws.key: wrong passphrase"));
    }

    void malformedFilesGiveSpecificMessages_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "does not start with";
        QTest::newRow("other format") << QByteArray("untrusted comment: minisign\n") << "does not start with";
        QTest::newRow("no checksum") << QByteArray("VEIL KEY FILE v1\nkind: root-public\n")
                                     << "checksum line is missing";
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\x10", 3) << "does not start with";
    }

    void malformedFilesGiveSpecificMessages()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto decoded = KeyFile::decodePublic(text, QStringLiteral("x.pub"));
        QVERIFY(!decoded);
        QVERIFY2(decoded.error().startsWith(QLatin1String("x.pub: ")), qPrintable(decoded.error()));
        QVERIFY2(decoded.error().contains(expected), qPrintable(decoded.error()));
    }

    void secretFileIsPrivateAndPublicFileRefusedAsSecret()
    {
        QTemporaryDir dir;
        const SecretKey key = KeyFactory::generateRoot(QStringLiteral("root"));
        const QString keyPath = dir.filePath(QStringLiteral("root.key"));
        QVERIFY(KeyFile::write(
            keyPath, KeyFile::encodeSecret(key, passphrase("pw pw pw"), testLimits()).value(), true));
        QCOMPARE(QFile(keyPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QString pubPath = dir.filePath(QStringLiteral("root.pub"));
        QVERIFY(KeyFile::write(pubPath, KeyFile::encodePublic(key.publicKey), false));
        auto asSecret = KeyFile::readSecret(pubPath, passphrase("pw pw pw"));
        QVERIFY(!asSecret);
        QVERIFY2(asSecret.error().contains(QLatin1String("public key file")), qPrintable(asSecret.error()));
        auto asPublic = KeyFile::readPublic(keyPath);
        QVERIFY(!asPublic);
        QVERIFY2(asPublic.error().contains(QLatin1String("secret key file")), qPrintable(asPublic.error()));
        auto missing = KeyFile::readPublic(dir.filePath(QStringLiteral("nope.pub")));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QLatin1String("cannot open")));
    }

    void trustStoreChecksTheCertificateChain()
    {
        const SecretKey root = KeyFactory::generateRoot(QStringLiteral("root"));
        const SecretKey otherRoot = KeyFactory::generateRoot(QStringLiteral("rogue"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TrustStore store;
        store.addRoot(root.publicKey);

        auto issuer = KeyFactory::generateIssuer(QStringLiteral("issuer"), root, now.addDays(10));
        QVERIFY(store.verifyIssuer(issuer.value().publicKey, now));

        auto expired = store.verifyIssuer(issuer.value().publicKey, now.addDays(11));
        QVERIFY(!expired);
        QVERIFY2(expired.error().contains(QLatin1String("expired")), qPrintable(expired.error()));

        auto foreign = KeyFactory::generateIssuer(QStringLiteral("foreign"), otherRoot, now.addDays(10));
        auto unknown = store.verifyIssuer(foreign.value().publicKey, now);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QLatin1String("not in the trust store")),
                 qPrintable(unknown.error()));

        PublicKey renamed = issuer.value().publicKey;
        renamed.name = QStringLiteral("someone else");
        auto forged = store.verifyIssuer(renamed, now);
        QVERIFY(!forged);
        QVERIFY2(forged.error().contains(QLatin1String("signature is not valid")),
                 qPrintable(forged.error()));

        QVERIFY(!KeyFactory::generateIssuer(
            QStringLiteral("x"), KeyFactory::generateWorkstation(QStringLiteral("ws")), now.addDays(1)));
    }
};

QTEST_GUILESS_MAIN(TestKeys)
#include "tst_keys.moc"
