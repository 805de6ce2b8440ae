// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorTypes.h"

#include <QSet>

namespace veil::model {

/// Thresholds of the supervisor's flags (settings in the console). Each rule
/// is explained in words in every flag it raises.
struct FlagThresholds {
    /// high-reveal-rate: granted reveals per active day, as a robust z-score
    /// against the team (median and MAD), and as a multiple of the median.
    double rateRobustZ = 6.0;
    double rateMultiple = 3.0;
    /// copy-paste-justifications: the same text (case and spaces folded) on this many tasks.
    int repeatedJustificationTasks = 10;
    /// low-effort-justifications: shorter than this many characters…
    int lowEffortChars = 30;
    /// …on at least this share of a reviewer's reveals (and at least `minimumEvents`).
    double lowEffortShare = 0.5;
    /// burst: this many reveals within `burstSeconds`.
    int burstReveals = 8;
    int burstSeconds = 120;
    /// denied-then-granted: retries of the same span within 10 minutes, at
    /// least this many and this share of the reviewer's granted reveals.
    int retries = 5;
    double retryShare = 0.1;
    /// no-review-activity: reveals on tasks never submitted, at least this many and this share.
    int unreviewedReveals = 5;
    double unreviewedShare = 0.3;
    /// rare-category: categories under this share of the team's reveals…
    double rareCategoryShare = 0.01;
    /// …revealed at least this many times by one reviewer.
    int rareCategoryReveals = 5;
    /// Fewest events of a reviewer before share-based rules apply.
    int minimumEvents = 10;

    bool operator==(const FlagThresholds&) const = default;
};

class FlagRules {
public:
    explicit FlagRules(FlagThresholds thresholds);
    /// `chosen`: indices into `events` (a date range); `submitted`: "workstation/batch/task".
    [[nodiscard]] QList<Flag> evaluate(const QList<RevealEvent>& events, const QList<int>& chosen,
                                       const QSet<QString>& submitted) const;

private:
    FlagThresholds m_t;
};

}  // namespace veil::model
