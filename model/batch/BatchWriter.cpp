// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchWriter.h"

#include "model/batch/BatchFormat.h"
#include "model/crypto/Sodium.h"

#include <QSet>
#include <QtEndian>

#include <charconv>
#include <cstdint>
#include <cstring>

namespace veil::model {

using namespace batchformat;

BatchWriter::BatchWriter()
    : m_hash(std::make_unique<crypto_generichash_state>())
{ }

BatchWriter::~BatchWriter()
{
    cancel();
}

namespace {

/// Records are written to the file in pieces of about this size.
constexpr std::size_t kFlushBytes = std::size_t { 1 } << 20;
/// Nonces made per refill (48 KiB): a ChaCha20 stream under a fresh 32-byte
/// seed from the OS CSPRNG. Nonces only have to be unique under their key and
/// unpredictable; this gives both at a fraction of the cost of reading every
/// byte from the OS (libsodium's randombytes_buf asks getrandom() for 256
/// bytes per system call).
constexpr std::size_t kNoncesPerFetch = 2048;

void appendLittleEndian(char* out, quint32 value)
{
    qToLittleEndian(value, out);
}

void appendDecimal(std::string& out, quint64 value)
{
    char digits[24];
    out.append(digits, std::to_chars(digits, digits + sizeof digits, value).ptr);
}

std::string_view viewOf(const QByteArray& bytes)
{
    return { bytes.constData(), static_cast<std::size_t>(bytes.size()) };
}

}  // namespace

Status BatchWriter::write(const QByteArray& bytes)
{
    // Everything written directly is signed; records go through flushRecords()
    // and are signed through their index hashes.
    if (m_file.write(bytes) != bytes.size()) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    crypto_generichash_update(m_hash.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
    m_offset += static_cast<quint64>(bytes.size());
    return Done {};
}

Status BatchWriter::flushRecords()
{
    if (m_recordsSize == 0) {
        return Done {};
    }
    const auto size = static_cast<qint64>(m_recordsSize);
    if (m_file.write(m_records.get(), size) != size) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    m_recordsSize = 0;
    return Done {};
}

const unsigned char* BatchWriter::nextNonce()
{
    if (m_nextNonce == m_nonces.size()) {
        m_nonces.resize(kNoncesPerFetch * Sodium::kAeadNonceBytes);
        unsigned char seed[randombytes_SEEDBYTES];
        randombytes_buf(seed, sizeof seed);
        randombytes_buf_deterministic(m_nonces.data(), m_nonces.size(), seed);
        sodium_memzero(seed, sizeof seed);
        m_nextNonce = 0;
    }
    const unsigned char* nonce = m_nonces.data() + m_nextNonce;
    m_nextNonce += Sodium::kAeadNonceBytes;
    return nonce;
}

Status BatchWriter::open(const QString& path, BatchHeader header, const PublicKey& recipient)
{
    Sodium::initialise();
    if (recipient.role != KeyRole::Workstation || recipient.boxPublic.size() != Sodium::kBoxPublicBytes) {
        return fail(QStringLiteral("the recipient must be a workstation public key (got a %1 key)")
                        .arg(keyRoleName(recipient.role)));
    }
    m_header = std::move(header);
    m_textKey = SecretBytes::random(Sodium::kAeadKeyBytes);
    m_originalsKey = SecretBytes::random(Sodium::kAeadKeyBytes);
    // The keyed span key hash states are as secret as the originals key:
    // locked memory, room to align them.
    m_keyStates
        = SecretBytes(kKeyStates * sizeof(crypto_generichash_state) + alignof(crypto_generichash_state));
    if (m_textKey.isEmpty() || m_originalsKey.isEmpty() || m_keyStates.isEmpty()) {
        forgetKeys();
        return fail(QStringLiteral("cannot allocate locked memory for the batch keys"));
    }
    m_header.recipientKeyId = recipient.keyId();
    m_header.sealedTextKey = Sodium::sealTo(m_textKey.view(), recipient.boxPublic);
    m_header.sealedOriginalsKey = Sodium::sealTo(m_originalsKey.view(), recipient.boxPublic);

    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("%1: cannot create: %2").arg(path, m_file.errorString()));
    }
    crypto_generichash_init(m_hash.get(), nullptr, 0, crypto_generichash_BYTES_MAX);
    m_offset = 0;
    m_tasks = 0;
    m_index.clear();
    m_recordsSize = 0;
    m_nonces.clear();
    m_nextNonce = 0;
    // Associated data and span key places up to the part that changes per
    // task (docs/formats.md, "Sealing and keys").
    const std::string batchId = m_header.batchId.toStdString();
    const std::string issuerKeyId = m_header.issuer.keyId().toStdString();
    m_textPrefix.assign("veilbatch/v1/text").append(1, '\0').append(batchId).append(1, '\0');
    m_textPrefix.append(issuerKeyId).append(1, '\0');
    m_originalPrefix.assign("veilbatch/v1/original").append(1, '\0').append(batchId).append(1, '\0');
    m_originalPrefix.append(issuerKeyId).append(1, '\0');
    std::string spanKeyPrefix("veilbatch/v1/span-key");
    spanKeyPrefix.append(1, '\0').append(batchId).append(1, '\0');
    // The span key hash keyed with the originals key and fed the place up to
    // the task id, copied for every task: the same BLAKE2b as hashing each
    // place from the start, without keying and absorbing the prefix per span.
    crypto_generichash_init(keyState(0), m_originalsKey.data(), m_originalsKey.size(), Sodium::kAeadKeyBytes);
    crypto_generichash_update(keyState(0), reinterpret_cast<const unsigned char*>(spanKeyPrefix.data()),
                              spanKeyPrefix.size());

