// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"
#include "model/keys/KeyTypes.h"

#include <QDateTime>

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace veil::model {

/// One profile's encrypted store (DESIGN.md, "Encrypted local vault"): a
/// SQLite file whose random 32-byte vault key is wrapped with a key derived
/// from the passphrase by Argon2id (parameters stored, so they can be raised
/// later). Every value is sealed with XChaCha20-Poly1305 bound to its row
/// (associated data names the table and key), so a value copied to another
/// row does not open.
///
/// Wrong passphrases are answered with a growing delay that survives a
/// restart (1, 2, 4, … up to 300 seconds after consecutive failures), and
/// with nothing else changed. lock() wipes the vault key. A vault written by
/// a newer Veil (higher schema version) is refused, never downgraded.
class Vault {
public:
    using Clock = std::function<QDateTime()>;
    struct Options {
        KdfLimits kdf = KdfLimits::moderate();
        Clock clock;
    };
    /// 1: meta + secrets. 2: adds `records` (batches, task state, drafts,
    /// results). Older vaults are migrated in place when opened.
    static constexpr int kSchemaVersion = 2;

    /// Creates a new vault; refuses an existing file and a weak passphrase.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const SecretBytes& passphrase,
                                                 const Options& options);
    /// Opens an existing vault, locked.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const Options& options);
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    Status unlock(const SecretBytes& passphrase);
    void lock();
    [[nodiscard]] bool isUnlocked() const { return !m_vaultKey.isEmpty(); }
    /// Seconds until the next unlock attempt is allowed (0: now).
    [[nodiscard]] qint64 secondsUntilNextAttempt() const;
    /// Re-wraps the vault key; nothing else is re-encrypted.
    Status changePassphrase(const SecretBytes& current, const SecretBytes& replacement);

    Status putSecret(const QString& name, QByteArrayView plaintext);
    [[nodiscard]] Result<SecretBytes> getSecret(const QString& name) const;
    /// Stores `plaintext` under (`kind`, `key`), sealed with the vault key;
    /// the associated data binds it to exactly that row, so a value moved to
    /// another row (or another kind) does not open. Replaces any old value.
    Status putRecord(const QString& kind, const QString& key, QByteArrayView plaintext);
    /// The value, or an empty result when the row does not exist.
    [[nodiscard]] Result<std::optional<QByteArray>> getRecord(const QString& kind, const QString& key) const;
    /// Keys of `kind` starting with `prefix`, sorted.
    [[nodiscard]] Result<QStringList> recordKeys(const QString& kind, const QString& prefix = {}) const;
    /// Deletes the rows of `kind` whose key starts with `prefix`; returns how many.
    Result<int> deleteRecords(const QString& kind, const QString& prefix);
    /// Runs `work` in one transaction: all of its writes land, or none.
    Status transaction(const std::function<Status()>& work);

    /// A 32-byte key for one purpose (e.g. "audit-storage"), derived from the
    /// vault key; needs the vault unlocked.
    [[nodiscard]] Result<SecretBytes> subkey(const QString& purpose) const;

    [[nodiscard]] const QString& path() const { return m_path; }

private:
    Vault() = default;
    /// A vault object with its own SQLite connection to `path` (not yet read).
    static Result<std::unique_ptr<Vault>> connect(const QString& path, const Options& options,
                                                  const QString& verb);
    Result<QByteArray> meta(const QString& key) const;
    Status setMeta(const QString& key, const QByteArray& value);
    QDateTime now() const;
    Status migrate(int fromSchema);

    QString m_connection;
    QString m_path;
    Clock m_clock;
    SecretBytes m_vaultKey;
};

}  // namespace veil::model
