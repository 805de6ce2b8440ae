// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/ArchiveImport.h"
#include "model/supervisor/AuditArchive.h"
#include "model/supervisor/AuditEventsModel.h"
#include "model/supervisor/FlagRules.h"
#include "model/supervisor/IntegrityModel.h"

#include <QDate>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>

#include <memory>

namespace veil::model {

/// Counts behind the console's charts, over a set of events.
struct EventStatistics {
    QMap<QString, int> byCategory;
    QMap<QString, int> byReasonCode;
    int granted = 0;
    int denied = 0;
    /// The reviewers with most reveals (at most `kTopReviewers`), most first.
    QStringList topReviewers;
    /// Day → reviewer (one of topReviewers) → reveals that day.
    QMap<QDate, QMap<QString, int>> perDay;
    static constexpr int kTopReviewers = 5;

    static EventStatistics of(const QList<RevealEvent>& events, const QList<int>& chosen);
};

/// Everything the supervisor console shows, without a window: the archive
/// in the unlocked supervisor profile's vault, its analysis, the integrity
/// and events models, the flags under the stored thresholds, and the
/// exports (CSV of the filtered events, PDF report through AuditReport).
class SupervisorSession : public QObject {
    Q_OBJECT

public:
    /// `vault` (unlocked) must outlive the session.
    SupervisorSession(Vault& vault, TrustStore trust, AuditArchive::Clock clock = {},
                      QObject* parent = nullptr);
    /// Waits for a running import's workers (what they made is dropped).
    ~SupervisorSession() override;

    /// Reads the archive and the stored thresholds; emits reloaded().
    Status reload();
    /// Imports files or folders into the archive, then reloads. The summary names every file.
    Result<ImportSummary> importPaths(const QStringList& paths);
    /// The same without blocking this thread: importProgress() while the
    /// files are verified on the thread pool, importStoring() while they are
    /// stored in steps (ArchiveImport), then the analysis, the table's index
    /// and the flags are made on the thread pool and only swapped in here;
    /// then reloaded() and importFinished(). False while another import runs.
    bool startImport(const QStringList& paths);
    [[nodiscard]] bool isImporting() const { return m_import->isRunning() || m_preparing != nullptr; }

    [[nodiscard]] IntegrityModel* integrity() const { return m_integrity; }
    [[nodiscard]] AuditEventsModel* events() const { return m_events; }
    [[nodiscard]] const AuditAnalysis& analysis() const { return m_analysis; }
    [[nodiscard]] const QList<Flag>& flags() const { return m_flags; }
    [[nodiscard]] const FlagThresholds& thresholds() const { return m_thresholds; }
    /// Stores the thresholds in the vault and re-evaluates the flags.
    Status setThresholds(const FlagThresholds& thresholds);
    /// The period the flags are evaluated over (either end may be invalid:
    /// open), like the report's; re-evaluates them when it changes.
    void setFlagPeriod(const QDateTime& from, const QDateTime& to);
    /// Shows one flag's events in the table (other criteria cleared); -1 shows all events.
    void showFlag(int flagIndex);

    /// Statistics of the events the table's filter matches.
    [[nodiscard]] EventStatistics statistics() const;
    [[nodiscard]] QByteArray filteredCsv() const;
    /// The PDF report over the filtered events and its time range.
    Status writePdf(const QString& path) const;
    Status writeCsv(const QString& path) const;

    /// A rule's name in words ("high-reveal-rate" → "High reveal rate").
    static QString ruleTitle(const QString& rule);

signals:
    void reloaded();
    void flagsChanged();
    /// `examined` of `files` of the running import are read and verified.
    void importProgress(int examined, int files);
    /// `checked` of `files` of the running import are checked against the archive and stored.
    void importStoring(int checked, int files);
    /// The running import is over and the archive reloaded; `error` is empty or says why it failed.
    void importFinished(const veil::model::ImportSummary& summary, const QString& error);

private:
    /// Everything reload() shows, made from the archive's contents off this thread.
    struct Prepared {
        AuditAnalysis analysis;
        AuditEventsModel::Index index;
        QList<Flag> flags;
        FlagThresholds thresholds;
        QDateTime from;
        QDateTime to;
    };
    static Prepared prepare(const AuditArchive::Contents& contents, const FlagThresholds& thresholds,
                            const QDateTime& from, const QDateTime& to);
    void install(Prepared prepared);
    void imported(const ImportSummary& summary, const QString& error);
    void evaluateFlags();

    AuditArchive m_archive;
    Vault& m_vault;
    AuditAnalysis m_analysis;
    FlagThresholds m_thresholds;
    QList<Flag> m_flags;
    QDateTime m_flagsFrom;
    QDateTime m_flagsTo;
    ArchiveImport* m_import = nullptr;
    QFutureWatcher<std::shared_ptr<Prepared>>* m_preparing = nullptr;
    IntegrityModel* m_integrity = nullptr;
    AuditEventsModel* m_events = nullptr;
};

}  // namespace veil::model
