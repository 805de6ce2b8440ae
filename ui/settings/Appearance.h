// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/review/Preferences.h"

namespace veil::ui {

/// Applies display preferences to the running application: the theme (a
/// Fusion palette for light and dark, the platform's for "system") and the
/// font size. Remembers the platform's own font and palette to go back to.
class Appearance {
public:
    static void apply(const model::Preferences& preferences);

    /// Installs the translation for the preference's language (or the
    /// system's) before any window exists; English needs none. Returns the
    /// language in use.
    static QString installTranslation(const model::Preferences& preferences);
};

}  // namespace veil::ui
