// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/TrustStore.h"

#include "model/crypto/Sodium.h"
#include "model/keys/KeyFile.h"

namespace veil::model {

void TrustStore::addRoot(PublicKey root)
{
    m_roots.append(std::move(root));
}

Result<TrustStore> TrustStore::fromFiles(const QStringList& paths)
{
    TrustStore store;
    for (const QString& path : paths) {
        auto key = KeyFile::readPublic(path);
        if (!key) {
            return fail(key.error());
        }
        if (key.value().role != KeyRole::Root) {
            return fail(QStringLiteral("%1: a trust store holds organisation root keys, this is a %2 key")
                            .arg(path, keyRoleName(key.value().role)));
        }
        store.addRoot(std::move(key).value());
    }
    return store;
}

Status TrustStore::verifyIssuer(const PublicKey& issuer, const QDateTime& now) const
{
    if (issuer.role != KeyRole::Issuer || !issuer.certificate) {
        return fail(
            QStringLiteral("unknown issuer %1: it carries no issuer certificate").arg(issuer.keyId()));
    }
    const IssuerCertificate& certificate = *issuer.certificate;
    for (const PublicKey& root : m_roots) {
        if (root.keyId() != certificate.rootKeyId) {
            continue;
        }
        const QByteArray message = issuer.certificateMessage(certificate.rootKeyId, certificate.expires);
        if (!Sodium::verifyDetached(certificate.signature, message, root.signPublic)) {
            return fail(QStringLiteral("issuer %1 (\"%2\"): its certificate signature is not valid")
                            .arg(issuer.keyId(), issuer.name));
        }
        if (certificate.expires < now) {
            return fail(QStringLiteral("issuer %1 (\"%2\"): its certificate expired on %3")
                            .arg(issuer.keyId(), issuer.name, certificate.expires.toString(Qt::ISODate)));
        }
        return Done {};
    }
    return fail(
        QStringLiteral("unknown issuer %1 (\"%2\"): certified by root %3, which is not in the trust store")
            .arg(issuer.keyId(), issuer.name, certificate.rootKeyId));
}

}  // namespace veil::model
