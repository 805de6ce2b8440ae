// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/RawConversation.h"

#include "model/core/CodePoints.h"

#include "redact/Category.h"
#include "redact/text/Utf8.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::model {

namespace {

constexpr qint64 kMaxAttachmentBytes = 32 * 1024 * 1024;
const QStringList kImageTypes
    = { QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
        QStringLiteral("image/webp"), QStringLiteral("image/bmp") };

bool isUtcTimestamp(const QString& text)
{
    if (!text.endsWith(QLatin1Char('Z')) || text.size() > 30) {
        return false;
    }
    return QDateTime::fromString(text, Qt::ISODate).isValid()
        || QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

}  // namespace

Result<RawConversation> RawConversation::parse(QByteArrayView line, const QDir& baseDir)
{
    if (const auto bad
        = redact::findInvalidUtf8(std::string_view(line.data(), static_cast<std::size_t>(line.size())))) {
        return fail(QStringLiteral("not valid UTF-8 (byte %1)").arg(bad->byteOffset));
    }
    QJsonParseError error {};
    QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(
            QStringLiteral("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    // A string starting with U+FEFF keeps it (CodePoints.h); the first parse
    // above gives errors their byte offsets in the line as written.
    if (line.size() > 3 && line.sliced(1).indexOf(QByteArrayView("\xEF\xBB\xBF", 3)) >= 0) {
        document = jsonKeepingFeff(line, &error);
        if (error.error != QJsonParseError::NoError) {
            return fail(QStringLiteral("not valid JSON: %1").arg(error.errorString()));
        }
    }
    if (!document.isObject()) {
        return fail(QStringLiteral("expected a JSON object"));
    }
    const QJsonObject object = document.object();
    RawConversation conversation;
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        return fail(QStringLiteral("\"id\" must be a non-empty string"));
    }
    conversation.id = id.toString();
    const QJsonValue messages = object.value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty()) {
        return fail(QStringLiteral("\"messages\" must be a non-empty array"));
    }
    int index = 0;
    for (const QJsonValue& value : messages.toArray()) {
        const QJsonObject json = value.toObject();
        Message message;
        message.role = json.value(QStringLiteral("role")).toString();
        if (message.role != QLatin1String("user") && message.role != QLatin1String("assistant")) {
            return fail(QStringLiteral("messages[%1].role must be \"user\" or \"assistant\"").arg(index));
        }
        if (!json.value(QStringLiteral("text")).isString()) {
            return fail(QStringLiteral("messages[%1].text must be a string").arg(index));
        }
        message.text = json.value(QStringLiteral("text")).toString();
        message.time = json.value(QStringLiteral("time")).toString();
        // The time is shown to the reviewer as is, so it must be a time and
        // nothing else (never free text that could carry personal data).
        if (!message.time.isEmpty() && !isUtcTimestamp(message.time)) {
            return fail(QStringLiteral("messages[%1].time must be an ISO 8601 UTC time such as "
                                       "2026-11-20T09:14:00Z")
                            .arg(index));
        }
        conversation.messages.append(message);
        ++index;
    }

    index = 0;
    for (const QJsonValue& value : object.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject json = value.toObject();
        Attachment attachment;
        attachment.message = json.value(QStringLiteral("message")).toInt(-1);
        attachment.mime = json.value(QStringLiteral("mime")).toString();
        if (!attachment.mime.isEmpty() && !kImageTypes.contains(attachment.mime)) {
            return fail(QStringLiteral("attachments[%1].mime must be one of %2")
                            .arg(index)
                            .arg(kImageTypes.join(QStringLiteral(", "))));
        }
        if (attachment.message < 0 || attachment.message >= conversation.messages.size()) {
            return fail(QStringLiteral("attachments[%1].message is not the index of a message").arg(index));
        }
        if (json.contains(QStringLiteral("data_base64"))) {
            const auto decoded = QByteArray::fromBase64Encoding(
                json.value(QStringLiteral("data_base64")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
                return fail(QStringLiteral("attachments[%1].data_base64 is not valid base64").arg(index));
            }
            if (decoded.decoded.size() > kMaxAttachmentBytes) {
                return fail(QStringLiteral("attachments[%1] is larger than 32 MiB").arg(index));
            }
            attachment.bytes = decoded.decoded;
        } else if (json.contains(QStringLiteral("path"))) {
            const QString given = json.value(QStringLiteral("path")).toString();
            const QString path = QDir::cleanPath(baseDir.absoluteFilePath(given));
            // Only regular files beside the input: no /etc/…, no ../, no
            // devices or FIFOs that would never end.
            const QString base = QDir::cleanPath(baseDir.absolutePath()) + QLatin1Char('/');
            const QFileInfo info(path);
            if (QDir::isAbsolutePath(given) || !path.startsWith(base) || !info.isFile() || info.isSymLink()) {
                return fail(
                    QStringLiteral("attachments[%1].path must name a regular file in the input's folder "
                                   "(got \"%2\")")
                        .arg(index)
                        .arg(given));
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(QStringLiteral("attachments[%1]: cannot read %2: %3")
                                .arg(index)
                                .arg(path, file.errorString()));
            }
            attachment.bytes = file.read(kMaxAttachmentBytes + 1);
            if (attachment.bytes.size() > kMaxAttachmentBytes) {
                return fail(QStringLiteral("attachments[%1]: %2 is larger than 32 MiB").arg(index).arg(path));
            }
        } else {
            return fail(QStringLiteral("attachments[%1] needs \"data_base64\" or \"path\"").arg(index));
        }
        conversation.attachments.append(attachment);
        ++index;
    }

    index = 0;
    for (const QJsonValue& value : object.value(QStringLiteral("spans")).toArray()) {
        const QJsonObject json = value.toObject();
        UpstreamSpan span;
        span.message = json.value(QStringLiteral("message")).toInt(-1);
        span.start = json.value(QStringLiteral("start")).toInteger(-1);
        span.end = json.value(QStringLiteral("end")).toInteger(-1);
        span.category = json.value(QStringLiteral("category")).toString();
        if (span.message < 0 || span.message >= conversation.messages.size()) {
            return fail(QStringLiteral("spans[%1].message is not the index of a message").arg(index));
        }
        const auto length = static_cast<qsizetype>(conversation.messages[span.message].text.toUcs4().size());
        if (span.start < 0 || span.end <= span.start || span.end > length) {
            return fail(QStringLiteral("spans[%1] [%2, %3) is outside message %4 (%5 code points)")
                            .arg(index)
                            .arg(span.start)
                            .arg(span.end)
                            .arg(span.message)
                            .arg(length));
        }
        const std::string category = span.category.toStdString();
        if (!redact::categoryFromName(category) || span.category == QLatin1String("IMAGE")) {
            return fail(QStringLiteral("spans[%1].category \"%2\" is not a known category")
                            .arg(index)
                            .arg(span.category));
        }
        conversation.spans.append(span);
        ++index;
    }
    return conversation;
}

}  // namespace veil::model
