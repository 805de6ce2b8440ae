// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/TrustStore.h"
#include "model/supervisor/AuditAnalysis.h"
#include "model/supervisor/ExaminedExport.h"
#include "model/supervisor/ImportSummary.h"
#include "model/supervisor/SupervisorTypes.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>

namespace veil::model {

class Vault;
struct ArchivedWorkstation;

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
    /// plan(), examine() on every file (in parallel) and store(), on this thread.
    Result<ImportSummary> import(const QStringList& inputs);

    /// The files of an import (folders expanded) and what examining them needs.
    struct Plan {
        QStringList files;
        QList<qint64> sizes;  ///< as planned (-1: unknown)
        QList<bool> sizeShared;  ///< another file has the same size: a duplicate is possible
        TrustStore trust;
        [[nodiscard]] ExaminedExport examine(int index) const
        {
            return ExaminedExport::examine(index, files[index], sizes[index], sizeShared[index], trust);
        }
    };
    [[nodiscard]] Plan plan(const QStringList& inputs) const;
    /// The second phase, on the vault's thread (ArchiveStore, in one go):
    /// checks every examined file against what the archive holds
    /// (duplicates, key, truncation, fork), stores the accepted ones and
    /// keeps their events for analysis(). `examined` in any order; outcomes
    /// follow the file indices.
    Result<ImportSummary> store(QList<ExaminedExport> examined);

    /// One integrity row per workstation ever seen, sorted by workstation.
    [[nodiscard]] Result<QList<LogStatus>> logs() const;
    /// The events of every accepted export, with logs() as its integrity
    /// rows. Events of exports this archive imported or read before are
    /// kept (checked against the stored head); only other workstations'
    /// exports are read back from the vault and decoded (in parallel).
    [[nodiscard]] Result<AuditAnalysis> analysis() const;
    /// What analysis() is made of, cheap to copy (shared data): the
    /// integrity rows and the events of every accepted export, in
    /// workstation order. AuditAnalysis::fromEvents() makes the analysis, on
    /// any thread.
    struct Contents {
        QList<LogStatus> logs;
        QList<ExportEvents> exports;
    };
    [[nodiscard]] Result<Contents> contents() const;

    /// Vault record kinds (docs/profile.md).
    static const QString kExportKind;
    static const QString kStateKind;

private:
    friend class ArchiveStore;
    QDateTime now() const;
    static Result<QHash<QString, ArchivedWorkstation>> loadStates(const Vault& vault);

    /// Events of the accepted export of one workstation, valid while the
    /// archive's state still has this many entries and this head.
    struct KeptEvents {
        qint64 entries = 0;
        QByteArray head;
        ExportEvents events;
    };

    Vault& m_vault;
    TrustStore m_trust;
    Clock m_clock;
    mutable QHash<QString, KeptEvents> m_kept;
};

}  // namespace veil::model
