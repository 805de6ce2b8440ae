// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

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
/// Apply it to every top-level window that can show revealed content, after
/// the window has a native handle (after show()).
class CaptureProtection {
public:
    /// True on platforms where apply() can succeed.
    [[nodiscard]] static bool isSupported();
    /// Excludes `window` from capture, or says why it could not.
    static Status apply(QWindow* window);
};

}  // namespace veil::model
