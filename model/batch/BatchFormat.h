// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchTypes.h"
#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"

#include <QByteArray>
#include <QJsonObject>

namespace veil::model {

/// Byte layout constants and encoders shared by BatchWriter and BatchReader.
/// The layout is specified in docs/formats.md, ".veilbatch"; keep both in step.
namespace batchformat {

inline constexpr char kMagic[8] = { 'V', 'E', 'I', 'L', 'B', 'A', 'T', 0 };
inline constexpr char kEndMagic[8] = { 'V', 'E', 'I', 'L', 'E', 'N', 'D', 0 };
inline constexpr quint16 kVersion = 1;
inline constexpr qsizetype kPreambleBytes = 16;  // magic 8, version 2, flags 2, header length 4
inline constexpr qsizetype kTrailerBytes = 8 + 64 + 8;  // index offset, signature, end magic
inline constexpr qsizetype kIndexEntryBytes = 8 + 4 + 32;  // offset, length, BLAKE2b-256 of the record
inline constexpr qsizetype kIndexHeadBytes = 8 + 4;  // "VEILIDX\0", task count
inline constexpr char kIndexMagic[8] = { 'V', 'E', 'I', 'L', 'I', 'D', 'X', 0 };
inline constexpr quint8 kTaskRecord = 1;
inline constexpr qsizetype kMaxHeaderBytes = 1 << 20;
inline constexpr qsizetype kMaxRecordBytes = qsizetype { 256 } << 20;

void appendU16(QByteArray& out, quint16 value);
void appendU32(QByteArray& out, quint32 value);
void appendU64(QByteArray& out, quint64 value);
quint16 readU16(const char* data);
quint32 readU32(const char* data);
quint64 readU64(const char* data);

QByteArray encodeHeader(const BatchHeader& header);
/// `source` names the file in messages.
Result<BatchHeader> decodeHeader(QByteArrayView json, const QString& source);

QByteArray encodeMaskedTask(const MaskedTask& task);
Result<MaskedTask> decodeMaskedTask(QByteArrayView json);

/// Associated data binding a ciphertext to its place (docs/formats.md, "Sealing").
/// Both bind the issuer's key id too, so another certified issuer cannot
/// re-wrap this batch's records under a header of its own.
QByteArray textAssociatedData(const QString& batchId, const QString& issuerKeyId, quint32 taskIndex);
QByteArray originalAssociatedData(const QString& batchId, const QString& issuerKeyId, const QString& taskId,
                                  int spanId);
/// The per-span key: BLAKE2b keyed with the originals key over the span's place.
/// An online grant service can hand out single span keys without the originals key.
SecretBytes deriveSpanKey(const SecretBytes& originalsKey, const QString& batchId, const QString& taskId,
                          int spanId);
/// The same into a caller's buffer of Sodium::kAeadKeyBytes, for the batch
/// builder's hot loop where a guarded allocation per span would dominate.
/// The caller wipes `out` (sodium_memzero) when done.
void deriveSpanKeyInto(const SecretBytes& originalsKey, const QString& batchId, const QString& taskId,
                       int spanId, unsigned char* out);

}  // namespace batchformat
}  // namespace veil::model
