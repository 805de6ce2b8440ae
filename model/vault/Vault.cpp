// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/vault/Vault.h"

#include "model/crypto/Sodium.h"
#include "model/vault/PassphraseStrength.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

#include <algorithm>

namespace veil::model {

namespace {

constexpr qint64 kMaxDelaySeconds = 300;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("veil-vault-%1").arg(counter.fetchAndAddRelaxed(1));
}

QByteArray wrapAssociatedData()
{
    return QByteArrayLiteral("veil-vault/v1/vault-key");
}
QByteArray secretAssociatedData(const QString& name)
{
    return "veil-vault/v1/secret/" + name.toUtf8();
}
QByteArray recordAssociatedData(const QString& kind, const QString& key)
{
    // Length-prefixed so that ("a", "b/c") and ("a/b", "c") differ.
    const QByteArray k = kind.toUtf8();
    return "veil-vault/v2/record/" + QByteArray::number(k.size()) + ':' + k + '/' + key.toUtf8();
}

const QString kCreateRecords
    = QStringLiteral("CREATE TABLE records (kind TEXT NOT NULL, key TEXT NOT NULL, sealed BLOB NOT NULL, "
                     "PRIMARY KEY (kind, key)) WITHOUT ROWID");

/// `LIKE` would treat '%' and '_' in keys as wildcards: compare the prefix itself.
const QString kKeyHasPrefix = QStringLiteral("kind = ? AND substr(key, 1, ?) = coalesce(?, '')");

}  // namespace

Vault::~Vault()
{
    lock();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QDateTime Vault::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<QByteArray> Vault::meta(const QString& key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return fail(QStringLiteral("vault %1: cannot read: %2").arg(m_path, query.lastError().text()));
    }
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Status Vault::setMeta(const QString& key, const QByteArray& value)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        return fail(QStringLiteral("vault %1: cannot write: %2").arg(m_path, query.lastError().text()));
    }
    return Done {};
}

Result<std::unique_ptr<Vault>> Vault::connect(const QString& path, const Options& options,
                                              const QString& verb)
{
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_connection = nextConnectionName();
    vault->m_path = path;
    vault->m_clock = options.clock;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), vault->m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        return fail(QStringLiteral("vault %1: cannot %2: %3").arg(path, verb, db.lastError().text()));
    }
    // Deleted rows (purged batches, replaced drafts) are overwritten, not
    // left in free pages; another process holding the file gets 2 s.
    QSqlQuery pragmas(db);
    pragmas.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    pragmas.exec(QStringLiteral("PRAGMA busy_timeout=2000"));
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const SecretBytes& passphrase,
                                             const Options& options)
{
    if (QFileInfo::exists(path)) {
        return fail(QStringLiteral("vault %1 already exists; open it instead").arg(path));
    }
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
    if (!strength.acceptable) {
        return fail(strength.advice);
    }
    auto connected = connect(path, options, QStringLiteral("create"));
    if (!connected) {
        return fail(connected.error());
    }
    std::unique_ptr<Vault> vault = std::move(connected).value();
    QSqlDatabase db = QSqlDatabase::database(vault->m_connection);
    QSqlQuery query(db);
    for (const QString& statement :
         { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
           QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
           QStringLiteral("CREATE TABLE secrets (name TEXT PRIMARY KEY, sealed BLOB NOT NULL)"),
           kCreateRecords }) {
        if (!query.exec(statement)) {
            return fail(QStringLiteral("vault %1: cannot create: %2").arg(path, query.lastError().text()));
        }
    }
    const QByteArray salt = Sodium::randomBytes(Sodium::kPwhashSaltBytes);
    auto wrapKey = Sodium::deriveKey(passphrase, salt, options.kdf.opsLimit, options.kdf.memLimit);
    if (!wrapKey) {
        return fail(QStringLiteral("could not derive a key from the passphrase (out of memory?)"));
    }
    SecretBytes vaultKey = SecretBytes::random(Sodium::kAeadKeyBytes);
    db.transaction();
    const bool written = vault->setMeta(QStringLiteral("schema_version"), QByteArray::number(kSchemaVersion))
        && vault->setMeta(QStringLiteral("kdf_ops"), QByteArray::number(options.kdf.opsLimit))
        && vault->setMeta(QStringLiteral("kdf_mem"), QByteArray::number(options.kdf.memLimit))
        && vault->setMeta(QStringLiteral("kdf_salt"), salt)
        && vault->setMeta(QStringLiteral("wrapped_key"),
                          Sodium::aeadSeal(vaultKey.view(), wrapAssociatedData(), *wrapKey))
        && vault->setMeta(QStringLiteral("failed_attempts"), "0");
    if (!written || !db.commit()) {
        db.rollback();
        return fail(QStringLiteral("vault %1: cannot write: %2").arg(path, db.lastError().text()));
    }
    vault->m_vaultKey = std::move(vaultKey);
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const Options& options)
{
    if (!QFileInfo(path).isFile()) {
        return fail(QStringLiteral("vault %1 does not exist").arg(path));
    }
    auto connected = connect(path, options, QStringLiteral("open"));
    if (!connected) {
        return fail(connected.error());
    }
    std::unique_ptr<Vault> vault = std::move(connected).value();
    auto version = vault->meta(QStringLiteral("schema_version"));
    if (!version && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        // WAL mode needs its side files: a read-only directory cannot be opened.
        return fail(QStringLiteral("vault %1 cannot be opened: its directory is read-only (Veil must be able "
                                   "to write there, for the audit log above all); nothing was changed")
                        .arg(path));
    }
    if (!version || version.value().isEmpty()) {
        return fail(QStringLiteral("vault %1 is not a Veil vault or is damaged").arg(path));
    }
    const int schema = version.value().toInt();
    if (schema > kSchemaVersion) {
        return fail(
            QStringLiteral("vault %1 was written by a newer Veil (schema %2; this Veil knows up to %3). "
                           "Update Veil; the vault was not changed.")
                .arg(path)
                .arg(schema)
                .arg(kSchemaVersion));
    }
    if (schema < kSchemaVersion) {
        auto migrated = vault->migrate(schema);
        if (!migrated) {
            return fail(migrated.error());
        }
    }
    QSqlQuery(QSqlDatabase::database(vault->m_connection)).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    return vault;
}

