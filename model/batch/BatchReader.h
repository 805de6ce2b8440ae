// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"
#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"
#include "model/keys/TrustStore.h"

#include <QFile>
#include <QMutex>

#include <memory>

namespace veil::model {

/// Why a batch was refused; each has a distinct message naming the file.
enum class BatchRefusal {
    None,
    Unreadable,  ///< cannot open or read the file
    NotABatch,  ///< wrong magic
    UnsupportedVersion,  ///< a newer (or unknown) format version
    Truncated,  ///< shorter than its structure says
    CorruptHeader,
    CorruptIndex,
    CorruptRecord,  ///< a task record does not match its index hash
    BadSignature,
    UnknownIssuer,  ///< issuer not certified by a trusted root (or certificate invalid/expired)
    Expired,
    NotForThisWorkstation,
};

class BatchReader;

struct BatchOpenResult {
    std::unique_ptr<BatchReader> reader;
    BatchRefusal refusal = BatchRefusal::None;
    QString message;  ///< "<file>: <what is wrong>"
    int record = -1;  ///< for CorruptRecord: the 0-based record number
    explicit operator bool() const { return reader != nullptr; }
};

/// Opens a .veilbatch (docs/formats.md) and gives random access to its tasks.
/// open() checks, in order: structure, issuer signature over the whole file,
/// the issuer's certificate against the trust store, expiry, and (when a
/// workstation key is given) that the batch was made for that workstation.
/// Only the header and index stay in memory; tasks are read on demand.
/// Thread-safe.
class BatchReader {
public:
    struct Options {
        TrustStore trust;
        const SecretKey* workstation = nullptr;  ///< needed to read tasks; not owned
        QDateTime now = QDateTime::currentDateTimeUtc();
    };

    static BatchOpenResult open(const QString& path, const Options& options);
    ~BatchReader();

    [[nodiscard]] const BatchHeader& header() const { return m_header; }
    [[nodiscard]] int taskCount() const { return m_header.taskCount; }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] bool canDecrypt() const { return !m_textKey.isEmpty(); }

    /// The masked task at `index` (0-based). Never contains an original.
    [[nodiscard]] Result<MaskedTask> task(int index) const;
    /// Decrypts one original with the originals key. Callers outside
    /// model/reveal must not use this: reveals go through the audited service.
    [[nodiscard]] Result<SecretBytes> openOriginal(int taskIndex, int spanId) const;

private:
    struct IndexEntry {
        quint64 offset = 0;
        quint32 length = 0;
        QByteArray hash;
    };
    struct Record {
        QByteArray sealedText;
        QList<QPair<int, QByteArray>> sealedOriginals;
    };

    BatchReader() = default;
    Result<Record> readRecord(int index) const;

    mutable QMutex m_mutex;
    mutable QFile m_file;
    BatchHeader m_header;
    QList<IndexEntry> m_index;
    SecretBytes m_textKey;
    SecretBytes m_originalsKey;
};

QString batchRefusalName(BatchRefusal refusal);

}  // namespace veil::model
