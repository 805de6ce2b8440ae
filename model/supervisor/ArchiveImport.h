// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/ArchiveStore.h"
#include "model/supervisor/AuditArchive.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace veil::model {

/// An AuditArchive import that leaves the calling (GUI) thread free: the
/// files are read, decoded, verified and their events taken on the thread
/// pool (ExaminedExport, several files at once), reporting progress per
/// file; only the second phase (ArchiveStore), which writes through the
/// vault's connection, runs on this object's thread once every file is
/// examined, in steps of a few tens of milliseconds with the event loop
/// running in between. The outcome is AuditArchive::import()'s.
class ArchiveImport : public QObject {
    Q_OBJECT

public:
    /// `archive` must outlive this object.
    explicit ArchiveImport(AuditArchive& archive, QObject* parent = nullptr);
    /// Cancels a running import (nothing is stored) and waits for its workers.
    ~ArchiveImport() override;

    /// Starts importing files or folders; false (and nothing started) while one runs.
    bool start(const QStringList& inputs);
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// How long one step of the second phase may keep the thread busy.
    static constexpr std::chrono::milliseconds kStepBudget { 40 };

signals:
    /// `examined` of `files` are read and verified (from 0, then after each file).
    void progress(int examined, int files);
    /// `checked` of `files` are checked against the archive and stored (from 0).
    void storing(int checked, int files);
    /// The import is over: `error` is empty, or says why the archive could
    /// not be written (then `summary` is empty).
    void finished(const veil::model::ImportSummary& summary, const QString& error);

private:
    void examined();
    void storeSome();
    void finish(const ImportSummary& summary, const QString& error);

    AuditArchive& m_archive;
    /// One per import, deleted after it: the future holds every examined file until then.
    QFutureWatcher<ExaminedExport>* m_watcher = nullptr;
    std::unique_ptr<ArchiveStore> m_store;
    bool m_running = false;
};

}  // namespace veil::model
