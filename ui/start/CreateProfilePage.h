// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/crypto/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace veil::ui {

/// First run: the reviewer id, the organisation's root key, the passphrase
/// twice with a live zxcvbn strength meter and its advice. "Create profile"
/// stays disabled until the model would accept what is typed; "Try the demo
/// organisation" needs nothing.
class CreateProfilePage : public QWidget {
    Q_OBJECT

public:
    explicit CreateProfilePage(QWidget* parent = nullptr);

    [[nodiscard]] QString reviewerId() const;
    [[nodiscard]] QString rootKeyFile() const;
    /// The passphrase as a secret (the line edit's own copy is cleared by
    /// clearPassphrases() once it has been used).
    [[nodiscard]] model::SecretBytes passphrase() const;
    void clearPassphrases();
    void setError(const QString& message);
    void setBusy(bool busy);
    /// "Cancel" goes back to an existing profile's unlock screen.
    void setCancelVisible(bool visible);

signals:
    void createRequested();
    void demoRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleTitle();
    void browseRootKey();
    void updateStrength();

    QLineEdit* m_reviewerId = nullptr;
    QLineEdit* m_rootKey = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_advice = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_demo = nullptr;
    bool m_busy = false;
};

}  // namespace veil::ui
