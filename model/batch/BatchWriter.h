// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"
#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"

#include <QSaveFile>

#include <sodium.h>

#include <memory>

namespace veil::model {

/// The sealed original of one span, before encryption.
struct SpanOriginal {
    int spanId = 0;
    QByteArray plaintext;  ///< UTF-8 value, or image bytes
};

/// Writes a .veilbatch (docs/formats.md) in one streaming pass: header,
/// task records, index, trailer; an Ed25519 signature by the issuer over a
/// BLAKE2b-512 hash of every byte before it except the records, which the
/// signed index pins by their BLAKE2b-256 hashes. The file appears only when
/// finish() succeeds (QSaveFile), so a failed build leaves nothing behind.
class BatchWriter {
public:
    BatchWriter();
    ~BatchWriter();
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    /// Creates fresh text and originals keys and seals them to `recipient`.
    Status open(const QString& path, BatchHeader header, const PublicKey& recipient);
    /// Appends one task; `originals` must name every span of `task`.
    Status addTask(const MaskedTask& task, const QList<SpanOriginal>& originals);
    Status finish(const SecretKey& issuer);
    void cancel();

    [[nodiscard]] const BatchHeader& header() const { return m_header; }

private:
    enum class Signing { Direct, ThroughIndex };
    Status write(const QByteArray& bytes, Signing signing = Signing::Direct);

    BatchHeader m_header;
    QSaveFile m_file;
    std::unique_ptr<crypto_generichash_state> m_hash;
    SecretBytes m_textKey;
    SecretBytes m_originalsKey;
    QByteArray m_index;  ///< index entries so far (without magic and count)
    quint64 m_offset = 0;
    quint32 m_tasks = 0;
};

}  // namespace veil::model
