// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/keys/KeyTypes.h"

#include <QByteArray>
#include <QList>

/// Test helper that knows the .veilbatch layout (docs/formats.md) well enough
/// to find each region and to play an insider holding the issuer key:
/// rewrite a record, then fix the index hashes and re-sign.
struct BatchLayout {
    qsizetype headerStart = 0;
    qsizetype headerEnd = 0;
    QList<QPair<qsizetype, qsizetype>> records;  // [start, end)
    qsizetype indexStart = 0;
    qsizetype indexEnd = 0;  // == offset field start
    qsizetype signatureStart = 0;
    qsizetype endMagicStart = 0;
};

BatchLayout layoutOf(const QByteArray& file);
/// Recomputes every index hash and the issuer signature.
QByteArray resign(QByteArray file, const veil::model::SecretKey& issuer);
/// Replaces the header JSON (fixing every offset) and re-signs with `signer`.
QByteArray replaceHeader(const QByteArray& file, const QByteArray& header,
                         const veil::model::SecretKey& signer);
/// Swaps the sealed bytes of originals `a` and `b` (by position) in record `record`, keeping their span ids.
QByteArray swapOriginals(const QByteArray& file, int record, int a, int b);
