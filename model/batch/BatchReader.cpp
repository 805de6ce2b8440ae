// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchReader.h"

#include "model/batch/BatchFormat.h"
#include "model/crypto/Sodium.h"

#include <QMutexLocker>

#include <sodium.h>

namespace veil::model {

using namespace batchformat;

QString batchRefusalName(BatchRefusal refusal)
{
    switch (refusal) {
    case BatchRefusal::None:
        return QStringLiteral("none");
    case BatchRefusal::Unreadable:
        return QStringLiteral("unreadable");
    case BatchRefusal::NotABatch:
        return QStringLiteral("not a batch");
    case BatchRefusal::UnsupportedVersion:
        return QStringLiteral("unsupported version");
    case BatchRefusal::Truncated:
        return QStringLiteral("truncated");
    case BatchRefusal::CorruptHeader:
        return QStringLiteral("corrupt header");
    case BatchRefusal::CorruptIndex:
        return QStringLiteral("corrupt index");
    case BatchRefusal::CorruptRecord:
        return QStringLiteral("corrupt record");
    case BatchRefusal::BadSignature:
        return QStringLiteral("bad signature");
    case BatchRefusal::UnknownIssuer:
        return QStringLiteral("unknown issuer");
    case BatchRefusal::Expired:
        return QStringLiteral("expired");
    case BatchRefusal::NotForThisWorkstation:
        return QStringLiteral("not for this workstation");
    }
    return {};
}

namespace {

BatchOpenResult refuse(BatchRefusal why, const QString& path, const QString& message, int record = -1)
{
    BatchOpenResult result;
    result.refusal = why;
    result.message = QStringLiteral("%1: %2").arg(path, message);
    result.record = record;
    return result;
}

bool readExactly(QFile& file, quint64 offset, qsizetype size, QByteArray& out)
{
    out.resize(size);
    return file.seek(static_cast<qint64>(offset)) && file.read(out.data(), size) == size;
}

}  // namespace

BatchReader::~BatchReader() = default;

BatchOpenResult BatchReader::open(const QString& path, const Options& options)
{
    Sodium::initialise();
    std::unique_ptr<BatchReader> reader(new BatchReader);
    QFile& file = reader->m_file;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(BatchRefusal::Unreadable, path,
                      QStringLiteral("cannot open: %1").arg(file.errorString()));
    }
    const auto size = static_cast<quint64>(file.size());

    // 1. Structure: preamble, header, trailer, index.
    QByteArray preamble;
    if (size < 8 || !readExactly(file, 0, 8, preamble)) {
        return refuse(BatchRefusal::NotABatch, path, QStringLiteral("not a Veil batch (file too short)"));
    }
    if (preamble != QByteArray(kMagic, sizeof kMagic)) {
        return refuse(BatchRefusal::NotABatch, path, QStringLiteral("not a Veil batch (wrong magic bytes)"));
    }
    if (size < static_cast<quint64>(kPreambleBytes) || !readExactly(file, 0, kPreambleBytes, preamble)) {
        return refuse(BatchRefusal::Truncated, path,
                      QStringLiteral("truncated: the file ends inside its preamble"));
    }
    const quint16 version = readU16(preamble.constData() + 8);
    if (version != kVersion) {
        return refuse(
            BatchRefusal::UnsupportedVersion, path,
            QStringLiteral("unsupported format version %1 (this Veil reads version %2; update Veil)")
                .arg(version)
                .arg(kVersion));
    }
    if (readU16(preamble.constData() + 10) != 0) {
        // Reserved for future versions: a flag this Veil does not know may
        // change the meaning of what follows.
        return refuse(BatchRefusal::UnsupportedVersion, path,
                      QStringLiteral("unsupported format flags %1 (this Veil knows none; update Veil)")
                          .arg(readU16(preamble.constData() + 10)));
    }
    const quint32 headerLength = readU32(preamble.constData() + 12);
    const quint64 minimum
        = static_cast<quint64>(kPreambleBytes) + headerLength + kIndexHeadBytes + kTrailerBytes;
    if (headerLength == 0 || headerLength > kMaxHeaderBytes) {
        return refuse(BatchRefusal::CorruptHeader, path,
                      QStringLiteral("corrupt header: impossible header length"));
    }
    QByteArray trailer;
    if (size < minimum
        || !readExactly(file, size - static_cast<quint64>(kTrailerBytes), kTrailerBytes, trailer)
        || trailer.right(8) != QByteArray(kEndMagic, sizeof kEndMagic)) {
        return refuse(BatchRefusal::Truncated, path,
                      QStringLiteral("truncated: the end marker is missing (incomplete download or copy?)"));
    }
    QByteArray headerJson;
    if (!readExactly(file, kPreambleBytes, headerLength, headerJson)) {
        return refuse(BatchRefusal::Truncated, path, QStringLiteral("truncated inside the header"));
    }
    auto header = decodeHeader(headerJson, path);
    if (!header) {
        return refuse(BatchRefusal::CorruptHeader, path, header.error().section(QStringLiteral(": "), 1));
    }
    reader->m_header = std::move(header).value();

