// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/supervisor/AuditAnalysis.h"

#include <QByteArray>

namespace veil::model {

/// The supervisor's exports of an analysis over a date range: findings JSON
/// (`{"logs": [{"file", "workstation", "status", "reason"}], "flags":
/// [{"rule", "reviewer", "events": [...], "explanation"}]}`), CSV of the
/// events, and a PDF report with the integrity summary, charts and flags
/// (QPdfWriter; needs a QGuiApplication, offscreen is fine).
class AuditReport {
public:
    AuditReport(const AuditAnalysis& analysis, QList<int> events, QList<Flag> flags, QDateTime from,
                QDateTime to);

    [[nodiscard]] QByteArray findingsJson() const;
    [[nodiscard]] QByteArray eventsCsv() const;
    Status writePdf(const QString& path) const;

    /// One CSV field, quoted when needed (RFC 4180), and neutralised when a
    /// spreadsheet would read it as a formula.
    static QString csvField(const QString& value);

private:
    const AuditAnalysis& m_analysis;
    QList<int> m_events;
    QList<Flag> m_flags;
    QDateTime m_from;
    QDateTime m_to;
};

}  // namespace veil::model
