// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/crypto/SecretBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace veil::model {

/// Who a key belongs to (docs/formats.md, "Keys and trust").
enum class KeyRole { Root, Issuer, Workstation };

QString keyRoleName(KeyRole role);  // "root", "issuer", "workstation"
std::optional<KeyRole> keyRoleFromName(const QString& name);

/// The organisation root's statement that an issuer may build batches until
/// `expires`. Signed over IssuerCertificate::signedMessage().
struct IssuerCertificate {
    QString rootKeyId;
    QDateTime expires;
    QByteArray signature;
};

/// A public key as kept in a `.pub` file: Ed25519 for signatures, plus X25519
/// for sealing to a workstation. Carries the issuer's certificate if any.
struct PublicKey {
    KeyRole role = KeyRole::Root;
    QString name;
    QDateTime created;
    QByteArray signPublic;  ///< 32 bytes
    QByteArray boxPublic;  ///< 32 bytes, workstation keys only
    std::optional<IssuerCertificate> certificate;

    /// 16 hex digits: the first 8 bytes of BLAKE2b-256 of the signing key.
    [[nodiscard]] QString keyId() const;
    static QString keyIdOf(QByteArrayView signPublic);
    /// The exact bytes the root signs to certify this issuer key.
    [[nodiscard]] QByteArray certificateMessage(const QString& rootKeyId, const QDateTime& expires) const;
};

/// A key pair with its secret halves in locked memory.
struct SecretKey {
    PublicKey publicKey;
    SecretBytes signSecret;  ///< Ed25519, 64 bytes
    SecretBytes boxSecret;  ///< X25519, 32 bytes, workstation keys only
};

/// Argon2id cost parameters stored in each secret key file.
struct KdfLimits {
    quint64 opsLimit = 0;
    quint64 memLimit = 0;
    static KdfLimits moderate();
};

}  // namespace veil::model
