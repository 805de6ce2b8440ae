// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QObject>

class QAction;
class QWidget;

namespace veil::model {
class SessionController;
}

namespace veil::ui {

/// The File menu's exports: "Export Results…" (the signed .veilresults of
/// the batch shown) and "Export Audit Log…" (the signed .veilaudit). The
/// menu actions ask for a file and call exportResultsTo()/exportAuditTo(),
/// which tests call directly; a failure is shown with its reason and
/// nothing is lost (model::WorkExport writes atomically).
class ExportController : public QObject {
    Q_OBJECT

public:
    /// `session` is not owned; `window` parents the file and message dialogs.
    ExportController(model::SessionController* session, QWidget* window);

    [[nodiscard]] QAction* resultsAction() const { return m_results; }
    [[nodiscard]] QAction* auditAction() const { return m_audit; }
    /// The batch whose results "Export Results…" writes.
    void setBatch(const QString& batchId);
    /// Enables the actions while a profile is unlocked.
    void setUnlocked(bool unlocked);

    model::Status exportResultsTo(const QString& path);
    model::Status exportAuditTo(const QString& path);

public slots:
    void chooseResultsFile();
    void chooseAuditFile();

signals:
    /// What the status bar says after an export.
    void exported(const QString& message);

private:
    void showFailure(const QString& title, const QString& reason);

    model::SessionController* m_session = nullptr;
    QWidget* m_window = nullptr;
    QAction* m_results = nullptr;
    QAction* m_audit = nullptr;
    QString m_batchId;
};

}  // namespace veil::ui