    const QByteArray headerJson = encodeHeader(m_header);
    if (headerJson.size() > kMaxHeaderBytes) {
        cancel();
        return fail(QStringLiteral("the batch header would be %1 bytes; readers accept at most %2 (policy or "
                                   "rubric too large)")
                        .arg(headerJson.size())
                        .arg(kMaxHeaderBytes));
    }
    QByteArray preamble(kMagic, sizeof kMagic);
    appendU16(preamble, kVersion);
    appendU16(preamble, 0);
    appendU32(preamble, static_cast<quint32>(headerJson.size()));
    auto written = write(preamble);
    return written ? write(headerJson) : written;
}

Status BatchWriter::addTask(const MaskedTask& task, const QList<SpanOriginal>& originals)
{
    if (!m_file.isOpen()) {
        return fail(QStringLiteral("batch writer is not open"));
    }
    QSet<int> expected;
    for (const MaskedMessage& message : task.messages) {
        for (const MaskedSpan& span : message.spans) {
            expected.insert(span.spanId);
        }
    }
    for (const MaskedImage& image : task.images) {
        expected.insert(image.spanId);
    }
    QSet<int> given;
    for (const SpanOriginal& original : originals) {
        given.insert(original.spanId);
    }
    if (given != expected || originals.size() != expected.size()) {
        return fail(QStringLiteral("task %1: sealed originals do not match its spans").arg(task.id));
    }

    const QByteArray json = encodeMaskedTask(task);
    const QByteArray taskId = task.id.toUtf8();
    std::vector<EncodedTask::Original> sealed;
    sealed.reserve(static_cast<std::size_t>(originals.size()));
    for (const SpanOriginal& original : originals) {
        sealed.push_back({ original.spanId, viewOf(original.plaintext) });
    }
    return appendRecord(viewOf(taskId), viewOf(json), sealed);
}

Status BatchWriter::addEncodedTask(const EncodedTask& task)
{
    if (!m_file.isOpen()) {
        return fail(QStringLiteral("batch writer is not open"));
    }
    return appendRecord(task.id, task.maskedJson, task.originals);
}

