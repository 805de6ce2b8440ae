// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/TrustStore.h"
#include "model/supervisor/AuditAnalysis.h"
#include "model/supervisor/SupervisorTypes.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace veil::model {

class Vault;

/// What one file of an import came to.
struct ImportOutcome {
    enum class Kind {
        Imported,  ///< verified and consistent: `newEntries` entries added
        Unchanged,  ///< the archive already holds exactly this history
        Duplicate,  ///< the same bytes as an earlier file of this import: skipped
        Failed,  ///< refused: `reason` says why; nothing stored before was changed
    };
    QString file;
    Kind kind = Kind::Failed;
    QString workstation;  ///< empty when the file names none
    QString reviewer;
    qint64 newEntries = 0;
    qint64 entries = 0;  ///< entries the archive holds for the workstation afterwards
    QString reason;  ///< why it failed / was skipped, in words
    qint64 entry = 0;  ///< the entry the reason concerns (0: none)

    /// One line for the import summary: the file name and what happened.
    [[nodiscard]] QString describe() const;
};

struct ImportSummary {
    QList<ImportOutcome> files;  ///< in the order the files were given
    [[nodiscard]] int count(ImportOutcome::Kind kind) const;
    /// "N files: A imported (E new entries), U unchanged, D duplicate, F failed".
    [[nodiscard]] QString headline() const;
    /// The headline, then one line per file.
    [[nodiscard]] QString text() const;
};

/// The supervisor's archive of workstation audit logs, kept in the
/// supervisor profile's vault (sealed records, docs/profile.md, "Supervisor
/// archive"). Per workstation it keeps the newest accepted export verbatim
/// and what was seen of it: entry count and head hash (DESIGN.md, "Audit
/// log": state kept off the workstation is what catches an insider who
/// rewrites and re-signs history).
///
/// import() guarantees:
///   - an export is accepted only when AuditExport::check passes against the
///     supervisor's trust store AND it extends what the archive holds for
///     that workstation (same entry and hash at every seen position);
///   - re-importing the same history is a no-op ("unchanged"); a longer
///     export replaces the stored one (the new entries are counted);
///   - a shorter export (truncation) or a different entry at a seen position
///     (fork) is refused with the entry number, and the workstation's row is
///     marked failed for good; what was accepted before stays;
///   - every file gets an outcome, in input order.
class AuditArchive {
public:
    using Clock = std::function<QDateTime()>;
    /// `vault` must stay unlocked while the archive is used.
    AuditArchive(Vault& vault, TrustStore trust, Clock clock = {});

    /// Files, or directories whose *.veilaudit files are read (recursively).
    /// Fails only when the vault cannot be written; bad files are outcomes.
    Result<ImportSummary> import(const QStringList& inputs);

    /// One integrity row per workstation ever seen, sorted by workstation.
    [[nodiscard]] Result<QList<LogStatus>> logs() const;
    /// The events of every accepted export (decoded in parallel), with logs() as its integrity rows.
    [[nodiscard]] Result<AuditAnalysis> analysis() const;

    /// Vault record kinds (docs/profile.md).
    static const QString kExportKind;
    static const QString kStateKind;

private:
    QDateTime now() const;

    Vault& m_vault;
    TrustStore m_trust;
    Clock m_clock;
};

}  // namespace veil::model
