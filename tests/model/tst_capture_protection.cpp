// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// CaptureProtection on the platform the tests run on. Linux (CI) has no
// capture exclusion: apply() must fail with a plain sentence and leave the
// window alone; Windows and macOS builds run the supported branch.
#include "model/platform/CaptureProtection.h"

#include <QGuiApplication>
#include <QTest>
#include <QWindow>

using veil::model::CaptureProtection;

class TestCaptureProtection : public QObject {
    Q_OBJECT

private slots:
    void refusesNoWindow()
    {
        const auto applied = CaptureProtection::apply(nullptr);
        QVERIFY(!applied);
        QVERIFY2(applied.error().contains(QStringLiteral("no window")), qPrintable(applied.error()));
    }

    void appliesOrSaysWhyOnThisPlatform()
    {
        QWindow window;
        window.resize(200, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto applied = CaptureProtection::apply(&window);
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        QVERIFY(CaptureProtection::isSupported());
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
#else
        QVERIFY(!CaptureProtection::isSupported());
        QVERIFY(!applied);
        QCOMPARE(applied.error(),
                 QStringLiteral("screen-capture protection is not supported on this platform"));
#endif
        // Either way the window is still there and usable.
        QVERIFY(window.isVisible());
        window.resize(300, 120);
        QTRY_COMPARE(window.width(), 300);
    }

    void everyWindowIsProtectedWhereSupported()
    {
        auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance());
        QVERIFY(app != nullptr);
        QCOMPARE(CaptureProtection::protectEveryWindow(*app), CaptureProtection::isSupported());
        // Windows shown afterwards (dialogs, pop-ups) still work on every platform.
        QWindow later;
        later.resize(120, 80);
        later.show();
        QVERIFY(QTest::qWaitForWindowExposed(&later));
        QVERIFY(later.isVisible());
    }
};

QTEST_MAIN(TestCaptureProtection)
#include "tst_capture_protection.moc"
