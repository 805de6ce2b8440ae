// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/Preferences.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace veil::model {

namespace {

const QString kFont = QStringLiteral("display/font_points");
const QString kTheme = QStringLiteral("display/theme");
const QString kLock = QStringLiteral("session/lock_minutes");
const QString kLanguage = QStringLiteral("display/language");

QString themeName(Preferences::Theme theme)
{
    switch (theme) {
    case Preferences::Theme::Light:
        return QStringLiteral("light");
    case Preferences::Theme::Dark:
        return QStringLiteral("dark");
    case Preferences::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

}  // namespace

Preferences Preferences::load(const QSettings& settings)
{
    Preferences out;
    bool ok = false;
    const int font = settings.value(kFont, 0).toInt(&ok);
    out.fontPoints = ok && font != 0 ? std::clamp(font, kMinFontPoints, kMaxFontPoints) : 0;
    const QString theme = settings.value(kTheme).toString();
    out.theme = theme == QLatin1String("light") ? Theme::Light
        : theme == QLatin1String("dark")        ? Theme::Dark
                                                : Theme::System;
    const int lock = settings.value(kLock, kDefaultLockMinutes).toInt(&ok);
    out.lockMinutes = ok ? std::clamp(lock, kMinLockMinutes, kMaxLockMinutes) : kDefaultLockMinutes;
    const QString language = settings.value(kLanguage).toString();
    out.language = languages().contains(language) ? language : QString();
    return out;
}

void Preferences::save(QSettings& settings) const
{
    settings.setValue(kFont, fontPoints == 0 ? 0 : std::clamp(fontPoints, kMinFontPoints, kMaxFontPoints));
    settings.setValue(kTheme, themeName(theme));
    settings.setValue(kLock, std::clamp(lockMinutes, kMinLockMinutes, kMaxLockMinutes));
    settings.setValue(kLanguage, languages().contains(language) ? language : QString());
    settings.sync();
}

QStringList Preferences::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString Preferences::languageName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name.isEmpty() ? code : name;
}

}  // namespace veil::model
