// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchFormat.h"

#include "model/core/CodePoints.h"

#include "model/crypto/Sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtEndian>

#include <sodium.h>

namespace veil::model::batchformat {

void appendU16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendU32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendU64(QByteArray& out, quint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

quint16 readU16(const char* data)
{
    return qFromLittleEndian<quint16>(data);
}
quint32 readU32(const char* data)
{
    return qFromLittleEndian<quint32>(data);
}
quint64 readU64(const char* data)
{
    return qFromLittleEndian<quint64>(data);
}

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject issuerToJson(const PublicKey& issuer)
{
    QJsonObject json {
        { QStringLiteral("key_id"), issuer.keyId() },
        { QStringLiteral("name"), issuer.name },
        { QStringLiteral("created"), isoTime(issuer.created) },
        { QStringLiteral("sign_public"), QString::fromLatin1(issuer.signPublic.toBase64()) },
    };
    if (issuer.certificate) {
        json.insert(QStringLiteral("certificate"),
                    QJsonObject {
                        { QStringLiteral("root"), issuer.certificate->rootKeyId },
                        { QStringLiteral("expires"), isoTime(issuer.certificate->expires) },
                        { QStringLiteral("signature"),
                          QString::fromLatin1(issuer.certificate->signature.toBase64()) },
                    });
    }
    return json;
}

QByteArray base64Field(const QJsonObject& object, const char* name, qsizetype expectedSize, bool* ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        object.value(QLatin1String(name)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok
        || (expectedSize >= 0 && decoded.decoded.size() != expectedSize)) {
        *ok = false;
    }
    return decoded.decoded;
}

QDateTime timeField(const QJsonObject& object, const char* name, bool* ok)
{
    // UTC only: a time without 'Z' would be read in each reader's own zone.
    const QString text = object.value(QLatin1String(name)).toString();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || !text.endsWith(QLatin1Char('Z'))) {
        *ok = false;
    }
    return time.toUTC();
}

}  // namespace

QByteArray encodeHeader(const BatchHeader& header)
{
    // QJsonDocument writes object keys sorted, so the same header always gives
    // the same bytes; the signature covers these bytes as written.
    const QJsonObject json {
        { QStringLiteral("format"), QStringLiteral("veilbatch") },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("batch_id"), header.batchId },
        { QStringLiteral("created"), isoTime(header.created) },
        { QStringLiteral("expires"), isoTime(header.expires) },
        { QStringLiteral("issuer"), issuerToJson(header.issuer) },
        { QStringLiteral("recipient_key_id"), header.recipientKeyId },
        { QStringLiteral("policy"), header.policy },
        { QStringLiteral("rubric"), header.rubric },
        { QStringLiteral("sealed_text_key"), QString::fromLatin1(header.sealedTextKey.toBase64()) },
        { QStringLiteral("sealed_originals_key"), QString::fromLatin1(header.sealedOriginalsKey.toBase64()) },
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<BatchHeader> decodeHeader(QByteArrayView json, const QString& source)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("%1: corrupt header: not a JSON object (%2 at byte %3)")
                        .arg(source, error.errorString())
                        .arg(error.offset));
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("veilbatch")) {
        return fail(QStringLiteral("%1: corrupt header: format is not \"veilbatch\"").arg(source));
    }
    BatchHeader header;
    bool ok = true;
    header.batchId = object.value(QStringLiteral("batch_id")).toString();
    header.created = timeField(object, "created", &ok);
    header.expires = timeField(object, "expires", &ok);
    header.recipientKeyId = object.value(QStringLiteral("recipient_key_id")).toString();
    header.policy = object.value(QStringLiteral("policy")).toObject();
    header.rubric = object.value(QStringLiteral("rubric")).toObject();
    header.sealedTextKey
        = base64Field(object, "sealed_text_key", Sodium::kAeadKeyBytes + Sodium::kSealOverheadBytes, &ok);
    header.sealedOriginalsKey = base64Field(object, "sealed_originals_key",
                                            Sodium::kAeadKeyBytes + Sodium::kSealOverheadBytes, &ok);

    const QJsonObject issuer = object.value(QStringLiteral("issuer")).toObject();
    header.issuer.role = KeyRole::Issuer;
    header.issuer.name = issuer.value(QStringLiteral("name")).toString();
    header.issuer.created = timeField(issuer, "created", &ok);
    header.issuer.signPublic = base64Field(issuer, "sign_public", Sodium::kSignPublicBytes, &ok);
    const QJsonObject certificate = issuer.value(QStringLiteral("certificate")).toObject();
    if (!certificate.isEmpty()) {
        IssuerCertificate parsed;
        parsed.rootKeyId = certificate.value(QStringLiteral("root")).toString();
        parsed.expires = timeField(certificate, "expires", &ok);
        parsed.signature = base64Field(certificate, "signature", Sodium::kSignatureBytes, &ok);
        header.issuer.certificate = parsed;
    }
    if (!ok || header.batchId.isEmpty() || header.recipientKeyId.isEmpty()) {
        return fail(
            QStringLiteral("%1: corrupt header: a required field is missing or malformed").arg(source));
    }
    if (header.issuer.keyId() != issuer.value(QStringLiteral("key_id")).toString()) {
        return fail(QStringLiteral("%1: corrupt header: issuer key id does not match its key").arg(source));
    }
    return header;
}

