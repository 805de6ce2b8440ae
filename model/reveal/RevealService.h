// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/audit/AuditLog.h"
#include "model/batch/BatchReader.h"
#include "model/policy/PolicyEngine.h"
#include "model/reveal/RevealedValue.h"

#include <functional>
#include <optional>

namespace veil::model {

/// The only way to an original (DESIGN.md, "Reveal on justification"):
/// request → policy decision → audit entry committed durably → only then
/// decrypt into locked memory → a RevealedValue that wipes itself after the
/// policy's display time. Denials are audited too. If the audit write
/// fails, nothing is decrypted and the reviewer is told why.
///
/// Quotas and the repeated-justification check are derived from the audit
/// log itself, so they survive a restart and cannot drift from the record.
class RevealService {
public:
    using Clock = std::function<QDateTime()>;

    struct Target {
        int taskIndex = 0;
        int spanId = 0;
        QString category;  ///< the span's category, or "IMAGE"
    };
    struct Outcome {
        RevealDecision decision;
        std::optional<RevealedValue> value;  ///< set only when granted and recorded
        QString error;  ///< audit or decryption failure, in words
        qint64 auditSequence = 0;  ///< the entry that records this decision
    };
    /// What the reveal dialog shows before a request, counted from the audit
    /// log exactly as request() counts it: reveals left for the task and for
    /// today, and this reviewer's recent justifications (for the live repeat
    /// check of JustificationCheck).
    struct Allowance {
        int quotaLeftTask = 0;
        int quotaLeftDay = 0;
        QStringList recentJustifications;
    };

    RevealService(const BatchReader& batch, AuditLog& audit, PolicyEngine policy, QString actor, QString role,
                  Clock clock = {});

    Outcome request(const Target& target, const QString& reasonCode, const QString& justification);
    [[nodiscard]] Result<Allowance> allowance(int taskIndex) const;
    [[nodiscard]] const RevealPolicy& policy() const { return m_policy.policy(); }

private:
    struct History {
        int grantedForTask = 0;
        int grantedToday = 0;
        QStringList recentJustifications;
    };
    Result<History> history(const QString& taskId) const;

    const BatchReader& m_batch;
    AuditLog& m_audit;
    PolicyEngine m_policy;
    QString m_actor;
    QString m_role;
    Clock m_clock;
};

}  // namespace veil::model
