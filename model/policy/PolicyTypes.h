// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace veil::model {

/// One reason a reviewer may pick when asking to reveal a value. `code` is
/// what the audit log records; `label` is what the dialog shows.
struct ReasonCode {
    QString code;
    QString label;
};

/// What one role may reveal under a batch's policy.
struct RolePolicy {
    /// Category names from DESIGN.md ("PERSON", "CREDIT_CARD", …); never "IMAGE".
    QStringList categories;
    /// Whether image attachments may be revealed; kept apart from the text
    /// categories because an image can hold any kind of personal data at once.
    bool images = false;
};

/// What a reviewer asks for. The caller counts earlier reveals (from the
/// vault/audit log) and passes them in, so that the decision stays a pure
/// function that tests can drive without a clock or a database.
struct RevealRequest {
    /// "reviewer" or "supervisor", from the workstation's enrolment certificate.
    QString role;
    /// A DESIGN.md category name, or "IMAGE" for an attachment.
    QString category;
    QString reasonCode;
    QString justification;
    /// Reveals already granted for this task, and today (the caller's notion
    /// of "today", typically the reviewer's local calendar day).
    int grantedForTask = 0;
    int grantedToday = 0;
    /// This reviewer's earlier justifications, oldest first; only the last
    /// `repeat_window` are compared against.
    QStringList recentJustifications;
};

/// The engine's answer. `reason` is always set and always human-readable,
/// because both the dialog and the audit log show it verbatim.
struct RevealDecision {
    bool granted = false;
    QString reason;
    /// How long the revealed value stays visible; 0 when denied.
    int displaySeconds = 0;
    /// Reveals still allowed after this decision (a grant uses one up).
    int quotaLeftTask = 0;
    int quotaLeftDay = 0;
};

}  // namespace veil::model
