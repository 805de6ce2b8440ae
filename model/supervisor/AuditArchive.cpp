// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/profile.md, "Supervisor archive"; DESIGN.md, "Audit log" (the
// consistency check against what the supervisor saw before).
#include "model/supervisor/AuditArchive.h"

#include "model/supervisor/ArchivedWorkstation.h"
#include "model/supervisor/AuditAnalysis.h"

#include "model/audit/AuditChain.h"
#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/keys/WorkstationCertificate.h"
#include "model/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>

namespace veil::model {

const QString AuditArchive::kExportKind = QStringLiteral("supervisor-audit-export");
const QString AuditArchive::kStateKind = QStringLiteral("supervisor-audit-state");

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditArchive", text);
}

/// An export larger than this is refused before it is read (a million
/// entries is about 600 MB; the vault keeps one sealed copy per workstation).
constexpr qint64 kMaxExportBytes = qint64(2) * 1024 * 1024 * 1024;

/// One input file after the parallel phase: read, decoded, checked.
struct Examined {
    int index = 0;
    QString path;
    QByteArray bytes;  ///< kept only when the export is intact (to store it)
    QByteArray digest;  ///< of the whole file, to find duplicates
    bool readable = false;
    bool decoded = false;
    bool intact = false;
    QString reason;  ///< when not intact: the first finding, without the path
    qint64 entry = 0;
    QString workstation;
    QString keyId;
    QString reviewer;
    QString role;
    qint64 entries = 0;
    QList<QByteArray> hashes;  ///< entry hashes, 1…entries (intact exports only)
    QDateTime lastEntry;
};

QString withoutPath(const QString& message, const QString& path)
{
    const QString prefix = path + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

/// The header line of a file that did not decode (docs/formats.md,
/// ".veilaudit", line 1), so a cut-short or damaged export still gets its
/// workstation's row. The reviewer is as claimed: nothing here is verified.
void readHeaderOnly(const QByteArray& bytes, Examined& out)
{
    const qsizetype end = bytes.indexOf('\n');
    const QJsonDocument header = QJsonDocument::fromJson(end < 0 ? bytes : bytes.first(end));
    if (!header.isObject()
        || header.object().value(QStringLiteral("format")).toString() != QLatin1String("veilaudit")) {
        return;
    }
    const QJsonObject o = header.object();
    out.workstation = o.value(QStringLiteral("workstation_id")).toString();
    out.entries = o.value(QStringLiteral("entries")).toInteger();
    auto certificate = WorkstationCertificate::decode(
        o.value(QStringLiteral("certificate")).toString().toUtf8(), out.path);
    if (certificate) {
        out.reviewer = certificate.value().reviewerId;
        out.role = reviewerRoleName(certificate.value().role);
    }
}

Examined examine(int index, const QString& path, const TrustStore& trust)
{
    Examined out;
    out.index = index;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.reason = tr("cannot open: %1").arg(file.errorString());
        return out;
    }
    if (file.size() > kMaxExportBytes) {
        out.reason = tr("not an audit export the console can hold (%1 bytes)").arg(file.size());
        return out;
    }
    out.bytes = file.readAll();
    if (out.bytes.size() != file.size()) {
        out.reason = tr("cannot read: %1").arg(file.errorString());
        out.bytes.clear();
        return out;
    }
    out.readable = true;
    out.digest = Sodium::hash(out.bytes, 32);
    if (out.bytes.isEmpty()) {
        out.reason = tr("not an audit export (the file is empty)");
        return out;
    }
    auto decoded = AuditExport::decode(out.bytes, path);
    if (!decoded) {
        out.reason = withoutPath(decoded.error(), path);
        readHeaderOnly(out.bytes, out);
        out.bytes.clear();
        return out;
    }
    out.decoded = true;
    const AuditExport& log = decoded.value();
    out.workstation = log.workstationId;
    out.keyId = log.workstation.keyId();
    out.entries = log.entries.size();
    if (log.certificate) {
        out.reviewer = log.certificate->reviewerId;
        out.role = reviewerRoleName(log.certificate->role);
    }
    if (!log.entries.isEmpty()) {
        out.lastEntry = QDateTime::fromString(
            QString::fromLatin1(AuditChain::canonicalTime(log.entries.constLast().canonical)),
            Qt::ISODateWithMs);
    }
    const AuditVerification verification = log.check(trust);
    if (!verification.intact()) {
        out.reason = verification.findings.constFirst().message;
        out.entry = verification.findings.constFirst().entry;
        out.bytes.clear();
        return out;
    }
    out.intact = true;
    out.hashes.reserve(log.entries.size());
    for (const AuditEntry& entry : log.entries) {
        out.hashes.append(entry.hash);
    }
    return out;
}

