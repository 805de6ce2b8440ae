// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorTypes.h"

#include <QSet>

namespace veil::model {

struct AuditExport;

/// What the console shows of one verified export: its reveal decisions
/// (granted and denied, in entry order), the tasks with a submitted result
/// and the time of its last entry. Taken once, where the export is decoded
/// (import or read-back), so nothing decodes it a second time.
struct ExportEvents {
    QList<RevealEvent> events;
    QSet<QString> submitted;  ///< "workstation/batch/task"
    QDateTime lastEntry;
    /// Empty when every entry the console reads parsed; otherwise why not
    /// (events and submitted are then empty) and which entry.
    QString failure;
    qint64 failedEntry = 0;

    [[nodiscard]] bool valid() const { return failure.isEmpty(); }
    /// `log` must have been verified (AuditExport::check): nothing here checks the chain.
    static ExportEvents of(const AuditExport& log);
};

}  // namespace veil::model
