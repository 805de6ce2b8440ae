// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/profile/Profile.h"

#include "model/audit/AuditExport.h"
#include "model/demo/DemoOrganisation.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"
#include "model/policy/PolicyEngine.h"
#include "model/policy/RevealPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace veil::model {

namespace {

constexpr char kBatchKind[] = "batch";
const QString kWorkstationSecret = QStringLiteral("workstation-key");
// The workstation key's own passphrase inside the vault: the vault's AEAD
// already protects it, so the key file format is used only for its layout.
const QByteArray kInnerPassphrase = QByteArrayLiteral("veil-vault-inner");

QString metaText(Vault& vault, const char* key)
{
    auto value = vault.getSecret(QString::fromLatin1(key));
    return value ? QString::fromUtf8(value.value().view()) : QString();
}

/// Copies `source` to `target` durably (QSaveFile syncs before renaming).
Status copyDurably(const QString& source, const QString& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot read: %2").arg(source, in.errorString()));
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(target, out.errorString()));
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = in.read(chunk.data(), chunk.size());
        if (got < 0) {
            return fail(QStringLiteral("%1: read error: %2").arg(source, in.errorString()));
        }
        if (got == 0) {
            break;
        }
        if (out.write(chunk.constData(), got) != got) {
            return fail(QStringLiteral("%1: cannot write (disk full?): %2").arg(target, out.errorString()));
        }
    }
    if (!out.commit()) {
        return fail(QStringLiteral("%1: cannot write (disk full?): %2").arg(target, out.errorString()));
    }
    return Done {};
}

}  // namespace

QString Profile::vaultPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("vault.sqlite"));
}
QString Profile::auditPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("audit.sqlite"));
}
QString Profile::batchDirectory(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("batches"));
}

Profile::~Profile()
{
    lock();
}

