// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/keys/TrustStore.h"
#include "model/supervisor/ExportEvents.h"
#include "model/supervisor/FlagRules.h"
#include "model/supervisor/SupervisorTypes.h"

#include <QSet>
#include <QStringList>

namespace veil::model {

/// What a supervisor learns from a set of `.veilaudit` exports: one status
/// per file (verified, or the first finding with its entry), and the reveal
/// events of the verified logs only — a failed log is never merged.
/// Files are read and verified in parallel.
class AuditAnalysis {
public:
    /// `inputs`: files, or directories whose *.veilaudit files are read.
    static AuditAnalysis load(const QStringList& inputs, const TrustStore& trust);
    /// Files and folders to .veilaudit files: a folder gives its *.veilaudit
    /// (recursively, sorted); a file is taken as given.
    static QStringList expandInputs(const QStringList& inputs);
    /// From the events already taken from verified exports (invalid ones are
    /// skipped), in the given order; `logs` are the integrity rows.
    static AuditAnalysis fromEvents(QList<LogStatus> logs, const QList<ExportEvents>& exports);

    [[nodiscard]] const QList<LogStatus>& logs() const { return m_logs; }
    [[nodiscard]] const QList<RevealEvent>& events() const { return m_events; }
    /// Tasks with a submitted result, as "workstation/batch/task".
    [[nodiscard]] const QSet<QString>& submittedTasks() const { return m_submitted; }

    /// Indices of the events in [from, to] (either may be invalid: open).
    [[nodiscard]] QList<int> eventsBetween(const QDateTime& from, const QDateTime& to) const;
    [[nodiscard]] QList<Flag> flags(const FlagThresholds& thresholds, const QList<int>& events) const;

private:
    QList<LogStatus> m_logs;
    QList<RevealEvent> m_events;
    QSet<QString> m_submitted;
};

}  // namespace veil::model