Status Vault::migrate(int fromSchema)
{
    // One step per version, all in one transaction: a crash or a full disk
    // leaves the vault at its old version, still readable.
    return transaction([this, fromSchema]() -> Status {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (fromSchema < 2 && !query.exec(kCreateRecords)) {
            return fail(QStringLiteral("vault %1: cannot upgrade from schema %2: %3")
                            .arg(m_path)
                            .arg(fromSchema)
                            .arg(query.lastError().text()));
        }
        return setMeta(QStringLiteral("schema_version"), QByteArray::number(kSchemaVersion));
    });
}

Status Vault::transaction(const std::function<Status()>& work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        return fail(
            QStringLiteral("vault %1: cannot start a transaction: %2").arg(m_path, db.lastError().text()));
    }
    Status done = work();
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("vault %1: nothing was saved: %2").arg(m_path, why));
    }
    return Done {};
}

qint64 Vault::secondsUntilNextAttempt() const
{
    const int failures = meta(QStringLiteral("failed_attempts")).value().toInt();
    if (failures <= 0) {
        return 0;
    }
    const qint64 delay = std::min<qint64>(kMaxDelaySeconds, qint64 { 1 } << std::min(failures - 1, 20));
    const QDateTime last = QDateTime::fromString(
        QString::fromLatin1(meta(QStringLiteral("last_failure")).value()), Qt::ISODateWithMs);
    if (!last.isValid()) {
        return delay;
    }
    return std::max<qint64>(0, delay - last.secsTo(now()));
}

Status Vault::unlock(const SecretBytes& passphrase)
{
    if (isUnlocked()) {
        return Done {};
    }
    if (const qint64 wait = secondsUntilNextAttempt(); wait > 0) {
        return fail(QStringLiteral("too many wrong passphrases: try again in %1 seconds").arg(wait));
    }
    auto salt = meta(QStringLiteral("kdf_salt"));
    auto wrapped = meta(QStringLiteral("wrapped_key"));
    if (!salt || !wrapped) {
        return fail(salt ? wrapped.error() : salt.error());
    }
    const quint64 ops = meta(QStringLiteral("kdf_ops")).value().toULongLong();
    const quint64 mem = meta(QStringLiteral("kdf_mem")).value().toULongLong();
    auto wrapKey = Sodium::deriveKey(passphrase, salt.value(), ops, mem);
    if (!wrapKey) {
        return fail(QStringLiteral("vault %1 is damaged (key derivation parameters)").arg(m_path));
    }
    auto key = Sodium::aeadOpenSecret(wrapped.value(), wrapAssociatedData(), *wrapKey);
    if (!key) {
        const int failures = meta(QStringLiteral("failed_attempts")).value().toInt() + 1;
        setMeta(QStringLiteral("failed_attempts"), QByteArray::number(failures));
        setMeta(QStringLiteral("last_failure"), now().toUTC().toString(Qt::ISODateWithMs).toLatin1());
        return fail(
            QStringLiteral("wrong passphrase; try again in %1 seconds").arg(secondsUntilNextAttempt()));
    }
    setMeta(QStringLiteral("failed_attempts"), "0");
    m_vaultKey = std::move(*key);
    return Done {};
}

void Vault::lock()
{
    m_vaultKey.clear();
}

