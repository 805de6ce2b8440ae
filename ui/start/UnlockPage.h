// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/crypto/SecretBytes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace veil::ui {

/// Later runs: whose profile this is, the passphrase, an inline error and,
/// after wrong passphrases, the wait the vault imposes as a countdown with
/// the button disabled.
class UnlockPage : public QWidget {
    Q_OBJECT

public:
    explicit UnlockPage(QWidget* parent = nullptr);

    void setReviewerId(const QString& reviewerId);
    [[nodiscard]] model::SecretBytes passphrase() const;
    void clearPassphrase();
    void setError(const QString& message);
    void setBusy(bool busy);
    /// Seconds until the next attempt; 0 enables the button again.
    void setWait(qint64 seconds);

signals:
    void unlockRequested();
    void newProfileRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void styleTitle();
    void updateButton();

    QLabel* m_reviewer = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_newProfile = nullptr;
    QPushButton* m_demo = nullptr;
    qint64 m_wait = 0;
    bool m_busy = false;
};

}  // namespace veil::ui
