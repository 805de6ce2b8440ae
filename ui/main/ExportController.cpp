// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/ExportController.h"

#include "model/review/SessionController.h"
#include "model/review/WorkExport.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace veil::ui {

namespace {

QString suggestedPath(const QString& fileName)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(fileName);
}

}  // namespace

ExportController::ExportController(model::SessionController* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_results(new QAction(tr("Export &Results…"), this))
    , m_audit(new QAction(tr("Export &Audit Log…"), this))
{
    m_results->setObjectName(QStringLiteral("actionExportResults"));
    m_results->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_results->setEnabled(false);
    connect(m_results, &QAction::triggered, this, &ExportController::chooseResultsFile);
    m_audit->setObjectName(QStringLiteral("actionExportAudit"));
    m_audit->setEnabled(false);
    connect(m_audit, &QAction::triggered, this, &ExportController::chooseAuditFile);
}

void ExportController::setBatch(const QString& batchId)
{
    m_batchId = batchId;
}

void ExportController::setUnlocked(bool unlocked)
{
    m_results->setEnabled(unlocked);
    m_audit->setEnabled(unlocked);
}

model::Status ExportController::exportResultsTo(const QString& path)
{
    if (m_session == nullptr || m_session->work() == nullptr) {
        return model::fail(tr("Unlock your profile to export results."));
    }
    if (m_batchId.isEmpty()) {
        return model::fail(tr("Choose a task of the batch whose results you want to export."));
    }
    auto written = model::WorkExport::writeResults(*m_session->work(), m_batchId, path);
    if (written) {
        emit exported(tr("Results of batch %1 written to %2").arg(m_batchId, QDir::toNativeSeparators(path)));
    }
    return written;
}

model::Status ExportController::exportAuditTo(const QString& path)
{
    if (m_session == nullptr || m_session->profile() == nullptr) {
        return model::fail(tr("Unlock your profile to export its audit log."));
    }
    auto written = model::WorkExport::writeAudit(*m_session->profile(), path);
    if (written) {
        emit exported(tr("Audit log written to %1").arg(QDir::toNativeSeparators(path)));
    }
    return written;
}

void ExportController::chooseResultsFile()
{
    if (m_batchId.isEmpty()) {
        showFailure(tr("Export Results"), tr("Choose a task of the batch whose results you want to export."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Results"), suggestedPath(m_batchId + QStringLiteral(".veilresults")),
        tr("Veil results (*.veilresults)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto written = exportResultsTo(path); !written) {
        showFailure(tr("Export Results"), written.error());
    }
}

void ExportController::chooseAuditFile()
{
    const QString reviewer = m_session != nullptr && m_session->profile() != nullptr
        ? m_session->profile()->reviewerId()
        : QStringLiteral("audit");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Audit Log"),
                                                      suggestedPath(reviewer + QStringLiteral(".veilaudit")),
                                                      tr("Veil audit exports (*.veilaudit)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto written = exportAuditTo(path); !written) {
        showFailure(tr("Export Audit Log"), written.error());
    }
}

void ExportController::showFailure(const QString& title, const QString& reason)
{
    QMessageBox box(QMessageBox::Warning, title, tr("Nothing was exported."), QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("exportFailedMessage"));
    box.setInformativeText(reason);
    box.exec();
}

}  // namespace veil::ui
