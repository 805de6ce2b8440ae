// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/audit/AuditChain.h"
#include "model/audit/AuditLog.h"
#include "model/core/Result.h"
#include "model/keys/TrustStore.h"
#include "model/keys/WorkstationCertificate.h"

#include <optional>

namespace veil::model {

/// What a supervisor learns from checking one export: the verified chain
/// and every finding (docs/formats.md, ".veilaudit"). Intact only when
/// there is no finding at all.
struct AuditVerification {
    AuditChain::Verified chain;
    QList<AuditFinding> findings;
    [[nodiscard]] bool intact() const { return findings.isEmpty(); }
};

/// The `.veilaudit` file (docs/formats.md, ".veilaudit"): a workstation's
/// whole chain, its checkpoints (a fresh one is signed at every export), its
/// public key and the certificate by which the organisation root enrolled
/// that key. Nothing in it is trusted before check() or verify().
struct AuditExport {
    QString workstationId;
    PublicKey workstation;  ///< the key the checkpoints are verified with
    std::optional<WorkstationCertificate> certificate;
    QList<AuditEntry> entries;
    QList<AuditCheckpoint> checkpoints;

    /// Signs a checkpoint at the current head, then serialises with the
    /// workstation's certificate. Refuses a certificate for another key.
    static Result<QByteArray> fromLog(AuditLog& log, const SecretKey& workstationKey,
                                      const WorkstationCertificate& certificate);
    [[nodiscard]] QByteArray encode() const;
    /// `source` names the file in messages.
    static Result<AuditExport> decode(QByteArrayView bytes, const QString& source);
    /// Maps and decodes the file at `path`.
    static Result<AuditExport> read(const QString& path);

    /// The chain rules only: sequence, hashes, checkpoints and, with
    /// `previous` (an earlier export of the same workstation), that this
    /// export extends it. The failure is the first finding.
    [[nodiscard]] Result<AuditChain::Verified> verify(const AuditExport* previous = nullptr) const;
    /// Everything a supervisor needs, one finding per problem: the chain
    /// rules, that every entry is covered by a signed checkpoint, that the
    /// certificate is signed by a root in `trust` and was valid at every
    /// entry, and that it certifies the key that signed the checkpoints. An
    /// empty `trust` is itself a finding: without a root the export proves
    /// nothing about who made it.
    [[nodiscard]] AuditVerification check(const TrustStore& trust,
                                          const AuditExport* previous = nullptr) const;
};

}  // namespace veil::model
