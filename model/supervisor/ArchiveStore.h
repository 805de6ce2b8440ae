// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/supervisor/ArchivedWorkstation.h"
#include "model/supervisor/AuditArchive.h"

#include <QElapsedTimer>
#include <QHash>

#include <chrono>
#include <memory>

namespace veil::model {

/// The second phase of an AuditArchive import, on the vault's thread: the
/// examined files are checked against what the archive holds (duplicates,
/// key, truncation, fork; docs/profile.md, "Supervisor archive") and the
/// accepted ones stored, in steps, so that the thread can do other work (a
/// window repaint) between them. Every step is one transaction, committed
/// before it returns (an export always lands with its state), so nothing
/// stays open between steps; a failed step loses none of the steps before.
class ArchiveStore {
public:
    /// Reads the archive's state; fails when the vault cannot be read.
    static Result<std::unique_ptr<ArchiveStore>> begin(AuditArchive& archive, QList<ExaminedExport> examined);

    /// Checks and stores files for about `budget` (at least one file).
    /// Fails when the vault cannot be written; then the import stops there.
    Status step(std::chrono::milliseconds budget);
    [[nodiscard]] bool done() const { return m_next >= m_order.size(); }
    /// Files checked so far, of how many (duplicates are settled at begin()).
    [[nodiscard]] int checked() const { return static_cast<int>(m_next); }
    [[nodiscard]] int toCheck() const { return static_cast<int>(m_order.size()); }
    /// Every file's outcome once done().
    [[nodiscard]] const ImportSummary& summary() const { return m_summary; }

private:
    ArchiveStore(AuditArchive& archive, QList<ExaminedExport> examined,
                 QHash<QString, ArchivedWorkstation> states);
    void checkOne(int position);
    /// Writes a record in the step's transaction; the first failure ends the step.
    void put(const QString& kind, const QString& key, const QByteArray& value);
    QByteArray acceptedHashes(const QString& workstation) const;

    AuditArchive& m_archive;
    QList<ExaminedExport> m_examined;
    QHash<QString, ArchivedWorkstation> m_states;
    ImportSummary m_summary;
    QList<int> m_order;  ///< positions in m_examined, in the order they are checked
    qsizetype m_next = 0;
    QDateTime m_importedAt;
    /// Entry hashes of the exports accepted so far in this import (the vault may not hold them yet).
    QHash<QString, QByteArray> m_importedHashes;
    qsizetype m_written = 0;  ///< bytes written in this step
    QString m_writeFailure;  ///< why a write of this step failed
    QString m_batchStart;  ///< the first file of this step
    /// Events of this step's exports: the archive keeps them once committed.
    QHash<QString, AuditArchive::KeptEvents> m_keep;
};

}  // namespace veil::model
