// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace veil::model {

/// The small signed JSON files of docs/formats.md ("Signed documents"):
/// `{"body": "<compact JSON with sorted keys, as a string>", "signature":
/// "<base64 Ed25519>"}`. The signed bytes are kept verbatim, so a reader
/// never re-canonicalises JSON to check a signature.
struct SignedDocument {
    QByteArray body;  ///< the signed bytes
    QJsonObject fields;  ///< body, parsed
    QByteArray signature;

    /// Compact JSON with sorted keys: the one canonical form.
    static QByteArray canonical(const QJsonObject& object);
    static QByteArray wrap(const QByteArray& body, const QByteArray& signature);
    /// Parses and checks the envelope: JSON, a 64-byte signature, a canonical
    /// body whose "format" is `format` and "version" is `version`. Messages
    /// read "<source>: not a valid <what>: <why>".
    static Result<SignedDocument> open(const QByteArray& bytes, const QString& source, const char* format,
                                       int version, const QString& what, qsizetype maxBytes);
};

}  // namespace veil::model
