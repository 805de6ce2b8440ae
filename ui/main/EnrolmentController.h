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

/// File → "Export Enrolment Request…" and "Install Certificate…": how a new
/// profile becomes enrolled from the GUI (the model's EnrolmentFiles does
/// the work). Until a certificate is installed the policy grants no reveal,
/// which notice() says in words.
class EnrolmentController : public QObject {
    Q_OBJECT

public:
    /// `session` is not owned; `window` parents the file and message dialogs.
    EnrolmentController(model::SessionController* session, QWidget* window);

    [[nodiscard]] QAction* requestAction() const { return m_request; }
    [[nodiscard]] QAction* certificateAction() const { return m_certificate; }
    /// Enables the actions for an unlocked, non-demo profile.
    void update();
    /// What the window should say about enrolment; empty when enrolled.
    [[nodiscard]] QString notice() const;

    model::Status writeRequestTo(const QString& path);
    model::Status installCertificateFrom(const QString& path);

public slots:
    void chooseRequestFile();
    void chooseCertificateFile();

signals:
    /// Enrolment changed, or a file was written: a line for the status bar.
    void changed(const QString& message);

private:
    model::SessionController* m_session = nullptr;
    QWidget* m_window = nullptr;
    QAction* m_request = nullptr;
    QAction* m_certificate = nullptr;
};

}  // namespace veil::ui