/// The first entry (1-based) whose hash differs between two histories, within the first `upTo`.
qint64 firstDifference(const QList<QByteArray>& a, const QList<QByteArray>& b, qint64 upTo)
{
    const qint64 n = std::min<qint64>({ upTo, a.size(), b.size() });
    for (qint64 i = 0; i < n; ++i) {
        if (!Sodium::equalConstantTime(a[i], b[i])) {
            return i + 1;
        }
    }
    return 0;
}

}  // namespace

QString ImportOutcome::describe() const
{
    const QString name = QFileInfo(file).fileName();
    const QString who = reviewer.isEmpty() ? workstation : tr("%1, reviewer %2").arg(workstation, reviewer);
    switch (kind) {
    case Kind::Imported:
        return tr("%1: imported (%2): %3 new entries, %4 in the archive")
            .arg(name, who)
            .arg(newEntries)
            .arg(entries);
    case Kind::Unchanged:
        return tr("%1: unchanged (%2): %3").arg(name, who, reason);
    case Kind::Duplicate:
        return tr("%1: duplicate file: %2").arg(name, reason);
    case Kind::Failed:
        break;
    }
    return who.isEmpty() ? tr("%1: failed: %2").arg(name, reason)
                         : tr("%1: failed (%2): %3").arg(name, who, reason);
}

int ImportSummary::count(ImportOutcome::Kind kind) const
{
    return static_cast<int>(
        std::count_if(files.begin(), files.end(), [kind](const ImportOutcome& o) { return o.kind == kind; }));
}

QString ImportSummary::headline() const
{
    qint64 added = 0;
    for (const ImportOutcome& outcome : files) {
        added += outcome.newEntries;
    }
    return (files.size() == 1 ? tr("1 file: ") : tr("%1 files: ").arg(files.size()))
        + tr("%1 imported (%2 new entries), %3 unchanged, %4 duplicate, %5 failed")
              .arg(count(ImportOutcome::Kind::Imported))
              .arg(added)
              .arg(count(ImportOutcome::Kind::Unchanged))
              .arg(count(ImportOutcome::Kind::Duplicate))
              .arg(count(ImportOutcome::Kind::Failed));
}

QString ImportSummary::text() const
{
    QString out = headline() + QLatin1Char('\n');
    for (const ImportOutcome& outcome : files) {
        out += outcome.describe() + QLatin1Char('\n');
    }
    return out;
}

AuditArchive::AuditArchive(Vault& vault, TrustStore trust, Clock clock)
    : m_vault(vault)
    , m_trust(std::move(trust))
    , m_clock(std::move(clock))
{ }

QDateTime AuditArchive::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

namespace {

Result<QHash<QString, ArchivedWorkstation>> loadStates(const Vault& vault)
{
    auto keys = vault.recordKeys(AuditArchive::kStateKind);
    if (!keys) {
        return fail(keys.error());
    }
    QHash<QString, ArchivedWorkstation> states;
    for (const QString& key : keys.value()) {
        auto record = vault.getRecord(AuditArchive::kStateKind, key);
        if (!record) {
            return fail(record.error());
        }
        auto state = record.value() ? ArchivedWorkstation::decode(*record.value()) : std::nullopt;
        if (!state) {
            return fail(tr("the archive's record of workstation %1 is damaged").arg(key));
        }
        states.insert(key, std::move(*state));
    }
    return states;
}

/// Entry hashes of the stored export of `workstation` (to locate a fork).
QList<QByteArray> storedHashes(const Vault& vault, const QString& workstation)
{
    auto record = vault.getRecord(AuditArchive::kExportKind, workstation);
    if (!record || !record.value()) {
        return {};
    }
    auto decoded = AuditExport::decode(*record.value(), workstation);
    QList<QByteArray> hashes;
    if (decoded) {
        for (const AuditEntry& entry : decoded.value().entries) {
            hashes.append(entry.hash);
        }
    }
    return hashes;
}

}  // namespace