    const quint64 recordsStart = static_cast<quint64>(kPreambleBytes) + headerLength;
    const quint64 indexOffset = readU64(trailer.constData());
    const quint64 indexEnd = size - static_cast<quint64>(kTrailerBytes);
    // Read the 12-byte index head first and check the announced size before
    // reading the entries, so a hostile offset cannot make us allocate the file.
    QByteArray indexHead;
    if (indexOffset < recordsStart || indexOffset > indexEnd - kIndexHeadBytes
        || !readExactly(file, indexOffset, kIndexHeadBytes, indexHead)
        || !indexHead.startsWith(QByteArray(kIndexMagic, sizeof kIndexMagic))) {
        return refuse(BatchRefusal::CorruptIndex, path,
                      QStringLiteral("corrupt index: it is not where the trailer says"));
    }
    const quint32 count = readU32(indexHead.constData() + 8);
    if (indexEnd - indexOffset
        != static_cast<quint64>(kIndexHeadBytes) + static_cast<quint64>(count) * kIndexEntryBytes) {
        return refuse(BatchRefusal::CorruptIndex, path,
                      QStringLiteral("corrupt index: %1 entries announced, size does not match").arg(count));
    }
    QByteArray indexBytes;
    if (!readExactly(file, indexOffset, static_cast<qsizetype>(indexEnd - indexOffset), indexBytes)) {
        return refuse(BatchRefusal::Unreadable, path,
                      QStringLiteral("read error: %1").arg(file.errorString()));
    }
    quint64 expectedOffset = recordsStart;
    for (quint32 i = 0; i < count; ++i) {
        const char* entry
            = indexBytes.constData() + kIndexHeadBytes + static_cast<qsizetype>(i) * kIndexEntryBytes;
        IndexEntry parsed { readU64(entry), readU32(entry + 8), QByteArray(entry + 12, 32) };
        if (parsed.offset != expectedOffset || parsed.length == 0 || parsed.length > kMaxRecordBytes
            || parsed.offset + parsed.length > indexOffset) {
            return refuse(BatchRefusal::CorruptIndex, path,
                          QStringLiteral("corrupt index: entry %1 points outside the records").arg(i));
        }
        expectedOffset += parsed.length;
        reader->m_index.append(parsed);
    }
    if (expectedOffset != indexOffset) {
        return refuse(BatchRefusal::CorruptIndex, path,
                      QStringLiteral("corrupt index: records and index disagree"));
    }
    reader->m_header.taskCount = static_cast<int>(count);