Status Vault::changePassphrase(const SecretBytes& current, const SecretBytes& replacement)
{
    lock();
    auto unlocked = unlock(current);
    if (!unlocked) {
        return unlocked;
    }
    const PassphraseStrength strength = PassphraseStrength::estimate(replacement);
    if (!strength.acceptable) {
        return fail(strength.advice);
    }
    const QByteArray salt = Sodium::randomBytes(Sodium::kPwhashSaltBytes);
    const KdfLimits limits = KdfLimits::moderate();
    const quint64 ops
        = std::max<quint64>(limits.opsLimit, meta(QStringLiteral("kdf_ops")).value().toULongLong());
    const quint64 mem
        = std::max<quint64>(limits.memLimit, meta(QStringLiteral("kdf_mem")).value().toULongLong());
    auto wrapKey = Sodium::deriveKey(replacement, salt, ops, mem);
    if (!wrapKey) {
        return fail(QStringLiteral("could not derive a key from the new passphrase (out of memory?)"));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    const bool written = setMeta(QStringLiteral("kdf_ops"), QByteArray::number(ops))
        && setMeta(QStringLiteral("kdf_mem"), QByteArray::number(mem))
        && setMeta(QStringLiteral("kdf_salt"), salt)
        && setMeta(QStringLiteral("wrapped_key"),
                   Sodium::aeadSeal(m_vaultKey.view(), wrapAssociatedData(), *wrapKey));
    if (!written || !db.commit()) {
        db.rollback();
        return fail(QStringLiteral("vault %1: the passphrase was not changed: %2")
                        .arg(m_path, db.lastError().text()));
    }
    return Done {};
}

Status Vault::putSecret(const QString& name, QByteArrayView plaintext)
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("the vault is locked"));
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO secrets (name, sealed) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(Sodium::aeadSeal(plaintext, secretAssociatedData(name), m_vaultKey));
    if (!query.exec()) {
        return fail(
            QStringLiteral("vault %1: cannot store %2: %3").arg(m_path, name, query.lastError().text()));
    }
    return Done {};
}

Result<SecretBytes> Vault::getSecret(const QString& name) const
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("the vault is locked"));
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT sealed FROM secrets WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        return fail(QStringLiteral("vault %1 has no %2").arg(m_path, name));
    }
    auto plain = Sodium::aeadOpenSecret(query.value(0).toByteArray(), secretAssociatedData(name), m_vaultKey);
    if (!plain) {
        return fail(
            QStringLiteral("vault %1: %2 is damaged or was moved from another row").arg(m_path, name));
    }
    return std::move(*plain);
}

Status Vault::putRecord(const QString& kind, const QString& key, QByteArrayView plaintext)
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("the vault is locked"));
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records (kind, key, sealed) VALUES (?, ?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(key);
    query.addBindValue(Sodium::aeadSeal(plaintext, recordAssociatedData(kind, key), m_vaultKey));
    if (!query.exec()) {
        return fail(QStringLiteral("vault %1: cannot store %2 %3: %4")
                        .arg(m_path, kind, key, query.lastError().text()));
    }
    return Done {};
}

Result<std::optional<QByteArray>> Vault::getRecord(const QString& kind, const QString& key) const
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("the vault is locked"));
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT sealed FROM records WHERE kind = ? AND key = ?"));
    query.addBindValue(kind);
    query.addBindValue(key);
    if (!query.exec()) {
        return fail(QStringLiteral("vault %1: cannot read %2 %3: %4")
                        .arg(m_path, kind, key, query.lastError().text()));
    }
    if (!query.next()) {
        return std::optional<QByteArray>();
    }
    auto plain = Sodium::aeadOpen(query.value(0).toByteArray(), recordAssociatedData(kind, key), m_vaultKey);
    if (!plain) {
        return fail(QStringLiteral("vault %1: %2 %3 is damaged or was moved from another row")
                        .arg(m_path, kind, key));
    }
    return std::optional<QByteArray>(std::move(*plain));
}

Result<QStringList> Vault::recordKeys(const QString& kind, const QString& prefix) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT key FROM records WHERE %1 ORDER BY key").arg(kKeyHasPrefix));
    query.addBindValue(kind);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec()) {
        return fail(
            QStringLiteral("vault %1: cannot list %2: %3").arg(m_path, kind, query.lastError().text()));
    }
    QStringList keys;
    while (query.next()) {
        keys.append(query.value(0).toString());
    }
    return keys;
}

Result<int> Vault::deleteRecords(const QString& kind, const QString& prefix)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM records WHERE %1").arg(kKeyHasPrefix));
    query.addBindValue(kind);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (!query.exec()) {
        return fail(
            QStringLiteral("vault %1: cannot delete %2: %3").arg(m_path, kind, query.lastError().text()));
    }
    return query.numRowsAffected();
}

Result<SecretBytes> Vault::subkey(const QString& purpose) const
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("the vault is locked"));
    }
    SecretBytes key(Sodium::kAeadKeyBytes);
    const QByteArray label = "veil-vault/v1/subkey/" + purpose.toUtf8();
    crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(label.constData()),
                       static_cast<unsigned long long>(label.size()), m_vaultKey.data(), m_vaultKey.size());
    return key;
}

}  // namespace veil::model
