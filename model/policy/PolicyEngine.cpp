// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/policy/PolicyEngine.h"

#include "model/policy/JustificationCheck.h"

#include <algorithm>
#include <utility>

namespace veil::model {

namespace {

/// "reviewers", "supervisors": the role as the sentence's subject.
QString plural(const QString& role)
{
    return role + QLatin1Char('s');
}

}  // namespace

PolicyEngine::PolicyEngine(RevealPolicy policy)
    : m_policy(std::move(policy))
{ }

RevealDecision PolicyEngine::decide(const RevealRequest& request) const
{
    RevealDecision decision;
    // Quotas left before this request; a grant uses one of each. Counts past
    // the quota (a policy tightened mid-batch) show as 0, never negative, and
    // a negative count never shows more than the whole quota.
    const auto left = [](int quota, int used) { return std::clamp(quota - std::max(0, used), 0, quota); };
    const int leftTask = left(m_policy.quotaPerTask(), request.grantedForTask);
    const int leftDay = left(m_policy.quotaPerDay(), request.grantedToday);
    decision.quotaLeftTask = leftTask;
    decision.quotaLeftDay = leftDay;
    const auto deny = [&decision](const QString& why) {
        decision.reason = QStringLiteral("Denied: ") + why;
        return decision;
    };

    const RolePolicy* role = m_policy.role(request.role);
    if (role == nullptr) {
        return deny(
            QStringLiteral("unknown role \"%1\" (expected reviewer or supervisor)").arg(request.role));
    }
    if (!m_policy.hasReasonCode(request.reasonCode)) {
        return deny(QStringLiteral("unknown reason code \"%1\": choose one of this batch's reasons")
                        .arg(request.reasonCode));
    }
    if (request.category == RevealPolicy::imageCategory()) {
        if (!role->images) {
            return deny(QStringLiteral("%1 may not reveal images under this batch's policy")
                            .arg(plural(request.role)));
        }
    } else if (!RevealPolicy::knownCategories().contains(request.category)) {
        return deny(QStringLiteral("unknown category \"%1\"").arg(request.category));
    } else if (!role->categories.contains(request.category)) {
        return deny(QStringLiteral("%1 may not reveal %2 under this batch's policy")
                        .arg(plural(request.role), request.category));
    }
    if (request.grantedForTask < 0 || request.grantedToday < 0) {
        return deny(QStringLiteral("invalid reveal counts (%1 for this task, %2 today)")
                        .arg(request.grantedForTask)
                        .arg(request.grantedToday));
    }
    if (leftTask == 0) {
        return deny(QStringLiteral("all %1 reveals for this task are used").arg(m_policy.quotaPerTask()));
    }
    if (leftDay == 0) {
        return deny(QStringLiteral("all %1 reveals for today are used").arg(m_policy.quotaPerDay()));
    }
    const JustificationCheck check(m_policy.minJustificationChars(), m_policy.repeatWindow());
    if (const Status justified = check.check(request.justification, request.recentJustifications);
        !justified) {
        return deny(justified.error());
    }

    decision.granted = true;
    decision.displaySeconds = m_policy.displaySeconds();
    decision.quotaLeftTask = leftTask - 1;
    decision.quotaLeftDay = leftDay - 1;
    decision.reason = QStringLiteral("Granted: %1 of %2 reveals left for this task, %3 of %4 today")
                          .arg(decision.quotaLeftTask)
                          .arg(m_policy.quotaPerTask())
                          .arg(decision.quotaLeftDay)
                          .arg(m_policy.quotaPerDay());
    return decision;
}

}  // namespace veil::model
