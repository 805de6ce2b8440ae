// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/about/AppInfo.h"
#include "model/platform/DisplayEnvironment.h"
#include "model/platform/ProcessHardening.h"

#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using veil::model::AppInfo;
using veil::model::DisplayEnvironment;
using veil::model::ProcessHardening;

class TestPlatform : public QObject {
    Q_OBJECT

private slots:
    void versionLineNamesProductAndVersion()
    {
        QCOMPARE(AppInfo::versionLine(), QStringLiteral("Veil ") + AppInfo::version());
        QVERIFY(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(AppInfo::version()).hasMatch());
        QCOMPARE(AppInfo::applicationId(), QStringLiteral("org.example.Veil"));
    }

    void componentsListEveryLinkedLibraryWithLicence()
    {
        QStringList names;
        for (const auto& component : AppInfo::components()) {
            names << component.name;
            QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
            QVERIFY2(!component.licence.isEmpty(), qPrintable(component.name));
        }
        for (const char* expected : { "Qt", "libsodium", "SQLite", "RE2", "libphonenumber" }) {
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        }
        // The run-time version, not a build-time guess.
        const auto components = AppInfo::components();
        const auto sodium = std::find_if(components.begin(), components.end(),
                                         [](const auto& c) { return c.name == QLatin1String("libsodium"); });
        QCOMPARE(sodium->version, QString::fromLatin1(sodium_version_string()));
    }

    void hardeningDisablesCoreDumps()
    {
        const auto result = ProcessHardening::apply();
        QVERIFY2(result.detail.isEmpty(), qPrintable(result.detail));
        QVERIFY(result.coreDumpsDisabled);
        QVERIFY(ProcessHardening::coreDumpsAreDisabled());
    }

    void displayProblem_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("wayland");
        QTest::addColumn<bool>("expectProblem");

        QTest::newRow("nothing set") << QString() << QString() << QString() << true;
        QTest::newRow("offscreen chosen") << "offscreen" << QString() << QString() << false;
        QTest::newRow("xcb forced, no display") << "xcb" << QString() << QString() << true;
        QTest::newRow("local display without socket") << QString() << ":987" << QString() << true;
        QTest::newRow("remote display: Qt decides") << QString() << "remotehost:0" << QString() << false;
        QTest::newRow("wayland socket missing") << QString() << QString() << "no-such-wayland-0" << true;
    }

    void displayProblem()
    {
        QFETCH(QString, platform);
        QFETCH(QString, display);
        QFETCH(QString, wayland);
        QFETCH(bool, expectProblem);
        QTemporaryDir runtime;
        QProcessEnvironment env;
        if (!platform.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
        if (!display.isEmpty())
            env.insert(QStringLiteral("DISPLAY"), display);
        if (!wayland.isEmpty())
            env.insert(QStringLiteral("WAYLAND_DISPLAY"), wayland);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const QString problem = DisplayEnvironment::problem(env);
        QCOMPARE(!problem.isEmpty(), expectProblem);
        if (expectProblem) {
            QVERIFY2(problem.contains(QLatin1String("no display available")), qPrintable(problem));
        }
    }

    void waylandSocketPresentIsUsable()
    {
        QTemporaryDir runtime;
        QFile socket(runtime.filePath(QStringLiteral("wayland-test")));
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("wayland-test"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        QCOMPARE(DisplayEnvironment::problem(env), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
