// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorSession.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;

namespace veil::model {
class Profile;
}

namespace veil::ui {

class ArchiveImportBar;
class SupervisorCharts;

/// The supervisor's console (DESIGN.md, "Supervisor console"): import of
/// many audit exports (menu or drag and drop of files and folders) with a
/// summary per file, the integrity view, the events table with filters and
/// a debounced full-text search, the event's detail with its task's other
/// events, the flags (selecting one shows its events), charts, and CSV/PDF
/// exports. Everything it does goes through model::SupervisorSession.
class SupervisorConsole : public QWidget {
    Q_OBJECT

public:
    explicit SupervisorConsole(QWidget* parent = nullptr);
    ~SupervisorConsole() override;

    /// Opens the archive of an unlocked supervisor profile (not owned).
    /// Returns false (with the reason shown) when it cannot be read.
    bool openProfile(model::Profile* profile);
    /// Drops every pointer into the profile (before it locks).
    void closeProfile();
    [[nodiscard]] model::SupervisorSession* session() const { return m_session; }

    /// Starts importing files and folders (menu, drop) without blocking the
    /// window: a progress bar counts the verified files, then the summary is
    /// shown and imported() emitted. False when no profile is open, `paths`
    /// is empty or an import is running.
    bool importPaths(const QStringList& paths);
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

    /// How long the search waits after the last keystroke before filtering.
    static constexpr int kSearchDelayMs = 250;

signals:
    /// After every import, with its summary (empty when the archive could not be written).
    void imported(const model::ImportSummary& summary);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildIntegrityTab();
    QWidget* buildEventsTab();
    void chooseCsv();
    void choosePdf();
    void editThresholds();
    void refill();
    void refillFlags();
    void applyFilter();
    void showFlag(int row);
    void showEventDetail(const QModelIndex& index);
    void updateCount();
    void updateCharts();
    void say(const QString& text, bool error = false);
    void importDone(const model::ImportSummary& summary, const QString& error);

    model::SupervisorSession* m_session = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_status = nullptr;
    ArchiveImportBar* m_importBar = nullptr;
    QTableView* m_integrity = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QComboBox* m_reviewer = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_reason = nullptr;
    QComboBox* m_decision = nullptr;
    QLineEdit* m_batch = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_events = nullptr;
    QListWidget* m_flags = nullptr;
    QLabel* m_flagText = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    SupervisorCharts* m_charts = nullptr;
    QTimer* m_debounce = nullptr;
    bool m_chartsStale = true;
};

}  // namespace veil::ui
