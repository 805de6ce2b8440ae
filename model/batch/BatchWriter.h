// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"
#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"

#include <QSaveFile>

#include <sodium.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace veil::model {

/// The sealed original of one span, before encryption.
struct SpanOriginal {
    int spanId = 0;
    QByteArray plaintext;  ///< UTF-8 value, or image bytes
};

/// A task already encoded by ConversationMasker::maskInto: the canonical
/// masked conversation JSON and views of the originals to seal, which must
/// stay valid until BatchWriter::addEncodedTask returns. Reused from task to
/// task so the builder's loop allocates nothing once warm.
struct EncodedTask {
    struct Original {
        int spanId = 0;
        std::string_view plaintext;  ///< UTF-8 value
    };
    std::string id;  ///< UTF-8
    std::string maskedJson;
    std::vector<Original> originals;
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
    /// Appends one task encoded by ConversationMasker::maskInto, which names
    /// every span exactly once by construction.
    Status addEncodedTask(const EncodedTask& task);
    Status finish(const SecretKey& issuer);
    void cancel();

    [[nodiscard]] const BatchHeader& header() const { return m_header; }

private:
    Status write(const QByteArray& bytes);
    Status appendRecord(std::string_view taskId, std::string_view maskedJson,
                        const std::vector<EncodedTask::Original>& originals);
    Status flushRecords();
    const unsigned char* nextNonce();
    void forgetKeys();

    BatchHeader m_header;
    QSaveFile m_file;
    std::unique_ptr<crypto_generichash_state> m_hash;
    /// The span key hash in locked memory: 0 keyed with the originals key and
    /// fed the place up to the task id, 1 per task, 2 per span (secret).
    static constexpr std::size_t kKeyStates = 3;
    crypto_generichash_state* keyState(std::size_t which);
    SecretBytes m_keyStates;
    SecretBytes m_textKey;
    SecretBytes m_originalsKey;
    QByteArray m_index;  ///< index entries so far (without magic and count)
    /// Records not yet written to m_file (grown without zero-filling: every
    /// byte is written before it is flushed).
    std::unique_ptr<char[]> m_records;
    std::size_t m_recordsSize = 0;
    std::size_t m_recordsCapacity = 0;
    std::string m_scratch;  ///< associated data and span key places
    std::string m_textPrefix;  ///< associated data of masked texts, up to the task number
    std::string m_originalPrefix;  ///< associated data of originals, up to the task id
    std::vector<unsigned char> m_nonces;  ///< random nonces fetched in bulk
    std::size_t m_nextNonce = 0;
    quint64 m_offset = 0;
    quint32 m_tasks = 0;
};

}  // namespace veil::model
