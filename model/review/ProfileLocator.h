// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace veil::model {

/// Where this workstation's profiles live (docs/profile.md, "Where profiles
/// live"): one directory per reviewer under a root, named after the reviewer
/// id so the unlock screen can say whose profile it opens before the vault is
/// unlocked. The demo organisation's profile lives apart, in `.demo`, so that
/// trying the demo never stands in for a real profile.
class ProfileLocator {
public:
    struct Entry {
        QString directory;
        QString reviewerId;
        QDateTime lastUsed;
    };

    explicit ProfileLocator(QString root);
    /// $VEIL_PROFILE_DIR when set (tests, portable installs), otherwise
    /// QStandardPaths::AppDataLocation/profiles.
    static ProfileLocator standard();

    [[nodiscard]] const QString& root() const { return m_root; }
    /// Existing profiles, most recently used first; never the demo profile.
    [[nodiscard]] QList<Entry> profiles() const;
    [[nodiscard]] QString directoryFor(const QString& reviewerId) const;
    [[nodiscard]] QString demoDirectory() const;

    /// Why `reviewerId` cannot name a profile directory, or empty when it can:
    /// 1–64 characters from letters, digits and . _ - @, not starting with a dot.
    [[nodiscard]] static QString checkReviewerId(const QString& reviewerId);

private:
    QString m_root;
};

}  // namespace veil::model
