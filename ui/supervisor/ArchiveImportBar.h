// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorSession.h"

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace veil::ui {

/// The console's import controls: the Import button (files or a folder)
/// and, while an import runs (model::SupervisorSession::startImport, off
/// the GUI thread), a progress bar counting the verified, then the stored
/// files. The button is off while an import runs: one at a time.
class ArchiveImportBar : public QWidget {
    Q_OBJECT

public:
    explicit ArchiveImportBar(QWidget* parent = nullptr);

    /// The session imports go to (not owned; nullptr: none).
    void setSession(model::SupervisorSession* session);
    /// Starts importing; false when there is no session, no path, or an import runs.
    bool importPaths(const QStringList& paths);

signals:
    /// What to tell the supervisor about the running import.
    void message(const QString& text, bool error);
    /// The import is over (`error` empty, or why the archive could not be written).
    void imported(const model::ImportSummary& summary, const QString& error);

private:
    void chooseFiles();
    void chooseFolder();
    void showProgress(int done, int files, const QString& text);
    void finish(const model::ImportSummary& summary, const QString& error);

    model::SupervisorSession* m_session = nullptr;
    QToolButton* m_button = nullptr;
    QProgressBar* m_progress = nullptr;
};

}  // namespace veil::ui
