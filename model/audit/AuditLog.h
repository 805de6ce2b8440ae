// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/audit/AuditChain.h"
#include "model/audit/AuditTypes.h"
#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace veil::model {

/// The workstation's append-only audit log in SQLite (DESIGN.md, "Audit
/// log"). append() returns only after the entry is committed with
/// synchronous=FULL, so a caller that reveals after a successful append()
/// has the decision on durable record first; a failed write is a failure
/// value and nothing may be revealed. Entries are stored sealed
/// (XChaCha20-Poly1305 under the storage key, bound to their sequence
/// number) because justifications may hold personal data; the hash chain
/// covers the plaintext canonical bytes. UPDATE and DELETE are refused by
/// triggers. open() re-verifies the whole chain and refuses a damaged log.
class AuditLog {
public:
    using Clock = std::function<QDateTime()>;

    /// `storageKey`: 32 bytes from the vault. `clock` defaults to the system clock (UTC).
    static Result<std::unique_ptr<AuditLog>> open(const QString& path, const QString& workstationId,
                                                  SecretBytes storageKey, Clock clock = {});
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    /// Commits one entry durably and returns it.
    Result<AuditEntry> append(const AuditRecord& record);
    /// Signs the current head with the workstation key and stores the
    /// checkpoint durably. Call it at every export (AuditExport::fromLog
    /// does) and at every session end (lock, quit): each checkpoint pins the
    /// history up to its entry, and a verifier checks every one of them, in
    /// the middle of the chain as well as at its head.
    Result<AuditCheckpoint> checkpoint(const SecretKey& workstation);

    /// Every entry, as verified by open() plus those appended since. Kept in
    /// memory: RevealService reads the whole history on every request, and
    /// decrypting and parsing it from disk each time grew with the log (15 µs
    /// an entry, so a 1,000-entry log added 15 ms to every reveal). This
    /// object is the only writer while it is open.
    [[nodiscard]] Result<QList<AuditEntry>> entries() const;
    [[nodiscard]] Result<QList<AuditCheckpoint>> checkpoints() const;
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] QByteArray head() const { return m_head; }
    [[nodiscard]] const QString& workstationId() const { return m_workstationId; }

private:
    AuditLog() = default;
    Status createSchema();
    QByteArray associatedData(qint64 sequence) const;
    [[nodiscard]] Result<QList<AuditEntry>> readEntries() const;

    QString m_connection;
    QString m_path;
    QString m_workstationId;
    SecretBytes m_storageKey;
    Clock m_clock;
    qint64 m_size = 0;
    QByteArray m_head;
    QList<AuditEntry> m_entries;  ///< m_size entries, verified at open or appended
};

}  // namespace veil::model
