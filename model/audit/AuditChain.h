// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/audit/AuditTypes.h"
#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"
#include "model/keys/KeyTypes.h"

#include <QList>

namespace veil::model {

/// The hash chain rules shared by the workstation's AuditLog and every
/// verifier (docs/formats.md, "Audit chain"). Pure functions, no storage.
class AuditChain {
public:
    /// Hash the first entry chains from: BLAKE2b-256 of a label and the workstation id.
    static QByteArray genesisHash(const QString& workstationId);
    /// Canonical bytes of an entry: compact JSON with sorted keys, every field
    /// except the hashes.
    static QByteArray canonical(const AuditEntry& entry);
    /// Parses canonical bytes back; fails on anything not produced by canonical().
    static Result<AuditEntry> parseCanonical(const QByteArray& canonical);
    /// The `time` text inside canonical bytes ("2026-11-01T08:00:00.000Z",
    /// fixed width, so comparing texts compares instants), found without a
    /// parse; empty when absent.
    static QByteArrayView canonicalTime(QByteArrayView canonical);
    /// The `seq` inside canonical bytes, found without a parse; -1 when absent.
    static qint64 contentSequence(QByteArrayView canonical);
    static QByteArray chainHash(const QByteArray& previousHash, const QByteArray& canonical);
    /// Keyed BLAKE2b-256 of a revealed value, for the `valueMac` field.
    static QByteArray valueMac(const SecretBytes& auditKey, QByteArrayView value);
    /// The bytes a checkpoint signature covers.
    static QByteArray checkpointMessage(const QString& workstationId, const AuditCheckpoint& checkpoint);
    static AuditCheckpoint signCheckpoint(const QString& workstationId, qint64 sequence,
                                          const QByteArray& head, const QDateTime& time,
                                          const SecretKey& workstation);

    /// What a supervisor remembers of a workstation from earlier imports.
    struct KnownHead {
        qint64 sequence = 0;
        QByteArray hash;
    };
    struct Verified {
        qint64 entries = 0;  ///< entries verified from 1 without a break
        QByteArray head;  ///< hash of the last of them
        qint64 lastCheckpoint = 0;  ///< sequence of the newest valid checkpoint
        qint64 unsignedTail = 0;  ///< entries after it, not yet covered by a signature
    };
    /// Everything a check found: the verified prefix, and one finding per
    /// independent problem (empty when the chain is intact).
    struct Report {
        Verified verified;
        QList<AuditFinding> findings;
    };
    /// Checks a whole exported chain: contiguous sequence numbers from 1,
    /// every hash, every checkpoint's signature and head (checkpoints in the
    /// middle of the chain as well as at its end), and (when given) that it
    /// extends what was seen before. The walk stops at the first broken
    /// entry — nothing after it can be trusted — so the chain yields at most
    /// one finding; each checkpoint and the earlier head add their own.
    static Report check(const QString& workstationId, const QList<AuditEntry>& entries,
                        const QList<AuditCheckpoint>& checkpoints, const PublicKey& workstation,
                        const std::optional<KnownHead>& known = std::nullopt);
    /// check() as a Result: the failure is the first finding.
    static Result<Verified> verify(const QString& workstationId, const QList<AuditEntry>& entries,
                                   const QList<AuditCheckpoint>& checkpoints, const PublicKey& workstation,
                                   const std::optional<KnownHead>& known = std::nullopt);
};

}  // namespace veil::model
