// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/audit/AuditChain.h"
#include "model/audit/AuditLog.h"
#include "model/core/Result.h"

namespace veil::model {

/// The `.veilaudit` file (docs/formats.md, ".veilaudit"): a workstation's
/// whole chain, its checkpoints (a fresh one is signed at every export) and
/// its public key, as one JSON document. Supervisors verify it with
/// AuditChain::verify; nothing in it is trusted before that.
struct AuditExport {
    QString workstationId;
    PublicKey workstation;
    QList<AuditEntry> entries;
    QList<AuditCheckpoint> checkpoints;

    /// Signs a checkpoint at the current head, then serialises.
    static Result<QByteArray> fromLog(AuditLog& log, const SecretKey& workstationKey);
    [[nodiscard]] QByteArray encode() const;
    /// `source` names the file in messages.
    static Result<AuditExport> decode(const QByteArray& bytes, const QString& source);
    /// Verifies the chain and checkpoints; `previous` is an earlier export of
    /// the same workstation, whose head this one must extend.
    [[nodiscard]] Result<AuditChain::Verified> verify(const AuditExport* previous = nullptr) const;
};

}  // namespace veil::model
