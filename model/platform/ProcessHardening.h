// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace veil::model {

/// Start-up hardening every Veil process applies before it touches a secret:
/// no core dumps (a crash must not write revealed values or keys to disk) and,
/// on Linux, no ptrace attach by same-user processes that are not our parent.
class ProcessHardening {
public:
    struct Result {
        bool coreDumpsDisabled = false;
        QString detail;  ///< what failed, for the log; empty on success
    };

    /// Idempotent; safe to call more than once.
    static Result apply();

    /// True when the process's core-dump size limit is zero.
    static bool coreDumpsAreDisabled();
};

}  // namespace veil::model