    // 2. The issuer's signature over BLAKE2b-512 of preamble, header, index
    //    and index offset; the index pins every record by its hash, so a
    //    signature failure means the header or index was altered, and a
    //    record hash mismatch names the damaged record.
    {
        crypto_generichash_state state;
        crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
        const auto absorb = [&state](const QByteArray& bytes) {
            crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                      static_cast<unsigned long long>(bytes.size()));
        };
        absorb(preamble);
        absorb(headerJson);
        absorb(indexBytes);
        absorb(trailer.left(8));
        QByteArray digest(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
        crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(digest.data()),
                                 static_cast<std::size_t>(digest.size()));
        if (!Sodium::verifyDetached(trailer.mid(8, 64), digest, reader->m_header.issuer.signPublic)) {
            return refuse(
                BatchRefusal::BadSignature, path,
                QStringLiteral("bad signature: the header or index was altered after the issuer signed it"));
        }
    }

    // 3. Trust, expiry, recipient.
    auto trusted = options.trust.verifyIssuer(reader->m_header.issuer, options.now);
    if (!trusted) {
        return refuse(BatchRefusal::UnknownIssuer, path, trusted.error());
    }
    if (reader->m_header.expires < options.now) {
        return refuse(BatchRefusal::Expired, path,
                      QStringLiteral("expired on %1").arg(reader->m_header.expires.toString(Qt::ISODate)));
    }
    if (options.workstation != nullptr) {
        const PublicKey& ws = options.workstation->publicKey;
        if (ws.keyId() != reader->m_header.recipientKeyId) {
            return refuse(BatchRefusal::NotForThisWorkstation, path,
                          QStringLiteral("not for this workstation: made for workstation %1, this is %2")
                              .arg(reader->m_header.recipientKeyId, ws.keyId()));
        }
        auto textKey = Sodium::openSealed(reader->m_header.sealedTextKey, ws.boxPublic,
                                          options.workstation->boxSecret);
        auto originalsKey = Sodium::openSealed(reader->m_header.sealedOriginalsKey, ws.boxPublic,
                                               options.workstation->boxSecret);
        if (!textKey || !originalsKey || textKey->size() != Sodium::kAeadKeyBytes
            || originalsKey->size() != Sodium::kAeadKeyBytes) {
            return refuse(
                BatchRefusal::NotForThisWorkstation, path,
                QStringLiteral("not for this workstation: its content key does not open with this key"));
        }
        reader->m_textKey = std::move(*textKey);
        reader->m_originalsKey = std::move(*originalsKey);
    }
    // Every record against its signed hash, streamed so memory stays flat.
    QByteArray record;
    for (int i = 0; i < reader->m_index.size(); ++i) {
        const IndexEntry& entry = reader->m_index[i];
        if (!readExactly(file, entry.offset, entry.length, record)) {
            return refuse(BatchRefusal::Unreadable, path,
                          QStringLiteral("read error: %1").arg(file.errorString()));
        }
        if (!Sodium::equalConstantTime(Sodium::hash(record, 32), entry.hash)) {
            return refuse(
                BatchRefusal::CorruptRecord, path,
                QStringLiteral("corrupt record %1 (task %2): its contents do not match the signed index")
                    .arg(i)
                    .arg(i + 1),
                i);
        }
    }
    record.clear();

    BatchOpenResult result;
    result.reader = std::move(reader);
    return result;
}

