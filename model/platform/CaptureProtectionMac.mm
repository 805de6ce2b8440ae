// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// macOS half of CaptureProtection: Qt's WId is the window's NSView.

#include <QWindow>

#import <AppKit/AppKit.h>

namespace veil::model {

bool excludeNativeViewFromCapture(WId view)
{
    NSView* nsView = reinterpret_cast<NSView*>(view);
    NSWindow* nsWindow = [nsView window];
    if (nsWindow == nil) {
        return false;
    }
    [nsWindow setSharingType:NSWindowSharingNone];
    return true;
}

}  // namespace veil::model