QByteArray encodeMaskedTask(const MaskedTask& task)
{
    QJsonArray messages;
    for (const MaskedMessage& message : task.messages) {
        QJsonArray spans;
        for (const MaskedSpan& span : message.spans) {
            spans.append(QJsonObject {
                { QStringLiteral("span"), span.spanId },
                { QStringLiteral("start"), span.start },
                { QStringLiteral("end"), span.end },
                { QStringLiteral("category"), span.category },
                { QStringLiteral("label"), span.label },
                { QStringLiteral("rule"), span.rule },
                { QStringLiteral("confidence"), span.confidence },
            });
        }
        QJsonObject json {
            { QStringLiteral("role"), message.role },
            { QStringLiteral("text"), message.text },
            { QStringLiteral("spans"), spans },
        };
        if (!message.time.isEmpty()) {
            json.insert(QStringLiteral("time"), message.time);
        }
        messages.append(json);
    }
    QJsonArray images;
    for (const MaskedImage& image : task.images) {
        images.append(QJsonObject {
            { QStringLiteral("span"), image.spanId },
            { QStringLiteral("message"), image.message },
            { QStringLiteral("mime"), image.mime },
            { QStringLiteral("width"), image.width },
            { QStringLiteral("height"), image.height },
            { QStringLiteral("preview_png"), QString::fromLatin1(image.previewPng.toBase64()) },
        });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("id"), task.id },
                                       { QStringLiteral("messages"), messages },
                                       { QStringLiteral("images"), images } })
        .toJson(QJsonDocument::Compact);
}

