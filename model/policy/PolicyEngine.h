// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/policy/PolicyTypes.h"
#include "model/policy/RevealPolicy.h"

namespace veil::model {

/// Decides reveal requests under one batch's RevealPolicy (DESIGN.md,
/// "Reveal on justification", step 3).
///
/// decide() is a pure function of the policy and the request: no clock, no
/// I/O, no state. The caller (the reveal service) counts earlier reveals from
/// the audit log and passes them in, audits the decision, and only then
/// decrypts, so the same inputs always give the same, reproducible answer
/// and a supervisor can re-run a logged decision.
///
/// Checks, in order; the first that fails is the reason given:
///  1. the role is one the policy defines (reviewer, supervisor);
///  2. the reason code is one of the policy's reason codes;
///  3. the category is known and the role may reveal it (images: the role's
///     "images" flag);
///  4. the counts are not negative (a caller bug; fail closed);
///  5. this task's quota is not used up;
///  6. today's quota is not used up;
///  7. the justification passes JustificationCheck.
/// Role and quota come before the justification so that a reviewer is not
/// asked to reword a text for a reveal that could never be granted.
class PolicyEngine {
public:
    explicit PolicyEngine(RevealPolicy policy);

    [[nodiscard]] const RevealPolicy& policy() const { return m_policy; }
    [[nodiscard]] RevealDecision decide(const RevealRequest& request) const;

private:
    RevealPolicy m_policy;
};

}  // namespace veil::model
