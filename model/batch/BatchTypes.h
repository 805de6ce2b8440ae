// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/keys/KeyTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace veil::model {

/// A masked piece of a message. Offsets are Unicode code point indices into
/// MaskedMessage::text (end exclusive), where the original has been replaced
/// by the placeholder `[<label>]` (docs/formats.md, "Masked conversation").
struct MaskedSpan {
    int spanId = 0;  ///< unique within the task; names the sealed original
    qsizetype start = 0;
    qsizetype end = 0;
    QString category;  ///< DESIGN.md category name, e.g. "PHONE"
    QString label;  ///< stable placeholder within the task, e.g. "PHONE 1"
    QString rule;  ///< detector rule that fired, or "upstream"
    double confidence = 0;  ///< 0..1; 1 for upstream spans
};

struct MaskedMessage {
    QString role;  ///< "user" or "assistant"
    QString time;  ///< as given in the raw input, may be empty
    QString text;  ///< masked text: no original value appears in it
    QList<MaskedSpan> spans;
};

/// An image attachment: only a coarse pixelated preview is readable; the
/// original bytes are sealed like any other span.
struct MaskedImage {
    int spanId = 0;
    int message = 0;  ///< index of the message it belongs to
    QString mime;
    QByteArray previewPng;
    int width = 0;  ///< original image size
    int height = 0;
};

/// One task of a batch, as the reviewer may see it without any reveal.
struct MaskedTask {
    QString id;
    QList<MaskedMessage> messages;
    QList<MaskedImage> images;

    /// Masked text spans plus images.
    [[nodiscard]] int spanCount() const
    {
        qsizetype count = images.size();
        for (const MaskedMessage& message : messages) {
            count += message.spans.size();
        }
        return static_cast<int>(count);
    }
};

/// The signed header of a batch (docs/formats.md, ".veilbatch header").
struct BatchHeader {
    QString batchId;
    QDateTime created;
    QDateTime expires;
    PublicKey issuer;
    QString recipientKeyId;
    QJsonObject policy;
    QJsonObject rubric;
    int taskCount = 0;  ///< from the index, not part of the header JSON
    QByteArray sealedTextKey;  ///< crypto_box_seal to the recipient
    QByteArray sealedOriginalsKey;  ///< crypto_box_seal to the recipient, separate on purpose
};

}  // namespace veil::model
