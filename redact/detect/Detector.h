// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "redact/DetectedSpan.h"
#include "redact/Result.h"
#include "redact/catalogue/Catalogue.h"

#include <memory>
#include <string_view>
#include <vector>

namespace veil::redact {

/// The PII detector (docs/redact.md). Built once from a Catalogue, then used
/// from any number of threads: detect() is const and keeps no state between
/// calls. Runtime is linear in the text: one RE2::Set pass selects the rules
/// that can match, only those run their extraction pattern, and the name
/// finder makes one tokenising pass.
class Detector {
public:
    /// Compiles every rule. Fails only if a rule does not compile (rules from
    /// Catalogue::parseOrganisationRules() always do) or the rule set is too
    /// large for RE2's memory budget.
    static Result<std::shared_ptr<const Detector>> create(Catalogue catalogue);

    ~Detector();
    Detector(const Detector&) = delete;
    Detector& operator=(const Detector&) = delete;

    /// Personal data in `utf8`: sorted by begin, non-overlapping, byte offsets
    /// on code point boundaries. Accepts any bytes (ill-formed UTF-8 is never
    /// matched as personal data but does not break detection elsewhere).
    [[nodiscard]] std::vector<DetectedSpan> detect(std::string_view utf8) const;

    [[nodiscard]] const Catalogue& catalogue() const noexcept;

private:
    struct Impl;
    explicit Detector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace veil::redact
