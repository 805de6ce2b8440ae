// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/SignedDocument.h"

#include "model/crypto/Sodium.h"

#include <QJsonDocument>

namespace veil::model {

QByteArray SignedDocument::canonical(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray SignedDocument::wrap(const QByteArray& body, const QByteArray& signature)
{
    QJsonObject file;
    file.insert(QStringLiteral("body"), QString::fromUtf8(body));
    file.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<SignedDocument> SignedDocument::open(const QByteArray& bytes, const QString& source,
                                            const char* format, int version, const QString& what,
                                            qsizetype maxBytes)
{
    const auto damaged = [&](const QString& why) {
        return fail(QStringLiteral("%1: not a valid %2: %3").arg(source, what, why));
    };
    if (bytes.size() > maxBytes) {
        return damaged(QStringLiteral("larger than %1 bytes").arg(maxBytes));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(
            QStringLiteral("malformed JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    }
    SignedDocument result;
    result.body = document.object().value(QStringLiteral("body")).toString().toUtf8();
    const auto signature = QByteArray::fromBase64Encoding(
        document.object().value(QStringLiteral("signature")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (signature.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || signature.decoded.size() != Sodium::kSignatureBytes) {
        return damaged(QStringLiteral("the signature is missing or not 64-byte base64"));
    }
    result.signature = signature.decoded;
    const QJsonDocument inner = QJsonDocument::fromJson(result.body, &error);
    if (error.error != QJsonParseError::NoError || !inner.isObject()) {
        return damaged(QStringLiteral("the signed body is not a JSON object"));
    }
    result.fields = inner.object();
    if (result.fields.value(QStringLiteral("format")).toString() != QLatin1String(format)) {
        return damaged(QStringLiteral("format is not \"%1\"").arg(QLatin1String(format)));
    }
    const int found = result.fields.value(QStringLiteral("version")).toInt(-1);
    if (found != version) {
        return damaged(QStringLiteral("version %1 is not supported (this Veil reads version %2; update Veil)")
                           .arg(found)
                           .arg(version));
    }
    if (canonical(result.fields) != result.body) {
        return damaged(QStringLiteral("the signed body is not in canonical form"));
    }
    return result;
}

}  // namespace veil::model