Result<MaskedTask> decodeMaskedTask(QByteArrayView bytes)
{
    // A message starting with U+FEFF keeps it (CodePoints.h).
    QJsonParseError error {};
    const QJsonDocument document = jsonKeepingFeff(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("masked conversation is not a JSON object"));
    }
    const QJsonObject object = document.object();
    MaskedTask task;
    QSet<int> spanIds;
    task.id = object.value(QStringLiteral("id")).toString();
    for (const QJsonValue& value : object.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject json = value.toObject();
        MaskedMessage message;
        message.role = json.value(QStringLiteral("role")).toString();
        message.time = json.value(QStringLiteral("time")).toString();
        message.text = json.value(QStringLiteral("text")).toString();
        const auto codePoints = static_cast<qsizetype>(message.text.toUcs4().size());
        for (const QJsonValue& spanValue : json.value(QStringLiteral("spans")).toArray()) {
            const QJsonObject s = spanValue.toObject();
            MaskedSpan span;
            span.spanId = s.value(QStringLiteral("span")).toInt(-1);
            span.start = s.value(QStringLiteral("start")).toInteger(-1);
            span.end = s.value(QStringLiteral("end")).toInteger(-1);
            span.category = s.value(QStringLiteral("category")).toString();
            span.label = s.value(QStringLiteral("label")).toString();
            span.rule = s.value(QStringLiteral("rule")).toString();
            span.confidence = s.value(QStringLiteral("confidence")).toDouble();
            if (span.spanId < 0 || span.start < 0 || span.end < span.start || span.end > codePoints) {
                return fail(QStringLiteral("masked conversation has a span outside its message"));
            }
            if (!message.spans.isEmpty() && span.start < message.spans.last().end) {
                return fail(QStringLiteral("masked conversation has overlapping or unsorted spans"));
            }
            if (spanIds.contains(span.spanId)) {
                return fail(QStringLiteral("masked conversation uses span id %1 twice").arg(span.spanId));
            }
            spanIds.insert(span.spanId);
            message.spans.append(span);
        }
        task.messages.append(message);
    }
    for (const QJsonValue& value : object.value(QStringLiteral("images")).toArray()) {
        const QJsonObject json = value.toObject();
        MaskedImage image;
        image.spanId = json.value(QStringLiteral("span")).toInt(-1);
        image.message = json.value(QStringLiteral("message")).toInt(-1);
        image.mime = json.value(QStringLiteral("mime")).toString();
        image.width = json.value(QStringLiteral("width")).toInt();
        image.height = json.value(QStringLiteral("height")).toInt();
        image.previewPng
            = QByteArray::fromBase64(json.value(QStringLiteral("preview_png")).toString().toLatin1());
        if (image.spanId < 0 || spanIds.contains(image.spanId) || image.message < 0
            || image.message >= task.messages.size()) {
            return fail(QStringLiteral("masked conversation has an image with a bad span id or message"));
        }
        spanIds.insert(image.spanId);
        task.images.append(image);
    }
    if (task.id.isEmpty()) {
        return fail(QStringLiteral("masked conversation has no id"));
    }
    return task;
}

QByteArray textAssociatedData(const QString& batchId, const QString& issuerKeyId, quint32 taskIndex)
{
    QByteArray ad("veilbatch/v1/text");
    ad += '\0';
    ad += batchId.toUtf8();
    ad += '\0';
    ad += issuerKeyId.toLatin1();
    ad += '\0';
    ad += QByteArray::number(taskIndex);
    return ad;
}

QByteArray originalAssociatedData(const QString& batchId, const QString& issuerKeyId, const QString& taskId,
                                  int spanId)
{
    QByteArray ad("veilbatch/v1/original");
    ad += '\0';
    ad += batchId.toUtf8();
    ad += '\0';
    ad += issuerKeyId.toLatin1();
    ad += '\0';
    ad += taskId.toUtf8();
    ad += '\0';
    ad += QByteArray::number(spanId);
    return ad;
}

void deriveSpanKeyInto(const SecretBytes& originalsKey, const QString& batchId, const QString& taskId,
                       int spanId, unsigned char* out)
{
    QByteArray place("veilbatch/v1/span-key");
    place += '\0';
    place += batchId.toUtf8();
    place += '\0';
    place += taskId.toUtf8();
    place += '\0';
    place += QByteArray::number(spanId);
    crypto_generichash(out, Sodium::kAeadKeyBytes, reinterpret_cast<const unsigned char*>(place.constData()),
                       static_cast<unsigned long long>(place.size()), originalsKey.data(),
                       originalsKey.size());
}

SecretBytes deriveSpanKey(const SecretBytes& originalsKey, const QString& batchId, const QString& taskId,
                          int spanId)
{
    SecretBytes key(Sodium::kAeadKeyBytes);
    deriveSpanKeyInto(originalsKey, batchId, taskId, spanId, key.data());
    return key;
}

}  // namespace veil::model::batchformat
