// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/supervisor/ArchiveImportBar.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QProgressBar>
#include <QToolButton>

namespace veil::ui {

ArchiveImportBar::ArchiveImportBar(QWidget* parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_progress(new QProgressBar(this))
{
    m_button->setObjectName(QStringLiteral("importButton"));
    m_button->setText(tr("Import audit exports"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_button);
    menu->addAction(tr("Files…"), this, &ArchiveImportBar::chooseFiles);
    menu->addAction(tr("Folder…"), this, &ArchiveImportBar::chooseFolder);
    m_button->setMenu(menu);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    layout->addWidget(m_progress);
}

void ArchiveImportBar::setSession(model::SupervisorSession* session)
{
    if (m_session != nullptr) {
        m_session->disconnect(this);
    }
    m_session = session;
    m_progress->hide();
    m_button->setEnabled(true);
    if (session == nullptr) {
        return;
    }
    connect(session, &model::SupervisorSession::importProgress, this, [this](int examined, int files) {
        showProgress(examined, files, tr("Reading and verifying %1 of %2 files…").arg(examined).arg(files));
    });
    connect(session, &model::SupervisorSession::importStoring, this, [this](int checked, int files) {
        showProgress(checked, files,
                     tr("Storing %1 of %2 verified files in the archive…").arg(checked).arg(files));
    });
    connect(session, &model::SupervisorSession::importFinished, this, &ArchiveImportBar::finish);
}

bool ArchiveImportBar::importPaths(const QStringList& paths)
{
    if (m_session == nullptr || paths.isEmpty() || !m_session->startImport(paths)) {
        return false;
    }
    m_button->setEnabled(false);
    m_progress->show();
    return true;
}

void ArchiveImportBar::showProgress(int done, int files, const QString& text)
{
    m_progress->setRange(0, std::max(files, 1));
    m_progress->setValue(done);
    emit message(text, false);
}

void ArchiveImportBar::finish(const model::ImportSummary& summary, const QString& error)
{
    m_progress->hide();
    m_button->setEnabled(true);
    emit imported(summary, error);
}

void ArchiveImportBar::chooseFiles()
{
    importPaths(QFileDialog::getOpenFileNames(this, tr("Import audit exports"), {},
                                              tr("Audit exports (*.veilaudit);;All files (*)")));
}

void ArchiveImportBar::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of audit exports"));
    if (!dir.isEmpty()) {
        importPaths({ dir });
    }
}

}  // namespace veil::ui