Status BatchWriter::appendRecord(std::string_view taskId, std::string_view maskedJson,
                                 const std::vector<EncodedTask::Original>& originals)
{
    constexpr std::size_t kSealOverhead = Sodium::kAeadNonceBytes + Sodium::kAeadTagBytes;
    std::size_t size = 1 + 4 + 4 + maskedJson.size() + kSealOverhead + 4;
    for (const EncodedTask::Original& original : originals) {
        size += 4 + 4 + original.plaintext.size() + kSealOverhead;
    }
    if (size > static_cast<std::size_t>(kMaxRecordBytes)) {
        return fail(QStringLiteral("task %1 would be %2 MiB; readers accept at most %3 MiB per task")
                        .arg(QString::fromUtf8(taskId.data(), static_cast<qsizetype>(taskId.size())))
                        .arg(size >> 20)
                        .arg(kMaxRecordBytes >> 20));
    }
    // The record is built in place at the end of the pending output.
    if (m_recordsSize + size > m_recordsCapacity) {
        const std::size_t capacity = std::max(m_recordsSize + size, kFlushBytes + (kFlushBytes >> 1));
        auto grown = std::make_unique_for_overwrite<char[]>(capacity);
        if (m_recordsSize > 0) {
            std::memcpy(grown.get(), m_records.get(), m_recordsSize);
        }
        m_records = std::move(grown);
        m_recordsCapacity = capacity;
    }
    char* const record = m_records.get() + m_recordsSize;
    m_recordsSize += size;
    auto* const bytes = reinterpret_cast<unsigned char*>(record);
    std::size_t at = 0;
    const quint32 taskIndex = m_tasks;
    record[at++] = static_cast<char>(kTaskRecord);
    appendLittleEndian(record + at, taskIndex);
    appendLittleEndian(record + at + 4, static_cast<quint32>(maskedJson.size() + kSealOverhead));
    at += 8;

    m_scratch.assign(m_textPrefix);
    appendDecimal(m_scratch, taskIndex);
    std::memcpy(bytes + at, nextNonce(), Sodium::kAeadNonceBytes);
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + at + Sodium::kAeadNonceBytes, nullptr,
                                               reinterpret_cast<const unsigned char*>(maskedJson.data()),
                                               maskedJson.size(),
                                               reinterpret_cast<const unsigned char*>(m_scratch.data()),
                                               m_scratch.size(), nullptr, bytes + at, m_textKey.data());
    at += maskedJson.size() + kSealOverhead;
    appendLittleEndian(record + at, static_cast<quint32>(originals.size()));
    at += 4;

    // Per span: key = BLAKE2b-256 keyed with the originals key over the
    // span's place; associated data = the span's place with the issuer. Both
    // are prepared up to the task id once per task.
    unsigned char spanKey[Sodium::kAeadKeyBytes];
    crypto_generichash_state* const taskKeyState = keyState(1);
    crypto_generichash_state* const spanKeyState = keyState(2);
    *taskKeyState = *keyState(0);
    crypto_generichash_update(taskKeyState, reinterpret_cast<const unsigned char*>(taskId.data()),
                              taskId.size());
    crypto_generichash_update(taskKeyState, reinterpret_cast<const unsigned char*>(""), 1);
    std::string& associated = m_scratch;
    associated.assign(m_originalPrefix).append(taskId).append(1, '\0');
    const std::size_t associatedPrefix = associated.size();
    for (const EncodedTask::Original& original : originals) {
        char digits[24];
        const std::size_t digitCount = static_cast<std::size_t>(
            std::to_chars(digits, digits + sizeof digits, static_cast<quint64>(original.spanId)).ptr
            - digits);
        *spanKeyState = *taskKeyState;
        crypto_generichash_update(spanKeyState, reinterpret_cast<const unsigned char*>(digits), digitCount);
        crypto_generichash_final(spanKeyState, spanKey, sizeof spanKey);
        associated.resize(associatedPrefix);
        associated.append(digits, digitCount);
        appendLittleEndian(record + at, static_cast<quint32>(original.spanId));
        appendLittleEndian(record + at + 4, static_cast<quint32>(original.plaintext.size() + kSealOverhead));
        at += 8;
        std::memcpy(bytes + at, nextNonce(), Sodium::kAeadNonceBytes);
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            bytes + at + Sodium::kAeadNonceBytes, nullptr,
            reinterpret_cast<const unsigned char*>(original.plaintext.data()), original.plaintext.size(),
            reinterpret_cast<const unsigned char*>(associated.data()), associated.size(), nullptr, bytes + at,
            spanKey);
        at += original.plaintext.size() + kSealOverhead;
    }
    sodium_memzero(spanKey, sizeof spanKey);
    sodium_memzero(taskKeyState, sizeof *taskKeyState);
    sodium_memzero(spanKeyState, sizeof *spanKeyState);

    appendU64(m_index, m_offset);
    appendU32(m_index, static_cast<quint32>(size));
    const qsizetype hashAt = m_index.size();
    m_index.resize(hashAt + 32);
    crypto_generichash(reinterpret_cast<unsigned char*>(m_index.data() + hashAt), 32, bytes, size, nullptr,
                       0);
    ++m_tasks;
    m_offset += size;
    // Records are signed through their index hashes, not directly.
    return m_recordsSize >= kFlushBytes ? flushRecords() : Status(Done {});
}

Status BatchWriter::finish(const SecretKey& issuer)
{
    if (!m_file.isOpen()) {
        return fail(QStringLiteral("batch writer is not open"));
    }
    if (issuer.publicKey.keyId() != m_header.issuer.keyId()) {
        cancel();
        return fail(QStringLiteral("the signing key is not the issuer named in the header"));
    }
    if (auto flushed = flushRecords(); !flushed) {
        cancel();
        return flushed;
    }
    const quint64 indexOffset = m_offset;
    QByteArray index(kIndexMagic, sizeof kIndexMagic);
    appendU32(index, m_tasks);
    index += m_index;
    m_header.taskCount = static_cast<int>(m_tasks);
    auto written = write(index);
    if (!written) {
        cancel();
        return written;
    }
    QByteArray offsetBytes;
    appendU64(offsetBytes, indexOffset);
    written = write(offsetBytes);
    if (!written) {
        cancel();
        return written;
    }
    QByteArray digest(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash_final(m_hash.get(), reinterpret_cast<unsigned char*>(digest.data()),
                             static_cast<std::size_t>(digest.size()));
    const QByteArray tail
        = Sodium::signDetached(digest, issuer.signSecret) + QByteArray(kEndMagic, sizeof kEndMagic);
    if (m_file.write(tail) != tail.size() || !m_file.commit()) {
        const QString why = m_file.errorString();
        cancel();
        return fail(QStringLiteral("%1: cannot write: %2").arg(m_file.fileName(), why));
    }
    forgetKeys();
    return Done {};
}

void BatchWriter::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit();  // discards the temporary file
    }
    forgetKeys();
}

void BatchWriter::forgetKeys()
{
    m_textKey.clear();
    m_originalsKey.clear();
    m_keyStates.clear();  // wipes the span key hash states
}

crypto_generichash_state* BatchWriter::keyState(std::size_t which)
{
    auto address = reinterpret_cast<std::uintptr_t>(m_keyStates.data());
    const std::uintptr_t alignment = alignof(crypto_generichash_state);
    address = (address + alignment - 1) / alignment * alignment;
    return reinterpret_cast<crypto_generichash_state*>(address) + which;
}

}  // namespace veil::model
