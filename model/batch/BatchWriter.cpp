// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchWriter.h"

#include "model/batch/BatchFormat.h"
#include "model/crypto/Sodium.h"

#include <QSet>

namespace veil::model {

using namespace batchformat;

BatchWriter::BatchWriter()
    : m_hash(std::make_unique<crypto_generichash_state>())
{ }

BatchWriter::~BatchWriter()
{
    cancel();
}

Status BatchWriter::write(const QByteArray& bytes, Signing signing)
{
    if (m_file.write(bytes) != bytes.size()) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    if (signing == Signing::Direct) {
        crypto_generichash_update(m_hash.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    m_offset += static_cast<quint64>(bytes.size());
    return Done {};
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

    const QString issuerKeyId = m_header.issuer.keyId();
    const quint32 taskIndex = m_tasks;
    QByteArray record;
    record.append(static_cast<char>(kTaskRecord));
    appendU32(record, taskIndex);
    const QByteArray text = Sodium::aeadSeal(
        encodeMaskedTask(task), textAssociatedData(m_header.batchId, issuerKeyId, taskIndex), m_textKey);
    appendU32(record, static_cast<quint32>(text.size()));
    record += text;
    appendU32(record, static_cast<quint32>(originals.size()));
    unsigned char spanKey[Sodium::kAeadKeyBytes];
    for (const SpanOriginal& original : originals) {
        deriveSpanKeyInto(m_originalsKey, m_header.batchId, task.id, original.spanId, spanKey);
        const QByteArray sealed = Sodium::aeadSealWithRawKey(
            original.plaintext,
            originalAssociatedData(m_header.batchId, issuerKeyId, task.id, original.spanId), spanKey);
        appendU32(record, static_cast<quint32>(original.spanId));
        appendU32(record, static_cast<quint32>(sealed.size()));
        record += sealed;
    }
    sodium_memzero(spanKey, sizeof spanKey);

    if (record.size() > kMaxRecordBytes) {
        return fail(QStringLiteral("task %1 would be %2 MiB; readers accept at most %3 MiB per task")
                        .arg(task.id)
                        .arg(record.size() >> 20)
                        .arg(kMaxRecordBytes >> 20));
    }
    appendU64(m_index, m_offset);
    appendU32(m_index, static_cast<quint32>(record.size()));
    m_index += Sodium::hash(record, 32);
    ++m_tasks;
    // Records are signed through their index hashes, not directly.
    return write(record, Signing::ThroughIndex);
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
    m_textKey.clear();
    m_originalsKey.clear();
    return Done {};
}

void BatchWriter::cancel()
{
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit();  // discards the temporary file
    }
    m_textKey.clear();
    m_originalsKey.clear();
}

}  // namespace veil::model
