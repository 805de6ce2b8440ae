// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/platform/CaptureProtection.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWindow>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace veil::model {

#if defined(Q_OS_MACOS)
// CaptureProtectionMac.mm: sets the NSWindow's sharing type.
bool excludeNativeViewFromCapture(WId view);
#endif

namespace {

#if defined(Q_OS_WIN)
// Windows SDKs before 10.0.19041 do not define it; the value is documented.
#if !defined(WDA_EXCLUDEFROMCAPTURE)
constexpr DWORD kExcludeFromCapture = 0x00000011;
#else
constexpr DWORD kExcludeFromCapture = WDA_EXCLUDEFROMCAPTURE;
#endif
#endif

/// Applies the protection to each top-level window when it is shown (the
/// native window exists by then), for as long as the application lives.
class ShowWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show) {
            auto* window = qobject_cast<QWindow*>(watched);
            if (window != nullptr && window->isTopLevel()) {
                static_cast<void>(CaptureProtection::apply(window));
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

bool CaptureProtection::protectEveryWindow(QGuiApplication& app)
{
    if (!isSupported()) {
        return false;
    }
    app.installEventFilter(new ShowWatcher(&app));
    return true;
}

bool CaptureProtection::isSupported()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

Status CaptureProtection::apply(QWindow* window)
{
    if (window == nullptr) {
        return fail(QStringLiteral("screen-capture protection: no window"));
    }
#if defined(Q_OS_WIN)
    const auto hwnd = reinterpret_cast<HWND>(window->winId());
    if (SetWindowDisplayAffinity(hwnd, kExcludeFromCapture)) {
        return Done {};
    }
    // Before Windows 10 2004 only WDA_MONITOR exists: captures show black.
    if (SetWindowDisplayAffinity(hwnd, WDA_MONITOR)) {
        return Done {};
    }
    return fail(QStringLiteral("screen-capture protection: SetWindowDisplayAffinity failed (error %1)")
                    .arg(GetLastError()));
#elif defined(Q_OS_MACOS)
    if (excludeNativeViewFromCapture(window->winId())) {
        return Done {};
    }
    return fail(QStringLiteral("screen-capture protection: the window has no NSWindow"));
#else
    return fail(QStringLiteral("screen-capture protection is not supported on this platform"));
#endif
}

}  // namespace veil::model
