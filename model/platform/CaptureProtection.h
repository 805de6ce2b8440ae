// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

class QGuiApplication;
class QWindow;

namespace veil::model {

/// Keeps a window's content out of screenshots, screen recordings and screen
/// sharing where the operating system offers it, so that a revealed value
/// cannot be captured by another process:
///   Windows 10 2004+  SetWindowDisplayAffinity(WDA_EXCLUDEFROMCAPTURE)
///                     (older: WDA_MONITOR, the window captures as black)
///   macOS             NSWindow.sharingType = NSWindowSharingNone
///   Linux             no such facility (X11 lets any client read the screen;
///                     Wayland compositors decide themselves); a failure that
///                     says so, which the app ignores.
/// Every top-level window is protected, not only the main one: a dialog or a
/// tooltip can show a revealed value too (KeePassXC does the same).
class CaptureProtection {
public:
    /// True on platforms where apply() can succeed.
    [[nodiscard]] static bool isSupported();
    /// Excludes `window` from capture, or says why it could not. Needs the
    /// native window, i.e. call it after show().
    static Status apply(QWindow* window);
    /// From now on, applies apply() to every top-level window of `app` as it
    /// is shown. Returns false, and changes nothing, where unsupported.
    static bool protectEveryWindow(QGuiApplication& app);
};

}  // namespace veil::model
