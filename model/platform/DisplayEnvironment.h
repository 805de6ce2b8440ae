// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace veil::model {

/// Decides, before a QApplication exists, whether a GUI can start. Without
/// this check Qt aborts with "could not connect to display" and a core-dump
/// message, which tells a contractor nothing.
class DisplayEnvironment {
public:
    /// Empty when a display looks usable (or the platform is not X11/Wayland),
    /// else a sentence saying what is missing and what to do.
    static QString problem(const QProcessEnvironment& environment);
};

}  // namespace veil::model
