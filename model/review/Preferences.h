// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace veil::model {

/// The reviewer's display and session preferences (Settings dialog). They
/// hold no personal data and live in QSettings, outside the vault. Values
/// read back are clamped to their ranges, so an edited settings file can
/// neither turn the idle lock off nor make text unreadable.
struct Preferences {
    enum class Theme { System, Light, Dark };

    static constexpr int kMinFontPoints = 8;
    static constexpr int kMaxFontPoints = 24;
    static constexpr int kMinLockMinutes = 1;
    static constexpr int kMaxLockMinutes = 60;
    static constexpr int kDefaultLockMinutes = 5;

    int fontPoints = 0;  ///< 0: the system's font size
    Theme theme = Theme::System;
    int lockMinutes = kDefaultLockMinutes;  ///< idle time before the session locks
    QString language;  ///< "" for the system's, else a code from languages()

    [[nodiscard]] static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;

    /// Languages the user interface ships in ("en" is the source language).
    [[nodiscard]] static QStringList languages();
    /// The language's own name, e.g. "Deutsch" for "de".
    [[nodiscard]] static QString languageName(const QString& code);

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

}  // namespace veil::model
