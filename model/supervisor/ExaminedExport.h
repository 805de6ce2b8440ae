// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/keys/TrustStore.h"
#include "model/supervisor/ExportEvents.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace veil::model {

/// One input file of an archive import after its first phase: read,
/// decoded, verified against the trust store (AuditExport::check) and, when
/// intact, its events taken. It touches no vault and no shared state, so
/// the files of an import are examined in parallel, off the GUI thread;
/// AuditArchive::store() then checks them against the archive and stores
/// them.
struct ExaminedExport {
    int index = 0;  ///< position in the import's files
    QString path;
    QByteArray bytes;  ///< the file, kept only when the export is intact (to store it)
    QByteArray digest;  ///< of the whole file, to find duplicates; empty when no other input has its size
    bool readable = false;
    bool decoded = false;
    bool intact = false;
    QString reason;  ///< when not intact: the first finding, without the path
    qint64 entry = 0;
    QString workstation;
    QString keyId;
    QString reviewer;
    QString role;
    qint64 entries = 0;
    /// Entry hashes 1…entries, 32 bytes each, one after the other (intact exports only).
    QByteArray hashes;
    QDateTime lastEntry;
    ExportEvents events;  ///< intact exports only

    /// The hash of entry `sequence` (1-based, at most `entries`).
    [[nodiscard]] QByteArrayView hashOf(qint64 sequence) const
    {
        return QByteArrayView(hashes).sliced((sequence - 1) * kHashSize, kHashSize);
    }
    static constexpr qsizetype kHashSize = 32;

    /// Examines the file at `path`. `sizeShared`: another input of the
    /// import has the size this file had when the import was planned, so
    /// only a digest tells whether they are copies (files of different sizes
    /// cannot be: hashing every file cost as much as verifying its chain).
    static ExaminedExport examine(int index, const QString& path, qint64 plannedSize, bool sizeShared,
                                  const TrustStore& trust);
};

}  // namespace veil::model
