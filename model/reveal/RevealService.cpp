// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/reveal/RevealService.h"

#include <algorithm>

namespace veil::model {

RevealService::RevealService(const BatchReader& batch, AuditLog& audit, PolicyEngine policy, QString actor,
                             QString role, Clock clock)
    : m_batch(batch)
    , m_audit(audit)
    , m_policy(std::move(policy))
    , m_actor(std::move(actor))
    , m_role(std::move(role))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

Result<RevealService::History> RevealService::history(const QString& taskId) const
{
    auto entries = m_audit.entries();
    if (!entries) {
        return fail(entries.error());
    }
    History history;
    const QDate today = m_clock().toUTC().date();
    for (const AuditEntry& entry : entries.value()) {
        const AuditRecord& r = entry.record;
        if (r.actor != m_actor
            || (r.event != AuditEvent::RevealGranted && r.event != AuditEvent::RevealDenied)) {
            continue;
        }
        history.recentJustifications.append(r.justification);
        if (r.event == AuditEvent::RevealGranted) {
            history.grantedForTask += (r.batchId == m_batch.header().batchId && r.taskId == taskId) ? 1 : 0;
            history.grantedToday += entry.time.toUTC().date() == today ? 1 : 0;
        }
    }
    return history;
}

Result<RevealService::Allowance> RevealService::allowance(int taskIndex) const
{
    auto task = m_batch.task(taskIndex);
    if (!task) {
        return fail(task.error());
    }
    auto past = history(task.value().id);
    if (!past) {
        return fail(past.error());
    }
    const RevealPolicy& policy = m_policy.policy();
    Allowance allowance;
    allowance.quotaLeftTask = std::max(0, policy.quotaPerTask() - past.value().grantedForTask);
    allowance.quotaLeftDay = std::max(0, policy.quotaPerDay() - past.value().grantedToday);
    allowance.recentJustifications = past.value().recentJustifications;
    return allowance;
}

RevealService::Outcome RevealService::request(const Target& target, const QString& reasonCode,
                                              const QString& justification)
{
    Outcome outcome;
    auto task = m_batch.task(target.taskIndex);
    if (!task) {
        outcome.error = task.error();
        outcome.decision.reason = QStringLiteral("Denied: %1").arg(task.error());
        return outcome;
    }
    const QString taskId = task.value().id;
    auto past = history(taskId);
    if (!past) {
        outcome.error = past.error();
        outcome.decision.reason
            = QStringLiteral("Denied: the audit log cannot be read, so no reveal is possible");
        return outcome;
    }

    RevealRequest request;
    request.role = m_role;
    request.category = target.category;
    request.reasonCode = reasonCode;
    request.justification = justification;
    request.grantedForTask = past.value().grantedForTask;
    request.grantedToday = past.value().grantedToday;
    request.recentJustifications = past.value().recentJustifications;
    outcome.decision = m_policy.decide(request);

    AuditRecord record;
    record.event = outcome.decision.granted ? AuditEvent::RevealGranted : AuditEvent::RevealDenied;
    record.actor = m_actor;
    record.batchId = m_batch.header().batchId;
    record.taskId = taskId;
    record.spanId = target.spanId;
    record.category = target.category;
    record.reasonCode = reasonCode;
    record.justification = justification;
    record.decision = outcome.decision.reason;
    // The decision is on durable record before anything is decrypted.
    auto recorded = m_audit.append(record);
    if (!recorded) {
        outcome.error = recorded.error();
        outcome.decision.granted = false;
        outcome.decision.displaySeconds = 0;
        outcome.decision.reason = QStringLiteral("Denied: %1").arg(recorded.error());
        return outcome;
    }
    outcome.auditSequence = recorded.value().sequence;
    if (!outcome.decision.granted) {
        return outcome;
    }
    auto original = m_batch.openOriginal(target.taskIndex, target.spanId);
    if (!original) {
        outcome.error = original.error();
        outcome.decision.granted = false;
        outcome.decision.reason = QStringLiteral("Not shown: %1").arg(original.error());
        return outcome;
    }
    outcome.value.emplace(std::move(original).value(), m_clock().addSecs(outcome.decision.displaySeconds));
    return outcome;
}

}  // namespace veil::model
