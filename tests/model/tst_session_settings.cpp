// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The idle lock's clock and the reviewer's preferences, without a window.

#include "model/review/IdleTimer.h"
#include "model/review/Preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using veil::model::IdleTimer;
using veil::model::Preferences;

class TestSessionSettings : public QObject {
    Q_OBJECT

private slots:
    void expiresOnceAfterTheTimeout()
    {
        IdleTimer timer;
        QSignalSpy expired(&timer, &IdleTimer::expired);
        timer.setTimeout(300ms);
        timer.start();
        QVERIFY(timer.isRunning());
        QVERIFY(timer.remaining() <= 300ms && timer.remaining() > 0ms);
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 3000);
        QVERIFY(!timer.isRunning());
        QCOMPARE(timer.remaining(), 300ms);  // stopped: the full timeout again
        QTest::qWait(400);
        QCOMPARE(expired.count(), 1);
    }

    void activityPostponesTheLock()
    {
        IdleTimer timer;
        QSignalSpy expired(&timer, &IdleTimer::expired);
        timer.setTimeout(600ms);
        timer.start();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(200);
            timer.noteActivity();
        }
        // 1.2 s have passed, never 600 ms without activity.
        QCOMPARE(expired.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 3000);
    }

    void ticksWithSecondsLeft()
    {
        IdleTimer timer;
        QSignalSpy ticks(&timer, &IdleTimer::tick);
        timer.setTimeout(3s);
        timer.start();
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(ticks.first().first().toInt(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 2500);
        QVERIFY(ticks.last().first().toInt() <= 2);
        timer.stop();
        const auto count = ticks.size();
        QTest::qWait(1200);
        QCOMPARE(ticks.size(), count);
    }

    void zeroTimeoutNeverLocks()
    {
        IdleTimer timer;
        QSignalSpy expired(&timer, &IdleTimer::expired);
        timer.setTimeout(0ms);
        timer.start();
        QVERIFY(!timer.isRunning());
        QTest::qWait(100);
        QCOMPARE(expired.count(), 0);
    }

    void preferencesRoundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(settings), Preferences {});
        Preferences chosen;
        chosen.fontPoints = 14;
        chosen.theme = Preferences::Theme::Dark;
        chosen.lockMinutes = 15;
        chosen.language = QStringLiteral("de");
        chosen.save(settings);
        QSettings reread(dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(reread), chosen);
        QCOMPARE(Preferences::languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    /// A hand-edited settings file cannot turn the idle lock off, make text
    /// unreadable or pick a language that does not exist.
    void editedSettingsAreClamped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("veil.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/lock_minutes"), 0);
        settings.setValue(QStringLiteral("display/font_points"), 400);
        settings.setValue(QStringLiteral("display/theme"), QStringLiteral("neon"));
        settings.setValue(QStringLiteral("display/language"), QStringLiteral("xx"));
        Preferences loaded = Preferences::load(settings);
        QCOMPARE(loaded.lockMinutes, Preferences::kMinLockMinutes);
        QCOMPARE(loaded.fontPoints, Preferences::kMaxFontPoints);
        QCOMPARE(loaded.theme, Preferences::Theme::System);
        QVERIFY(loaded.language.isEmpty());
        settings.setValue(QStringLiteral("session/lock_minutes"), QStringLiteral("never"));
        QCOMPARE(Preferences::load(settings).lockMinutes, Preferences::kDefaultLockMinutes);
        settings.setValue(QStringLiteral("session/lock_minutes"), 100000);
        QCOMPARE(Preferences::load(settings).lockMinutes, Preferences::kMaxLockMinutes);
    }
};

QTEST_GUILESS_MAIN(TestSessionSettings)
#include "tst_session_settings.moc"
