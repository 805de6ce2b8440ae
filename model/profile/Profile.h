// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/audit/AuditLog.h"
#include "model/batch/BatchReader.h"
#include "model/core/Result.h"
#include "model/keys/WorkstationCertificate.h"
#include "model/reveal/RevealService.h"
#include "model/vault/Vault.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace veil::model {

/// One reviewer's (or supervisor's) workstation profile: a directory holding
///   vault.sqlite   the encrypted vault (keys, batch list, task state, drafts, results)
///   audit.sqlite   the tamper-evident audit log (rows sealed with a vault subkey)
///   batches/       verified copies of imported .veilbatch files, which are
///                  ciphertext by construction (text and originals are sealed
///                  to this workstation's key; the header holds no personal data)
/// Nothing readable is ever written there (docs/profile.md).
///
/// Every session event goes to the audit log: unlock, lock (with a signed
/// checkpoint), imports, refusals, purges, reveals, submissions.
class Profile {
public:
    using Clock = std::function<QDateTime()>;
    struct Options {
        KdfLimits kdf = KdfLimits::moderate();
        Clock clock;
    };
    struct Identity {
        QString reviewerId;
        QList<PublicKey> trustRoots;  ///< organisation roots this workstation trusts
        /// An existing workstation key to adopt (the demo organisation's);
        /// a fresh one is generated when null. Not owned.
        const SecretKey* workstation = nullptr;
    };

    static QString vaultPath(const QString& dir);
    static QString auditPath(const QString& dir);
    static QString batchDirectory(const QString& dir);

    /// Creates the directory's profile, unlocked. Refuses an existing profile
    /// and a weak passphrase.
    static Result<std::unique_ptr<Profile>> create(const QString& dir, const Identity& identity,
                                                   const SecretBytes& passphrase, const Options& options);
    /// Opens an existing profile, locked.
    static Result<std::unique_ptr<Profile>> open(const QString& dir, const Options& options);
    ~Profile();
    Profile(const Profile&) = delete;
    Profile& operator=(const Profile&) = delete;

    /// Unlocks the vault, loads the workstation key into locked memory and
    /// opens the audit log (audited). Wrong passphrases get a growing delay.
    Status unlock(const SecretBytes& passphrase);
    /// Ends the session: signs a checkpoint, logs the lock, wipes every key
    /// and closes every batch.
    void lock();
    [[nodiscard]] bool isUnlocked() const { return m_audit != nullptr; }
    [[nodiscard]] qint64 secondsUntilNextAttempt() const { return m_vault->secondsUntilNextAttempt(); }
    Status changePassphrase(const SecretBytes& current, const SecretBytes& replacement);

    [[nodiscard]] const QString& directory() const { return m_dir; }
    [[nodiscard]] const QString& reviewerId() const { return m_reviewerId; }
    [[nodiscard]] const PublicKey& workstationPublic() const { return m_workstationPublic; }
    [[nodiscard]] const TrustStore& trust() const { return m_trust; }
    [[nodiscard]] bool isDemo() const;

    // Enrolment ------------------------------------------------------------
    [[nodiscard]] Result<EnrolmentRequest> enrolmentRequest() const;
    /// Installs the organisation's certificate for this workstation after
    /// checking it names this workstation's key, a trusted root and a valid
    /// period. `source` names the file in messages.
    Status installCertificate(const QByteArray& bytes, const QString& source);
    [[nodiscard]] const std::optional<WorkstationCertificate>& certificate() const { return m_certificate; }
    /// "reviewer" or "supervisor" from the certificate; empty before enrolment
    /// (the policy then grants nothing).
    [[nodiscard]] QString role() const;

    // Batches (needs the profile unlocked) ---------------------------------
    /// Verifies and imports a .veilbatch; returns its batch id. A refused
    /// batch is audited and the reason returned. Importing the same batch
    /// again is a no-op.
    Result<QString> importBatch(const QString& path);
    [[nodiscard]] Result<QStringList> batchIds() const;
    [[nodiscard]] Result<const BatchReader*> batch(const QString& batchId);
    /// Removes expired batches with their drafts and task state (audited).
    Result<QStringList> purgeExpired();
    /// The audited reveal service for one imported batch.
    Result<RevealService*> reveals(const QString& batchId);

    [[nodiscard]] AuditLog* audit() { return m_audit.get(); }
    [[nodiscard]] Vault& vault() { return *m_vault; }
    [[nodiscard]] const SecretKey* workstationKey() const { return m_workstation.get(); }
    /// A signed `.veilaudit` export of the whole log, with the certificate.
    Result<QByteArray> exportAudit();

    [[nodiscard]] QDateTime now() const;

private:
    Profile() = default;
    Status loadIdentity();
    Status record(AuditRecord record);
    Result<std::unique_ptr<BatchReader>> openStoredBatch(const QString& batchId) const;

    QString m_dir;
    Clock m_clock;
    std::unique_ptr<Vault> m_vault;
    QString m_reviewerId;
    PublicKey m_workstationPublic;
    TrustStore m_trust;
    std::optional<WorkstationCertificate> m_certificate;

    std::unique_ptr<SecretKey> m_workstation;  // set while unlocked
    std::unique_ptr<AuditLog> m_audit;  // set while unlocked
    QHash<QString, std::shared_ptr<BatchReader>> m_batches;
    QHash<QString, std::shared_ptr<RevealService>> m_reveals;
};

}  // namespace veil::model
