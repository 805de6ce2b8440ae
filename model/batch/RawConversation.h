// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QDir>
#include <QList>
#include <QString>

namespace veil::model {

/// One line of `veilctl batch build`'s input (docs/formats.md, "Raw
/// conversations"). Holds personal data in the clear: it exists only while a
/// batch is being built, never on a reviewer's workstation.
struct RawConversation {
    struct Message {
        QString role;
        QString text;
        QString time;
    };
    struct Attachment {
        int message = 0;
        QString mime;
        QByteArray bytes;
    };
    /// A span an upstream scrubber already marked; code point offsets.
    struct UpstreamSpan {
        int message = 0;
        qsizetype start = 0;
        qsizetype end = 0;
        QString category;
    };

    QString id;
    QList<Message> messages;
    QList<Attachment> attachments;
    QList<UpstreamSpan> spans;

    /// Parses one JSONL line. Attachment paths are relative to `baseDir`.
    /// Errors say what is wrong ("messages[2].role must be user or assistant").
    static Result<RawConversation> parse(QByteArrayView line, const QDir& baseDir);
};

}  // namespace veil::model