QDateTime Profile::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<std::unique_ptr<Profile>> Profile::create(const QString& dir, const Identity& identity,
                                                 const SecretBytes& passphrase, const Options& options)
{
    if (identity.reviewerId.trimmed().isEmpty()) {
        return fail(QStringLiteral("a profile needs a reviewer id"));
    }
    if (identity.trustRoots.isEmpty()) {
        return fail(QStringLiteral("a profile needs at least one organisation root key to trust"));
    }
    if (QFileInfo::exists(vaultPath(dir))) {
        return fail(QStringLiteral("%1 already holds a Veil profile; unlock it instead").arg(dir));
    }
    if (!QDir().mkpath(batchDirectory(dir))) {
        return fail(QStringLiteral("%1: cannot create the profile directory").arg(dir));
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto vault = Vault::create(vaultPath(dir), passphrase, Vault::Options { options.kdf, options.clock });
    if (!vault) {
        return fail(vault.error());
    }
    SecretKey workstation = identity.workstation == nullptr
        ? KeyFactory::generateWorkstation(QStringLiteral("Veil workstation of %1").arg(identity.reviewerId))
        : SecretKey {};
    const SecretKey& key = identity.workstation == nullptr ? workstation : *identity.workstation;
    // Store the secret halves under the vault key (row-bound), in the key
    // file layout; the cheap inner passphrase only satisfies that format.
    auto encoded = KeyFile::encodeSecret(key, SecretBytes::copyOf(kInnerPassphrase), KdfLimits { 1, 8192 });
    if (!encoded) {
        return fail(encoded.error());
    }
    QJsonArray roots;
    for (const PublicKey& root : identity.trustRoots) {
        roots.append(QString::fromLatin1(KeyFile::encodePublic(root)));
    }
    Vault& v = *vault.value();
    auto stored = v.transaction([&]() -> Status {
        for (const auto& [name, value] :
             { std::pair { kWorkstationSecret, encoded.value() },
               std::pair { QStringLiteral("reviewer-id"), identity.reviewerId.trimmed().toUtf8() },
               std::pair { QStringLiteral("trust-roots"),
                           QJsonDocument(roots).toJson(QJsonDocument::Compact) },
               std::pair { QStringLiteral("workstation-public"), KeyFile::encodePublic(key.publicKey) } }) {
            auto put = v.putSecret(name, value);
            if (!put) {
                return put;
            }
        }
        return Done {};
    });
    if (!stored) {
        return fail(stored.error());
    }
    v.lock();
    auto profile = open(dir, options);
    if (!profile) {
        return profile;
    }
    auto unlocked = profile.value()->unlock(passphrase);
    if (!unlocked) {
        return fail(unlocked.error());
    }
    return profile;
}

Result<std::unique_ptr<Profile>> Profile::open(const QString& dir, const Options& options)
{
    if (!QFileInfo::exists(vaultPath(dir))) {
        return fail(QStringLiteral("%1 holds no Veil profile (no vault.sqlite)").arg(dir));
    }
    auto vault = Vault::open(vaultPath(dir), Vault::Options { options.kdf, options.clock });
    if (!vault) {
        return fail(vault.error());
    }
    std::unique_ptr<Profile> profile(new Profile);
    profile->m_dir = dir;
    profile->m_clock = options.clock;
    profile->m_vault = std::move(vault).value();
    return profile;
}

Status Profile::loadIdentity()
{
    m_reviewerId = metaText(*m_vault, "reviewer-id");
    const QString source = QStringLiteral("%1 (workstation key)").arg(vaultPath(m_dir));
    auto publicKey = KeyFile::decodePublic(metaText(*m_vault, "workstation-public").toUtf8(), source);
    if (!publicKey) {
        return fail(publicKey.error());
    }
    m_workstationPublic = publicKey.value();
    const QJsonArray roots = QJsonDocument::fromJson(metaText(*m_vault, "trust-roots").toUtf8()).array();
    m_trust = TrustStore();
    for (const QJsonValue& root : roots) {
        auto key = KeyFile::decodePublic(root.toString().toUtf8(), vaultPath(m_dir));
        if (!key) {
            return fail(key.error());
        }
        m_trust.addRoot(key.value());
    }
    m_certificate.reset();
    const QByteArray certificate = metaText(*m_vault, "certificate").toUtf8();
    if (!certificate.isEmpty()) {
        auto decoded = WorkstationCertificate::decode(certificate, vaultPath(m_dir));
        if (!decoded) {
            return fail(decoded.error());
        }
        m_certificate = decoded.value();
    }
    return Done {};
}

Status Profile::unlock(const SecretBytes& passphrase)
{
    if (isUnlocked()) {
        return Done {};
    }
    auto unlocked = m_vault->unlock(passphrase);
    if (!unlocked) {
        return unlocked;
    }
    const auto failed = [this](const QString& why) {
        m_vault->lock();
        m_workstation.reset();
        return fail(why);
    };
    auto identity = loadIdentity();
    if (!identity) {
        return failed(identity.error());
    }
    auto encoded = m_vault->getSecret(kWorkstationSecret);
    if (!encoded) {
        return failed(encoded.error());
    }
    auto key = KeyFile::decodeSecret(encoded.value().view(), SecretBytes::copyOf(kInnerPassphrase),
                                     vaultPath(m_dir));
    if (!key) {
        return failed(key.error());
    }
    m_workstation = std::make_unique<SecretKey>(std::move(key).value());
    // An import interrupted by a crash leaves its staging copy (ciphertext,
    // never verified): remove it.
    const QDir batches(batchDirectory(m_dir));
    for (const QString& stale : batches.entryList({ QStringLiteral("*.part*") }, QDir::Files)) {
        QFile::remove(batches.filePath(stale));
    }
    auto storageKey = m_vault->subkey(QStringLiteral("audit-storage"));
    if (!storageKey) {
        return failed(storageKey.error());
    }
    auto audit = AuditLog::open(auditPath(m_dir), m_workstationPublic.keyId(), std::move(storageKey).value(),
                                m_clock);
    if (!audit) {
        return failed(audit.error());
    }
    m_audit = std::move(audit).value();
    AuditRecord unlockRecord;
    unlockRecord.event = AuditEvent::Unlock;
    auto logged = record(unlockRecord);
    if (!logged) {
        m_audit.reset();
        return failed(QStringLiteral("the session cannot start because the audit log cannot be written: %1")
                          .arg(logged.error()));
    }
    return Done {};
}

void Profile::lock()
{
    m_reveals.clear();
    m_batches.clear();
    if (m_audit != nullptr && m_workstation != nullptr) {
        // Best effort: a full disk must not keep the keys in memory.
        AuditRecord lockRecord;
        lockRecord.event = AuditEvent::Lock;
        record(lockRecord);
        m_audit->checkpoint(*m_workstation);
    }
    m_audit.reset();
    m_workstation.reset();
    if (m_vault != nullptr) {
        m_vault->lock();
    }
}

Status Profile::changePassphrase(const SecretBytes& current, const SecretBytes& replacement)
{
    const bool wasUnlocked = isUnlocked();
    auto changed = m_vault->changePassphrase(current, replacement);
    if (changed && !wasUnlocked) {
        m_vault->lock();
    }
    return changed;
}

bool Profile::isDemo() const
{
    for (const PublicKey& root : m_trust.roots()) {
        if (root.keyId() == DemoOrganisation::rootKeyId()) {
            return true;
        }
    }
    return false;
}

Status Profile::record(AuditRecord entry)
{
    if (m_audit == nullptr) {
        return fail(QStringLiteral("the profile is locked"));
    }
    entry.actor = m_reviewerId;
    auto appended = m_audit->append(entry);
    if (!appended) {
        return fail(appended.error());
    }
    return Done {};
}

Result<EnrolmentRequest> Profile::enrolmentRequest() const
{
    if (m_workstation == nullptr) {
        return fail(QStringLiteral("unlock the profile to make an enrolment request"));
    }
    return EnrolmentRequest::create(m_reviewerId, *m_workstation, now());
}

Status Profile::installCertificate(const QByteArray& bytes, const QString& source)
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("unlock the profile to install a certificate"));
    }
    auto decoded = WorkstationCertificate::decode(bytes, source);
    if (!decoded) {
        return fail(decoded.error());
    }
    const WorkstationCertificate& certificate = decoded.value();
    if (certificate.workstation.signPublic != m_workstationPublic.signPublic
        || certificate.workstation.boxPublic != m_workstationPublic.boxPublic) {
        return fail(QStringLiteral("%1: this certificate is for workstation %2, not this one (%3)")
                        .arg(source, certificate.workstation.keyId(), m_workstationPublic.keyId()));
    }
    if (certificate.reviewerId != m_reviewerId) {
        return fail(QStringLiteral("%1: this certificate is for reviewer %2, not %3")
                        .arg(source, certificate.reviewerId, m_reviewerId));
    }
    auto valid = certificate.verify(m_trust, now());
    if (!valid) {
        return fail(QStringLiteral("%1: %2").arg(source, valid.error()));
    }
    auto stored = m_vault->putSecret(QStringLiteral("certificate"), certificate.encode());
    if (!stored) {
        return stored;
    }
    m_certificate = certificate;
    return Done {};
}

