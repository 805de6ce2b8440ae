// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/profile.md, "Supervisor archive"; DESIGN.md, "Audit log" (the
// consistency check against what the supervisor saw before).
#include "model/supervisor/ArchiveStore.h"

#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/vault/Vault.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace veil::model {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditArchive", text);
}

/// Bytes written in one vault transaction at most: one commit per file cost
/// a synchronous WAL write each, and one for a whole import would grow the
/// WAL to the size of every export at once.
constexpr qsizetype kBatchBytes = qsizetype(64) * 1024 * 1024;

/// The first entry (1-based) whose hash differs between two histories, within the first `upTo`.
qint64 firstDifference(QByteArrayView a, QByteArrayView b, qint64 upTo)
{
    constexpr qsizetype kHash = ExaminedExport::kHashSize;
    const qint64 n = std::min<qint64>({ upTo, a.size() / kHash, b.size() / kHash });
    for (qint64 i = 0; i < n; ++i) {
        if (!Sodium::equalConstantTime(a.sliced(i * kHash, kHash), b.sliced(i * kHash, kHash))) {
            return i + 1;
        }
    }
    return 0;
}

/// Entry hashes of the stored export of `workstation`, 32 bytes each (to locate a fork).
QByteArray storedHashes(const Vault& vault, const QString& workstation)
{
    auto record = vault.getRecord(AuditArchive::kExportKind, workstation);
    if (!record || !record.value()) {
        return {};
    }
    auto decoded = AuditExport::decode(*record.value(), workstation);
    QByteArray hashes;
    if (decoded) {
        for (const AuditEntry& entry : decoded.value().entries) {
            hashes.append(entry.hash);
        }
    }
    return hashes;
}

}  // namespace

Result<std::unique_ptr<ArchiveStore>> ArchiveStore::begin(AuditArchive& archive,
                                                          QList<ExaminedExport> examined)
{
    auto states = AuditArchive::loadStates(archive.m_vault);
    if (!states) {
        return fail(states.error());
    }
    return std::unique_ptr<ArchiveStore>(
        new ArchiveStore(archive, std::move(examined), std::move(states).value()));
}

ArchiveStore::ArchiveStore(AuditArchive& archive, QList<ExaminedExport> examined,
                           QHash<QString, ArchivedWorkstation> states)
    : m_archive(archive)
    , m_examined(std::move(examined))
    , m_states(std::move(states))
    , m_importedAt(archive.now())
{
    std::sort(m_examined.begin(), m_examined.end(),
              [](const ExaminedExport& a, const ExaminedExport& b) { return a.index < b.index; });
    m_summary.files.resize(m_examined.size());
    // Duplicates by content, in input order: the first copy is the one
    // checked. Only files another file shares the size of carry a digest
    // (AuditArchive::plan()).
    QHash<QByteArray, QString> firstWithDigest;
    for (int position = 0; position < m_examined.size(); ++position) {
        const ExaminedExport& e = m_examined[position];
        ImportOutcome& outcome = m_summary.files[position];
        outcome.file = e.path;
        outcome.workstation = e.workstation;
        outcome.reviewer = e.reviewer;
        if (e.readable && !e.digest.isEmpty()) {
            if (auto it = firstWithDigest.constFind(e.digest); it != firstWithDigest.constEnd()) {
                outcome.kind = ImportOutcome::Kind::Duplicate;
                outcome.reason
                    = tr("the same content as %1 in this import; skipped").arg(QFileInfo(*it).fileName());
                m_examined[position].bytes.clear();
                continue;
            }
            firstWithDigest.insert(e.digest, e.path);
        }
        m_order.append(position);
    }
    // Within a workstation, shorter exports first: an older and a newer
    // export in one folder both import, whatever their names. (Outcomes
    // keep their input order: they are placed by position.)
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        const ExaminedExport& x = m_examined[a];
        const ExaminedExport& y = m_examined[b];
        return x.workstation != y.workstation ? x.workstation < y.workstation : x.entries < y.entries;
    });
}

Status ArchiveStore::step(std::chrono::milliseconds budget)
{
    QElapsedTimer spent;
    spent.start();
    m_batchStart.clear();
    m_written = 0;
    // The writes go straight to the vault (sealing and inserting is most of
    // the cost, so the budget counts it) inside one transaction, committed
    // before the step returns.
    const Status written = m_archive.m_vault.transaction([&]() -> Status {
        do {
            if (done()) {
                break;
            }
            const int position = m_order[m_next++];
            if (m_batchStart.isEmpty()) {
                m_batchStart = QFileInfo(m_examined[position].path).fileName();
            }
            checkOne(position);
            if (!m_writeFailure.isEmpty()) {
                return fail(m_writeFailure);
            }
        } while (spent.elapsed() < budget.count() && m_written < kBatchBytes);
        return Done {};
    });
    if (!written) {
        m_next = m_order.size();  // nothing after a failed write is checked
        m_keep.clear();
        return fail(tr("the archive could not be written (%1); nothing of this import from %2 on was stored")
                        .arg(written.error(), m_batchStart));
    }
    for (auto it = m_keep.begin(); it != m_keep.end(); ++it) {
        m_archive.m_kept.insert(it.key(), std::move(it.value()));
    }
    m_keep.clear();
    return Done {};
}