Result<ImportSummary> AuditArchive::import(const QStringList& inputs)
{
    const QStringList files = AuditAnalysis::expandInputs(inputs);
    auto loaded = loadStates(m_vault);
    if (!loaded) {
        return fail(loaded.error());
    }
    QHash<QString, ArchivedWorkstation> states = std::move(loaded).value();

    QList<QPair<int, QString>> numbered;
    for (int i = 0; i < files.size(); ++i) {
        numbered.append({ i, files[i] });
    }
    const TrustStore& trust = m_trust;
    QList<Examined> examined
        = QtConcurrent::blockingMapped(numbered, [&trust](const QPair<int, QString>& file) {
              return examine(file.first, file.second, trust);
          });

    ImportSummary summary;
    summary.files.resize(examined.size());
    // Duplicates by content, in input order: the first copy is the one processed.
    QHash<QByteArray, QString> firstWithDigest;
    QList<int> order;
    for (const Examined& e : examined) {
        ImportOutcome& outcome = summary.files[e.index];
        outcome.file = e.path;
        outcome.workstation = e.workstation;
        outcome.reviewer = e.reviewer;
        if (e.readable) {
            if (auto it = firstWithDigest.constFind(e.digest); it != firstWithDigest.constEnd()) {
                outcome.kind = ImportOutcome::Kind::Duplicate;
                outcome.reason
                    = tr("the same content as %1 in this import; skipped").arg(QFileInfo(*it).fileName());
                continue;
            }
            firstWithDigest.insert(e.digest, e.path);
        }
        order.append(e.index);
    }
    // Within a workstation, shorter exports first: an older and a newer
    // export in one folder both import, whatever their names. (Outcomes
    // keep their input order: they are placed by index.)
    std::stable_sort(order.begin(), order.end(), [&examined](int a, int b) {
        const Examined& x = examined[a];
        const Examined& y = examined[b];
        return x.workstation != y.workstation ? x.workstation < y.workstation : x.entries < y.entries;
    });

    const QDateTime importedAt = now();
    for (int index : order) {
        Examined& e = examined[index];
        ImportOutcome& outcome = summary.files[index];
        const QString name = QFileInfo(e.path).fileName();
        ArchivedWorkstation* state = nullptr;
        if (!e.workstation.isEmpty()) {
            auto it = states.find(e.workstation);
            if (it == states.end()) {
                ArchivedWorkstation fresh;
                fresh.workstation = e.workstation;
                fresh.reviewer = e.reviewer;
                fresh.role = e.role;
                fresh.lastEntry = e.lastEntry;
                it = states.insert(e.workstation, fresh);
            }
            state = &*it;
        }
        const auto refuse = [&](const QString& reason, qint64 entry) -> Status {
            outcome.kind = ImportOutcome::Kind::Failed;
            outcome.reason = reason;
            outcome.entry = entry;
            if (state == nullptr) {
                return Done {};
            }
            outcome.entries = state->entries;
            const bool damaged = !e.decoded;
            if (damaged && state->entries > 0) {
                return Done {};  // a damaged copy of a verified workstation's log: named in the summary only
            }
            state->failures.append({ name, reason, entry, importedAt, damaged });
            if (state->entries == 0) {
                state->fileEntries = e.entries;
                state->lastEntry = e.lastEntry;
                if (state->reviewer.isEmpty()) {
                    state->reviewer = e.reviewer;
                    state->role = e.role;
                }
            }
            return m_vault.putRecord(kStateKind, state->workstation, state->encode());
        };
        Status stored = Done {};
        if (!e.intact) {
            stored = refuse(e.reason, e.entry);
        } else if (state->entries > 0 && state->key != e.keyId) {
            stored = refuse(
                tr("signed by workstation key %1, but the exports imported earlier (%2) were signed by "
                   "key %3")
                    .arg(e.keyId, state->file, state->key),
                0);
        } else if (state->entries > static_cast<qint64>(e.hashes.size())) {
            const qint64 differs = firstDifference(storedHashes(m_vault, e.workstation), e.hashes, e.entries);
            stored = refuse(differs > 0 ? tr("truncated and forked: this export ends at entry %1, an earlier "
                                             "import (%2) reached entry %3, and entry %4 differs from it")
                                              .arg(e.entries)
                                              .arg(state->file)
                                              .arg(state->entries)
                                              .arg(differs)
                                        : tr("truncated: an earlier import of this workstation (%1) reached "
                                             "entry %2, this export ends at entry %3")
                                              .arg(state->file)
                                              .arg(state->entries)
                                              .arg(e.entries),
                            differs > 0 ? differs : e.entries + 1);
        } else if (state->entries > 0
                   && !Sodium::equalConstantTime(e.hashes[state->entries - 1], state->head)) {
            qint64 differs = firstDifference(storedHashes(m_vault, e.workstation), e.hashes, state->entries);
            if (differs == 0) {
                differs = state->entries;
            }
            stored = refuse(tr("fork: entry %1 differs from the one imported earlier (%2): history was "
                               "rewritten")
                                .arg(differs)
                                .arg(state->file),
                            differs);
        } else if (state->entries == e.entries) {
            outcome.kind = ImportOutcome::Kind::Unchanged;
            outcome.entries = state->entries;
            outcome.reason = tr("already in the archive (entries 1 to %1, from %2)")
                                 .arg(state->entries)
                                 .arg(state->file);
        } else {
            outcome.kind = ImportOutcome::Kind::Imported;
            outcome.newEntries = e.entries - state->entries;
            state->key = e.keyId;
            state->reviewer = e.reviewer;
            state->role = e.role;
            state->file = name;
            state->entries = e.entries;
            state->head = e.hashes.constLast();
            state->lastEntry = e.lastEntry;
            state->imported = importedAt;
            state->fileEntries = 0;
            state->failures.removeIf([](const ArchivedWorkstation::Failure& f) { return f.damaged; });
            outcome.entries = state->entries;
            const QByteArray bytes = std::exchange(e.bytes, {});
            const QByteArray record = state->encode();
            stored = m_vault.transaction([&]() -> Status {
                if (auto put = m_vault.putRecord(kExportKind, e.workstation, bytes); !put) {
                    return put;
                }
                return m_vault.putRecord(kStateKind, e.workstation, record);
            });
        }
        if (!stored) {
            return fail(tr("%1: the archive could not be written (%2); files after it were not imported")
                            .arg(name, stored.error()));
        }
        e.hashes.clear();
    }
    return summary;
}

Result<QList<LogStatus>> AuditArchive::logs() const
{
    auto states = loadStates(m_vault);
    if (!states) {
        return fail(states.error());
    }
    QStringList keys = states.value().keys();
    keys.sort();
    QList<LogStatus> rows;
    for (const QString& key : keys) {
        rows.append(states.value().value(key).status());
    }
    return rows;
}

Result<AuditAnalysis> AuditArchive::analysis() const
{
    auto rows = logs();
    if (!rows) {
        return fail(rows.error());
    }
    QList<QByteArray> exports;
    for (const LogStatus& row : rows.value()) {
        auto record = m_vault.getRecord(kExportKind, row.workstation);
        if (!record) {
            return fail(record.error());
        }
        if (record.value()) {
            exports.append(std::move(*record.value()));
        }
    }
    return AuditAnalysis::fromVerified(rows.value(), exports);
}

}  // namespace veil::model