QString Profile::role() const
{
    return m_certificate ? reviewerRoleName(m_certificate->role) : QString();
}

Result<std::unique_ptr<BatchReader>> Profile::openStoredBatch(const QString& batchId) const
{
    const QString path = QDir(batchDirectory(m_dir)).filePath(batchId + QStringLiteral(".veilbatch"));
    BatchReader::Options options;
    options.trust = m_trust;
    options.workstation = m_workstation.get();
    options.now = now();
    BatchOpenResult opened = BatchReader::open(path, options);
    if (!opened) {
        return fail(opened.message);
    }
    return std::move(opened.reader);
}

Result<QString> Profile::importBatch(const QString& path)
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("unlock the profile to import a batch"));
    }
    const auto refused = [&](const QString& why) -> Result<QString> {
        AuditRecord entry;
        entry.event = AuditEvent::BatchRefused;
        entry.detail = why;
        auto logged = record(entry);
        return fail(
            logged
                ? why
                : QStringLiteral("%1 (and the refusal could not be audited: %2)").arg(why, logged.error()));
    };
    // Verify a private copy, so that what was verified is what is kept.
    const QString staging = QDir(batchDirectory(m_dir)).filePath(QStringLiteral("incoming.veilbatch.part"));
    QFile::remove(staging);
    auto copied = copyDurably(path, staging);
    if (!copied) {
        QFile::remove(staging);
        return refused(copied.error());
    }
    BatchReader::Options options;
    options.trust = m_trust;
    options.workstation = m_workstation.get();
    options.now = now();
    BatchOpenResult opened = BatchReader::open(staging, options);
    if (!opened) {
        QFile::remove(staging);
        return refused(opened.message.replace(staging, path));
    }
    const BatchHeader header = opened.reader->header();
    opened.reader.reset();
    const QString batchId = header.batchId;
    auto existing = m_vault->getRecord(QString::fromLatin1(kBatchKind), batchId);
    if (!existing) {
        QFile::remove(staging);
        return fail(existing.error());
    }
    const QString target = QDir(batchDirectory(m_dir)).filePath(batchId + QStringLiteral(".veilbatch"));
    if (existing.value().has_value() && QFileInfo::exists(target)) {
        QFile::remove(staging);
        return batchId;  // already imported
    }
    QFile::remove(target);
    if (!QFile::rename(staging, target)) {
        QFile::remove(staging);
        return fail(QStringLiteral("%1: cannot store the batch in %2").arg(path, batchDirectory(m_dir)));
    }
    QJsonObject meta;
    meta.insert(QStringLiteral("imported"), now().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("expires"), header.expires.toUTC().toString(Qt::ISODateWithMs));
    meta.insert(QStringLiteral("tasks"), header.taskCount);
    AuditRecord entry;
    entry.event = AuditEvent::BatchImported;
    entry.batchId = batchId;
    entry.detail = QStringLiteral("%1 tasks from issuer %2").arg(header.taskCount).arg(header.issuer.keyId());
    auto stored = m_vault->putRecord(QString::fromLatin1(kBatchKind), batchId,
                                     QJsonDocument(meta).toJson(QJsonDocument::Compact));
    if (!stored) {
        QFile::remove(target);
        return fail(stored.error());
    }
    auto logged = record(entry);
    if (!logged) {
        m_vault->deleteRecords(QString::fromLatin1(kBatchKind), batchId);
        QFile::remove(target);
        return fail(QStringLiteral("%1: not imported, because the audit log cannot be written: %2")
                        .arg(path, logged.error()));
    }
    return batchId;
}

