// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/platform/DisplayEnvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

namespace veil::model {

namespace {

/// True for a local X display (":1", ":1.0", "unix:1") whose socket is missing.
bool localX11SocketMissing(const QString& display)
{
    const qsizetype colon = display.lastIndexOf(QLatin1Char(':'));
    if (colon < 0) {
        return false;
    }
    const QString host = display.left(colon);
    if (!host.isEmpty() && host != QLatin1String("unix")) {
        return false;  // a remote or TCP display: only Qt can tell
    }
    QString number = display.mid(colon + 1);
    number = number.left(number.indexOf(QLatin1Char('.')) < 0 ? number.size()
                                                              : number.indexOf(QLatin1Char('.')));
    bool ok = false;
    number.toInt(&ok);
    if (!ok) {
        return false;
    }
    return !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + number);
}

bool waylandSocketMissing(const QString& waylandDisplay, const QString& runtimeDir)
{
    const QString path = QDir::isAbsolutePath(waylandDisplay)
        ? waylandDisplay
        : runtimeDir + QLatin1Char('/') + waylandDisplay;
    return !QFileInfo::exists(path);
}

}  // namespace

QString DisplayEnvironment::problem(const QProcessEnvironment& environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString platform = environment.value(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty() && !platform.startsWith(QLatin1String("xcb"))
        && !platform.startsWith(QLatin1String("wayland"))) {
        return {};  // offscreen, vnc, eglfs…: the user chose a platform on purpose
    }
    const QString display = environment.value(QStringLiteral("DISPLAY"));
    const QString wayland = environment.value(QStringLiteral("WAYLAND_DISPLAY"));
    const QString runtimeDir = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    const bool x11Usable = !display.isEmpty() && !localX11SocketMissing(display);
    const bool waylandUsable = !wayland.isEmpty() && !waylandSocketMissing(wayland, runtimeDir);
    if (x11Usable || waylandUsable) {
        return {};
    }
    if (display.isEmpty() && wayland.isEmpty()) {
        return QStringLiteral("no display available: neither DISPLAY nor WAYLAND_DISPLAY is set. Start Veil "
                              "from a desktop session, or under Xvfb (xvfb-run -a veil).");
    }
    return QStringLiteral("no display available: cannot reach the display named by %1. Start Veil from "
                          "a desktop session, or under Xvfb (xvfb-run -a veil).")
        .arg(!display.isEmpty() ? QStringLiteral("DISPLAY=%1").arg(display)
                                : QStringLiteral("WAYLAND_DISPLAY=%1").arg(wayland));
#else
    Q_UNUSED(environment);
    return {};
#endif
}

}  // namespace veil::model
