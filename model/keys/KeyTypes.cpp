// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/KeyTypes.h"

#include "model/crypto/Sodium.h"

namespace veil::model {

QString keyRoleName(KeyRole role)
{
    switch (role) {
    case KeyRole::Root:
        return QStringLiteral("root");
    case KeyRole::Issuer:
        return QStringLiteral("issuer");
    case KeyRole::Workstation:
        return QStringLiteral("workstation");
    }
    return {};
}

std::optional<KeyRole> keyRoleFromName(const QString& name)
{
    for (KeyRole role : { KeyRole::Root, KeyRole::Issuer, KeyRole::Workstation }) {
        if (keyRoleName(role) == name) {
            return role;
        }
    }
    return std::nullopt;
}

QString PublicKey::keyIdOf(QByteArrayView signPublic)
{
    return QString::fromLatin1(Sodium::hash(signPublic, 32).left(8).toHex());
}

QString PublicKey::keyId() const
{
    return keyIdOf(signPublic);
}

QByteArray PublicKey::certificateMessage(const QString& rootKeyId, const QDateTime& expires) const
{
    // Fixed field order, one per line, so the signed bytes are unambiguous.
    QByteArray message("veil-issuer-certificate-v1\n");
    message += "root: " + rootKeyId.toLatin1() + '\n';
    message += "issuer: " + keyId().toLatin1() + '\n';
    message += "name: " + name.toUtf8() + '\n';
    message += "sign-public: " + signPublic.toBase64() + '\n';
    message += "expires: " + expires.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    return message;
}

KdfLimits KdfLimits::moderate()
{
    return { Sodium::pwhashOpsModerate(), Sodium::pwhashMemModerate() };
}

}  // namespace veil::model