Result<QStringList> Profile::batchIds() const
{
    return m_vault->recordKeys(QString::fromLatin1(kBatchKind));
}

Result<const BatchReader*> Profile::batch(const QString& batchId)
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("the profile is locked"));
    }
    if (auto found = m_batches.constFind(batchId); found != m_batches.constEnd()) {
        return static_cast<const BatchReader*>(found.value().get());
    }
    auto known = m_vault->getRecord(QString::fromLatin1(kBatchKind), batchId);
    if (!known) {
        return fail(known.error());
    }
    if (!known.value().has_value()) {
        return fail(QStringLiteral("batch %1 is not in this profile").arg(batchId));
    }
    auto opened = openStoredBatch(batchId);
    if (!opened) {
        return fail(opened.error());
    }
    std::shared_ptr<BatchReader> reader(std::move(opened).value());
    m_batches.insert(batchId, reader);
    return static_cast<const BatchReader*>(reader.get());
}

Result<QStringList> Profile::purgeExpired()
{
    auto ids = batchIds();
    if (!ids || !isUnlocked()) {
        return fail(ids ? QStringLiteral("the profile is locked") : ids.error());
    }
    QStringList purged;
    for (const QString& id : ids.value()) {
        auto meta = m_vault->getRecord(QString::fromLatin1(kBatchKind), id);
        if (!meta) {
            return fail(meta.error());
        }
        const QJsonObject json = QJsonDocument::fromJson(meta.value().value_or(QByteArray())).object();
        const QDateTime expires
            = QDateTime::fromString(json.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        if (!expires.isValid() || expires > now()) {
            continue;
        }
        // Audit first: a purge that cannot be recorded does not happen.
        AuditRecord entry;
        entry.event = AuditEvent::BatchPurged;
        entry.batchId = id;
        entry.detail = QStringLiteral("expired on %1").arg(expires.toUTC().toString(Qt::ISODate));
        auto logged = record(entry);
        if (!logged) {
            return fail(QStringLiteral("batch %1 was not purged: %2").arg(id, logged.error()));
        }
        m_reveals.remove(id);
        m_batches.remove(id);
        auto removed = m_vault->transaction([&]() -> Status {
            for (const char* kind : { "draft", "task", "batch" }) {
                auto gone = m_vault->deleteRecords(
                    QString::fromLatin1(kind),
                    QString::fromLatin1(kind) == QLatin1String("batch") ? id : id + QLatin1Char('/'));
                if (!gone) {
                    return fail(gone.error());
                }
            }
            return Done {};
        });
        if (!removed) {
            return fail(removed.error());
        }
        QFile::remove(QDir(batchDirectory(m_dir)).filePath(id + QStringLiteral(".veilbatch")));
        purged.append(id);
    }
    return purged;
}

Result<RevealService*> Profile::reveals(const QString& batchId)
{
    if (auto found = m_reveals.constFind(batchId); found != m_reveals.constEnd()) {
        return found.value().get();
    }
    auto reader = batch(batchId);
    if (!reader) {
        return fail(reader.error());
    }
    auto policy = RevealPolicy::fromJson(reader.value()->header().policy);
    if (!policy) {
        return fail(QStringLiteral("batch %1: its policy is not valid: %2").arg(batchId, policy.error()));
    }
    auto service = std::make_shared<RevealService>(*reader.value(), *m_audit, PolicyEngine(policy.value()),
                                                   m_reviewerId, role(), m_clock);
    m_reveals.insert(batchId, service);
    return service.get();
}

Result<QByteArray> Profile::exportAudit()
{
    if (!isUnlocked()) {
        return fail(QStringLiteral("unlock the profile to export its audit log"));
    }
    if (!m_certificate) {
        return fail(QStringLiteral("this workstation is not enrolled yet: a supervisor can only check an "
                                   "audit export that carries the organisation's certificate"));
    }
    AuditRecord entry;
    entry.event = AuditEvent::Export;
    auto logged = record(entry);
    if (!logged) {
        return fail(logged.error());
    }
    return AuditExport::fromLog(*m_audit, *m_workstation, *m_certificate);
}

}  // namespace veil::model
