// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/profile.md, "Supervisor archive"; DESIGN.md, "Audit log" (the
// consistency check against what the supervisor saw before).
#include "model/supervisor/AuditArchive.h"

#include "model/supervisor/ArchiveStore.h"
#include "model/supervisor/ArchivedWorkstation.h"
#include "model/supervisor/AuditAnalysis.h"

#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/vault/Vault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <optional>

namespace veil::model {

const QString AuditArchive::kExportKind = QStringLiteral("supervisor-audit-export");
const QString AuditArchive::kStateKind = QStringLiteral("supervisor-audit-state");

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditArchive", text);
}

}  // namespace

AuditArchive::AuditArchive(Vault& vault, TrustStore trust, Clock clock)
    : m_vault(vault)
    , m_trust(std::move(trust))
    , m_clock(std::move(clock))
{ }

QDateTime AuditArchive::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<QHash<QString, ArchivedWorkstation>> AuditArchive::loadStates(const Vault& vault)
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

Result<ImportSummary> AuditArchive::import(const QStringList& inputs)
{
    const Plan planned = plan(inputs);
    QList<int> indices(planned.files.size());
    std::iota(indices.begin(), indices.end(), 0);
    return store(
        QtConcurrent::blockingMapped(indices, [&planned](int index) { return planned.examine(index); }));
}

AuditArchive::Plan AuditArchive::plan(const QStringList& inputs) const
{
    Plan out;
    out.files = AuditAnalysis::expandInputs(inputs);
    out.trust = m_trust;
    QHash<qint64, int> withSize;
    for (const QString& file : std::as_const(out.files)) {
        const QFileInfo info(file);
        const qint64 size = info.exists() ? info.size() : -1;
        out.sizes.append(size);
        ++withSize[size];
    }
    for (const qint64 size : std::as_const(out.sizes)) {
        out.sizeShared.append(withSize.value(size) > 1);
    }
    return out;
}

Result<ImportSummary> AuditArchive::store(QList<ExaminedExport> examined)
{
    auto storing = ArchiveStore::begin(*this, std::move(examined));
    if (!storing) {
        return fail(storing.error());
    }
    ArchiveStore& store = *storing.value();
    while (!store.done()) {
        // Long steps: one transaction per 64 MB of exports, none left open.
        if (auto stepped = store.step(std::chrono::minutes(1)); !stepped) {
            return fail(stepped.error());
        }
    }
    return store.summary();
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
    auto read = contents();
    if (!read) {
        return fail(read.error());
    }
    return AuditAnalysis::fromEvents(std::move(read.value().logs), read.value().exports);
}

Result<AuditArchive::Contents> AuditArchive::contents() const
{
    auto loaded = loadStates(m_vault);
    if (!loaded) {
        return fail(loaded.error());
    }
    const QHash<QString, ArchivedWorkstation>& states = loaded.value();
    QStringList workstations = states.keys();
    workstations.sort();
    QList<LogStatus> rows;
    // Accepted exports whose events this archive does not hold (a new
    // session, or another process imported): read back and decoded.
    QStringList missing;
    QList<QByteArray> exports;
    for (const QString& workstation : std::as_const(workstations)) {
        const ArchivedWorkstation& state = *states.constFind(workstation);
        rows.append(state.status());
        if (state.entries == 0) {
            continue;  // nothing accepted: no export stored
        }
        const auto kept = m_kept.constFind(workstation);
        if (kept != m_kept.constEnd() && kept->entries == state.entries && kept->head == state.head) {
            continue;
        }
        auto record = m_vault.getRecord(kExportKind, workstation);
        if (!record) {
            return fail(record.error());
        }
        if (record.value()) {
            missing.append(workstation);
            exports.append(std::move(*record.value()));
        }
    }
    const QList<ExportEvents> decoded = QtConcurrent::blockingMapped(exports, [](const QByteArray& bytes) {
        auto log = AuditExport::decode(bytes, QStringLiteral("archive"));
        return log ? ExportEvents::of(log.value()) : ExportEvents { {}, {}, {}, log.error(), 0 };
    });
    exports.clear();
    for (qsizetype i = 0; i < missing.size(); ++i) {
        const ArchivedWorkstation& state = *states.constFind(missing[i]);
        m_kept.insert(missing[i], { state.entries, state.head, decoded[i] });
    }
    Contents out;
    out.logs = std::move(rows);
    for (const QString& workstation : std::as_const(workstations)) {
        const auto kept = m_kept.constFind(workstation);
        if (states.constFind(workstation)->entries > 0 && kept != m_kept.constEnd()) {
            out.exports.append(kept->events);
        }
    }
    return out;
}

}  // namespace veil::model
