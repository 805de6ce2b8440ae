// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/KeyFactory.h"

#include "model/crypto/Sodium.h"

#include <sodium.h>

namespace veil::model {

namespace {

SecretKey generateSigning(KeyRole role, const QString& name)
{
    Sodium::initialise();
    SecretKey key;
    key.publicKey.role = role;
    key.publicKey.name = name;
    key.publicKey.created = QDateTime::currentDateTimeUtc();
    key.publicKey.created.setTime(
        key.publicKey.created.time().addMSecs(-key.publicKey.created.time().msec()));
    key.publicKey.signPublic = QByteArray(Sodium::kSignPublicBytes, Qt::Uninitialized);
    key.signSecret = SecretBytes(Sodium::kSignSecretBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.publicKey.signPublic.data()),
                        key.signSecret.data());
    return key;
}

}  // namespace

SecretKey KeyFactory::generateRoot(const QString& name)
{
    return generateSigning(KeyRole::Root, name);
}

Result<SecretKey> KeyFactory::generateIssuer(const QString& name, const SecretKey& root,
                                             const QDateTime& expires)
{
    SecretKey issuer = generateSigning(KeyRole::Issuer, name);
    auto certified = certifyIssuer(issuer.publicKey, root, expires);
    if (!certified) {
        return fail(certified.error());
    }
    return issuer;
}

Status KeyFactory::certifyIssuer(PublicKey& issuer, const SecretKey& root, const QDateTime& expires)
{
    if (root.publicKey.role != KeyRole::Root) {
        return fail(QStringLiteral("only an organisation root key can certify an issuer (got a %1 key)")
                        .arg(keyRoleName(root.publicKey.role)));
    }
    QDateTime until = expires.toUTC();
    until.setTime(until.time().addMSecs(-until.time().msec()));
    const QString rootId = root.publicKey.keyId();
    issuer.certificate = IssuerCertificate {
        rootId, until, Sodium::signDetached(issuer.certificateMessage(rootId, until), root.signSecret)
    };
    return Done {};
}

SecretKey KeyFactory::generateWorkstation(const QString& name)
{
    SecretKey key = generateSigning(KeyRole::Workstation, name);
    key.publicKey.boxPublic = QByteArray(Sodium::kBoxPublicBytes, Qt::Uninitialized);
    key.boxSecret = SecretBytes(Sodium::kBoxSecretBytes);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(key.publicKey.boxPublic.data()),
                       key.boxSecret.data());
    return key;
}

}  // namespace veil::model
