// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// End-to-end checks of the two executables as a user runs them.

#include "model/about/AppInfo.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `program` with no display at all, as on a server or in CI.
Run runHeadless(const QString& program, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        env.remove(QLatin1String(name));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void veilVersionWorksWithoutDisplay()
    {
        const Run run = runHeadless(QStringLiteral(VEIL_BIN), { QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), veil::model::AppInfo::versionLine());
    }

    void veilHelpWorksWithoutDisplay()
    {
        const Run run = runHeadless(QStringLiteral(VEIL_BIN), { QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("--version")), qPrintable(run.out));
    }

    void veilWithoutDisplayExplainsInsteadOfAborting()
    {
        const Run run = runHeadless(QStringLiteral(VEIL_BIN), {});
        QCOMPARE(run.exitCode, 1);  // a clean exit, not a Qt abort (which would be -2 / 134)
        QVERIFY2(run.err.contains(QLatin1String("no display available")), qPrintable(run.err));
    }

    void veilRejectsUnknownOption()
    {
        const Run run = runHeadless(QStringLiteral(VEIL_BIN), { QStringLiteral("--no-such-option") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("no-such-option")), qPrintable(run.err));
    }

    void veilctlHelpListsSubcommands()
    {
        const Run run = runHeadless(QStringLiteral(VEILCTL_BIN), { QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("version")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Subcommands")), qPrintable(run.out));
    }

    void veilctlUnknownSubcommandExitsTwoNamingValidOnes()
    {
        const Run run = runHeadless(QStringLiteral(VEILCTL_BIN), { QStringLiteral("nosuchcommand") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("unknown subcommand 'nosuchcommand'")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("version")), qPrintable(run.err));
    }

    void veilctlWithoutSubcommandIsAUsageError()
    {
        const Run run = runHeadless(QStringLiteral(VEILCTL_BIN), {});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(QLatin1String("Subcommands")));
    }

    void veilctlVersionListsLibraries()
    {
        const Run run = runHeadless(QStringLiteral(VEILCTL_BIN), { QStringLiteral("version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(veil::model::AppInfo::versionLine()));
        QVERIFY(run.out.contains(QLatin1String("libsodium")));
        const Run bad = runHeadless(QStringLiteral(VEILCTL_BIN),
                                    { QStringLiteral("version"), QStringLiteral("--bogus") });
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
