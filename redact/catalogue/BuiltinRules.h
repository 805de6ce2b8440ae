// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/catalogue/Rule.h"

#include <vector>

namespace veil::redact {

/// Veil's own rules (docs/redact.md, "Built-in rules"). Each pattern finds
/// candidates; the rule's RuleCheck decides which candidates are personal
/// data. Every pattern is RE2 (linear time, no backtracking).
class BuiltinRules {
public:
    static std::vector<Rule> all();
};

}  // namespace veil::redact
