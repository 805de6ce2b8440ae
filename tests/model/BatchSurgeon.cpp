// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "BatchSurgeon.h"

#include "model/batch/BatchFormat.h"
#include "model/crypto/Sodium.h"

using namespace veil::model;
using namespace veil::model::batchformat;

BatchLayout layoutOf(const QByteArray& file)
{
    BatchLayout layout;
    layout.headerStart = kPreambleBytes;
    layout.headerEnd = kPreambleBytes + readU32(file.constData() + 12);
    layout.endMagicStart = file.size() - 8;
    layout.signatureStart = file.size() - 72;
    layout.indexEnd = file.size() - kTrailerBytes;
    layout.indexStart = static_cast<qsizetype>(readU64(file.constData() + layout.indexEnd));
    const quint32 count = readU32(file.constData() + layout.indexStart + 8);
    for (quint32 i = 0; i < count; ++i) {
        const char* entry = file.constData() + layout.indexStart + kIndexHeadBytes
            + static_cast<qsizetype>(i) * kIndexEntryBytes;
        const auto start = static_cast<qsizetype>(readU64(entry));
        layout.records.append({ start, start + static_cast<qsizetype>(readU32(entry + 8)) });
    }
    return layout;
}

QByteArray resign(QByteArray file, const SecretKey& issuer)
{
    const BatchLayout layout = layoutOf(file);
    for (int i = 0; i < layout.records.size(); ++i) {
        const auto [start, end] = layout.records[i];
        const QByteArray hash = Sodium::hash(QByteArrayView(file).sliced(start, end - start), 32);
        file.replace(layout.indexStart + kIndexHeadBytes + i * kIndexEntryBytes + 12, 32, hash);
    }
    const QByteArray signedBytes = file.first(layout.headerEnd)
        + file.mid(layout.indexStart, layout.signatureStart - layout.indexStart);
    const QByteArray digest = Sodium::hash(signedBytes, 64);
    file.replace(layout.signatureStart, 64, Sodium::signDetached(digest, issuer.signSecret));
    return file;
}

QByteArray swapOriginals(const QByteArray& file, int record, int a, int b)
{
    const BatchLayout layout = layoutOf(file);
    const qsizetype start = layout.records[record].first;
    qsizetype at = start + 5;
    at += 4 + readU32(file.constData() + at);
    const quint32 count = readU32(file.constData() + at);
    at += 4;
    QList<QPair<qsizetype, qsizetype>> sealed;  // [start, length) of each sealed blob
    for (quint32 i = 0; i < count; ++i) {
        const auto length = static_cast<qsizetype>(readU32(file.constData() + at + 4));
        sealed.append({ at + 8, length });
        at += 8 + length;
    }
    Q_ASSERT(sealed[a].second == sealed[b].second);  // callers pick equal-length originals
    QByteArray out = file;
    out.replace(sealed[a].first, sealed[a].second, file.mid(sealed[b].first, sealed[b].second));
    out.replace(sealed[b].first, sealed[b].second, file.mid(sealed[a].first, sealed[a].second));
    return out;
}

QByteArray replaceHeader(const QByteArray& file, const QByteArray& header, const SecretKey& signer)
{
    const BatchLayout layout = layoutOf(file);
    const qsizetype shift = header.size() - (layout.headerEnd - layout.headerStart);
    QByteArray out = file.left(12);
    appendU32(out, static_cast<quint32>(header.size()));
    out += header;
    out += file.mid(layout.headerEnd, layout.indexStart - layout.headerEnd);  // records, unchanged
    QByteArray index = file.mid(layout.indexStart, layout.indexEnd - layout.indexStart);
    for (qsizetype at = kIndexHeadBytes; at < index.size(); at += kIndexEntryBytes) {
        QByteArray offset;
        appendU64(offset, readU64(index.constData() + at) + static_cast<quint64>(shift));
        index.replace(at, 8, offset);
    }
    out += index;
    appendU64(out, static_cast<quint64>(layout.indexStart + shift));
    out += QByteArray(64, '\0');
    out += file.right(8);
    return resign(out, signer);
}
