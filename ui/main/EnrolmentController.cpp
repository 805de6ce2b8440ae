// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "ui/main/EnrolmentController.h"

#include "model/profile/Profile.h"
#include "model/review/EnrolmentFiles.h"
#include "model/review/SessionController.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace veil::ui {

using model::SessionController;

EnrolmentController::EnrolmentController(SessionController* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_request(new QAction(tr("Export &Enrolment Request…"), window))
    , m_certificate(new QAction(tr("Install &Certificate…"), window))
{
    m_request->setObjectName(QStringLiteral("actionExportEnrolmentRequest"));
    m_request->setStatusTip(tr("Write this workstation's signed request for your organisation to certify"));
    m_certificate->setObjectName(QStringLiteral("actionInstallCertificate"));
    m_certificate->setStatusTip(tr("Install the certificate your organisation issued for this workstation"));
    connect(m_request, &QAction::triggered, this, &EnrolmentController::chooseRequestFile);
    connect(m_certificate, &QAction::triggered, this, &EnrolmentController::chooseCertificateFile);
    update();
}

void EnrolmentController::update()
{
    const bool unlocked = m_session != nullptr && m_session->stage() == SessionController::Stage::Unlocked
        && m_session->profile() != nullptr && !m_session->isDemo();
    m_request->setEnabled(unlocked);
    m_certificate->setEnabled(unlocked);
}

QString EnrolmentController::notice() const
{
    if (m_session == nullptr || m_session->stage() != SessionController::Stage::Unlocked
        || m_session->profile() == nullptr || m_session->profile()->certificate().has_value()) {
        return {};
    }
    return tr("Not enrolled yet: no value can be revealed until your organisation's certificate is "
              "installed (File → Export Enrolment Request…, then Install Certificate…).");
}

model::Status EnrolmentController::writeRequestTo(const QString& path)
{
    model::Profile* profile = m_session != nullptr ? m_session->profile() : nullptr;
    if (profile == nullptr) {
        return model::fail(tr("Unlock your profile first."));
    }
    auto written = model::EnrolmentFiles::writeRequest(*profile, path);
    if (written) {
        emit changed(tr("Enrolment request written to %1; send it to your organisation")
                         .arg(QDir::toNativeSeparators(path)));
    }
    return written;
}

model::Status EnrolmentController::installCertificateFrom(const QString& path)
{
    model::Profile* profile = m_session != nullptr ? m_session->profile() : nullptr;
    if (profile == nullptr) {
        return model::fail(tr("Unlock your profile first."));
    }
    auto installed = model::EnrolmentFiles::installCertificate(*profile, path);
    if (installed) {
        emit changed(
            tr("Enrolled as %1 (%2) until %3")
                .arg(profile->reviewerId(), profile->role(),
                     QLocale().toString(profile->certificate()->expires.date(), QLocale::ShortFormat)));
    }
    return installed;
}

void EnrolmentController::chooseRequestFile()
{
    model::Profile* profile = m_session != nullptr ? m_session->profile() : nullptr;
    if (profile == nullptr) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Enrolment Request"),
        QDir::home().filePath(profile->reviewerId() + QStringLiteral(".veilrequest")),
        tr("Veil enrolment requests (*.veilrequest)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto written = writeRequestTo(path); !written) {
        QMessageBox::warning(m_window, tr("Export Enrolment Request"), written.error());
    }
}

void EnrolmentController::chooseCertificateFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Install Certificate"), QDir::homePath(),
                                                      tr("Veil certificates (*.veilcert)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto installed = installCertificateFrom(path); !installed) {
        QMessageBox::warning(m_window, tr("Certificate Refused"), installed.error());
    }
}

}  // namespace veil::ui