Result<BatchReader::Record> BatchReader::readRecord(int index) const
{
    if (index < 0 || index >= m_index.size()) {
        return fail(QStringLiteral("%1: there is no task %2 (the batch has %3)")
                        .arg(path())
                        .arg(index + 1)
                        .arg(m_index.size()));
    }
    const IndexEntry& entry = m_index[index];
    QByteArray bytes;
    {
        QMutexLocker lock(&m_mutex);
        if (!readExactly(m_file, entry.offset, entry.length, bytes)) {
            return fail(QStringLiteral("%1: read error in record %2: %3")
                            .arg(path())
                            .arg(index)
                            .arg(m_file.errorString()));
        }
    }
    const auto corrupt = [this, index](const QString& why) {
        return fail(QStringLiteral("%1: corrupt record %2: %3").arg(path()).arg(index).arg(why));
    };
    // The file may have changed since open(); the index hash catches it.
    if (!Sodium::equalConstantTime(Sodium::hash(bytes, 32), entry.hash)) {
        return corrupt(QStringLiteral("contents do not match the index"));
    }
    const char* data = bytes.constData();
    const auto size = static_cast<quint64>(bytes.size());
    quint64 at = 0;
    const auto need = [&](quint64 n) { return at + n <= size; };
    if (!need(9) || static_cast<quint8>(data[0]) != kTaskRecord
        || readU32(data + 1) != static_cast<quint32>(index)) {
        return corrupt(QStringLiteral("not task record %1").arg(index));
    }
    at = 5;
    Record record;
    const quint32 textLength = readU32(data + at);
    at += 4;
    if (!need(textLength)) {
        return corrupt(QStringLiteral("text runs past the record"));
    }
    record.sealedText = bytes.mid(static_cast<qsizetype>(at), textLength);
    at += textLength;
    if (!need(4)) {
        return corrupt(QStringLiteral("missing originals count"));
    }
    const quint32 originals = readU32(data + at);
    at += 4;
    for (quint32 i = 0; i < originals; ++i) {
        if (!need(8)) {
            return corrupt(QStringLiteral("original %1 is cut short").arg(i));
        }
        const auto spanId = static_cast<int>(readU32(data + at));
        const quint32 length = readU32(data + at + 4);
        at += 8;
        if (!need(length) || spanId < 0) {
            return corrupt(QStringLiteral("original %1 runs past the record").arg(i));
        }
        record.sealedOriginals.append({ spanId, bytes.mid(static_cast<qsizetype>(at), length) });
        at += length;
    }
    if (at != size) {
        return corrupt(QStringLiteral("trailing bytes after the last original"));
    }
    return record;
}

Result<MaskedTask> BatchReader::task(int index) const
{
    if (!canDecrypt()) {
        return fail(QStringLiteral("%1: a workstation key is needed to read tasks").arg(path()));
    }
    auto record = readRecord(index);
    if (!record) {
        return fail(record.error());
    }
    auto json = Sodium::aeadOpen(
        record.value().sealedText,
        textAssociatedData(m_header.batchId, m_header.issuer.keyId(), static_cast<quint32>(index)),
        m_textKey);
    if (!json) {
        return fail(
            QStringLiteral("%1: corrupt record %2: the masked text does not decrypt").arg(path()).arg(index));
    }
    auto task = decodeMaskedTask(*json);
    if (!task) {
        return fail(QStringLiteral("%1: corrupt record %2: %3").arg(path()).arg(index).arg(task.error()));
    }
    return task;
}

Result<SecretBytes> BatchReader::openOriginal(int taskIndex, int spanId) const
{
    auto masked = task(taskIndex);
    if (!masked) {
        return fail(masked.error());
    }
    auto record = readRecord(taskIndex);
    if (!record) {
        return fail(record.error());
    }
    for (const auto& [id, sealed] : record.value().sealedOriginals) {
        if (id != spanId) {
            continue;
        }
        const QString& taskId = masked.value().id;
        const SecretBytes key = deriveSpanKey(m_originalsKey, m_header.batchId, taskId, spanId);
        auto plain = Sodium::aeadOpenSecret(
            sealed, originalAssociatedData(m_header.batchId, m_header.issuer.keyId(), taskId, spanId), key);
        if (!plain) {
            return fail(QStringLiteral("%1: corrupt record %2: span %3 does not decrypt")
                            .arg(path())
                            .arg(taskIndex)
                            .arg(spanId));
        }
        return std::move(*plain);
    }
    return fail(QStringLiteral("%1: task %2 has no span %3").arg(path()).arg(taskIndex + 1).arg(spanId));
}

}  // namespace veil::model