void ArchiveStore::put(const QString& kind, const QString& key, const QByteArray& value)
{
    if (!m_writeFailure.isEmpty()) {
        return;
    }
    if (auto stored = m_archive.m_vault.putRecord(kind, key, value); !stored) {
        m_writeFailure = stored.error();
        return;
    }
    m_written += value.size();
}

QByteArray ArchiveStore::acceptedHashes(const QString& workstation) const
{
    const auto it = m_importedHashes.constFind(workstation);
    return it != m_importedHashes.constEnd() ? *it : storedHashes(m_archive.m_vault, workstation);
}

void ArchiveStore::checkOne(int position)
{
    ExaminedExport& e = m_examined[position];
    ImportOutcome& outcome = m_summary.files[position];
    const QString name = QFileInfo(e.path).fileName();
    ArchivedWorkstation* state = nullptr;
    if (!e.workstation.isEmpty()) {
        auto it = m_states.find(e.workstation);
        if (it == m_states.end()) {
            ArchivedWorkstation fresh;
            fresh.workstation = e.workstation;
            fresh.reviewer = e.reviewer;
            fresh.role = e.role;
            fresh.lastEntry = e.lastEntry;
            it = m_states.insert(e.workstation, fresh);
        }
        state = &*it;
    }
    const auto refuse = [&](const QString& reason, qint64 entry) {
        outcome.kind = ImportOutcome::Kind::Failed;
        outcome.reason = reason;
        outcome.entry = entry;
        if (state == nullptr) {
            return;
        }
        outcome.entries = state->entries;
        const bool damaged = !e.decoded;
        if (damaged && state->entries > 0) {
            return;  // a damaged copy of a verified workstation's log: named in the summary only
        }
        state->failures.append({ name, reason, entry, m_importedAt, damaged });
        if (state->entries == 0) {
            state->fileEntries = e.entries;
            state->lastEntry = e.lastEntry;
            if (state->reviewer.isEmpty()) {
                state->reviewer = e.reviewer;
                state->role = e.role;
            }
        }
        put(AuditArchive::kStateKind, state->workstation, state->encode());
    };
    if (!e.intact) {
        refuse(e.reason, e.entry);
    } else if (state->entries > 0 && state->key != e.keyId) {
        refuse(tr("signed by workstation key %1, but the exports imported earlier (%2) were signed by "
                  "key %3")
                   .arg(e.keyId, state->file, state->key),
               0);
    } else if (state->entries > e.entries) {
        const qint64 differs = firstDifference(acceptedHashes(e.workstation), e.hashes, e.entries);
        refuse(differs > 0 ? tr("truncated and forked: this export ends at entry %1, an earlier "
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
    } else if (state->entries > 0 && !Sodium::equalConstantTime(e.hashOf(state->entries), state->head)) {
        qint64 differs = firstDifference(acceptedHashes(e.workstation), e.hashes, state->entries);
        if (differs == 0) {
            differs = state->entries;
        }
        refuse(tr("fork: entry %1 differs from the one imported earlier (%2): history was "
                  "rewritten")
                   .arg(differs)
                   .arg(state->file),
               differs);
    } else if (state->entries == e.entries) {
        // The same history: its events are the archive's, should analysis() not have them yet.
        const auto kept = m_archive.m_kept.constFind(e.workstation);
        if (kept == m_archive.m_kept.constEnd() || kept->entries != state->entries
            || kept->head != state->head) {
            m_keep.insert(e.workstation, { state->entries, state->head, std::move(e.events) });
        }
        outcome.kind = ImportOutcome::Kind::Unchanged;
        outcome.entries = state->entries;
        outcome.reason
            = tr("already in the archive (entries 1 to %1, from %2)").arg(state->entries).arg(state->file);
    } else {
        outcome.kind = ImportOutcome::Kind::Imported;
        outcome.newEntries = e.entries - state->entries;
        state->key = e.keyId;
        state->reviewer = e.reviewer;
        state->role = e.role;
        state->file = name;
        state->entries = e.entries;
        state->head = e.hashOf(e.entries).toByteArray();
        state->lastEntry = e.lastEntry;
        state->imported = m_importedAt;
        state->fileEntries = 0;
        state->failures.removeIf([](const ArchivedWorkstation::Failure& f) { return f.damaged; });
        outcome.entries = state->entries;
        // The export and its state land in the same transaction.
        put(AuditArchive::kExportKind, e.workstation, std::exchange(e.bytes, {}));
        // (The state goes after its export, in the same transaction.)
        put(AuditArchive::kStateKind, e.workstation, state->encode());
        m_archive.m_kept.remove(e.workstation);
        m_keep.insert(e.workstation, { state->entries, state->head, std::move(e.events) });
        m_importedHashes.insert(e.workstation, std::exchange(e.hashes, {}));
    }
    e.hashes.clear();
}

}  // namespace veil::model
