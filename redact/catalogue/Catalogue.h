// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/Result.h"
#include "redact/catalogue/Rule.h"

#include <string>
#include <string_view>
#include <vector>

namespace veil::redact {

/// The set of rules a Detector is built from: Veil's built-in rules plus any
/// organisation rules (docs/redact.md, "Organisation rules"). Every rule in a
/// Catalogue has a pattern RE2 accepts and a unique name.
class Catalogue {
public:
    /// The built-in rules only.
    static Catalogue builtin();

    /// Parses an organisation rule file (JSON) and checks every rule. On
    /// failure the error names the file, the rule and, for a bad pattern,
    /// quotes RE2's own message. `fileName` is only used in messages.
    static Result<std::vector<Rule>> parseOrganisationRules(std::string_view json, std::string_view fileName);
    /// Reads and parses `path` (see parseOrganisationRules()).
    static Result<std::vector<Rule>> loadOrganisationRules(const std::string& path);

    /// Appends organisation rules; fails (and adds nothing) on a duplicate name.
    Result<bool> add(std::vector<Rule> rules);

    [[nodiscard]] const std::vector<Rule>& rules() const noexcept { return m_rules; }

private:
    std::vector<Rule> m_rules;
};

}  // namespace veil::redact
