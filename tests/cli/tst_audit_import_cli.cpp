// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl audit import (docs/veilctl.md, "Audit exports"): a supervisor
// profile enrolled by an organisation imports that organisation's simulated
// exports; the summary names every file's outcome, a second import changes
// nothing, bad files are named, and a reviewer profile is refused.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const char kPassphrase[] = "violet canoe drizzle 89 harbour";

}  // namespace

class TestAuditImportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run veilctl(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("VEIL_PASSPHRASE_FILE"));
        env.insert(QStringLiteral("VEIL_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(VEILCTL_BIN), arguments);
        if (!process.waitForFinished(300000)) {
            process.kill();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    /// A profile enrolled by org/root.key with `role`.
    void enrolledProfile(const QString& dir, const QString& role)
    {
        Run run = veilctl(
            { "profile", "create", "--profile", dir, "--reviewer", dir, "--trust", "org/root.pub" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "profile", "request", "--profile", dir, "--out", dir + ".veilrequest" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "org", "certify", "--root", "org/root.key", "--request", dir + ".veilrequest",
                        "--role", role, "--out", dir + ".veilcert" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "profile", "enrol", "--profile", dir, "--certificate", dir + ".veilcert" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

private slots:
    void importSummary()
    {
        QCOMPARE(veilctl({ "org", "init", "--out", "org" }).exitCode, 0);
        enrolledProfile(QStringLiteral("sup"), QStringLiteral("supervisor"));
        enrolledProfile(QStringLiteral("rev"), QStringLiteral("reviewer"));
        Run run = veilctl({ "audit", "simulate", "--workstations", "14", "--days", "3", "--out", "team",
                            "--root", "org/root.key" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        run = veilctl({ "audit", "import", "--profile", "sup", "team" });
        QCOMPARE(run.exitCode, 1);  // the tampered and the truncated log
        QVERIFY2(run.out.startsWith(QStringLiteral("14 files: 12 imported (")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ws-000.veilaudit: imported (")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ws-011.veilaudit: failed ("))
                     && run.out.contains(QStringLiteral("was modified")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ws-013.veilaudit: failed ("))
                     && run.out.contains(QStringLiteral("cut short")),
                 qPrintable(run.out));

        // Idempotent: the same folder again changes nothing.
        run = veilctl(
            { "audit", "import", "--profile", "sup", "team/ws-000.veilaudit", "team/ws-001.veilaudit" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("2 files: 0 imported (0 new entries), 2 unchanged")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("ws-001.veilaudit: unchanged (")), qPrintable(run.out));

        // A non-audit file is named.
        QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an export\n");
        notes.close();
        run = veilctl({ "audit", "import", "--profile", "sup", "notes.txt" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("notes.txt: failed: not an audit export")),
                 qPrintable(run.out));

        // Only a supervisor profile holds other reviewers' logs.
        run = veilctl({ "audit", "import", "--profile", "rev", "team" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not as a supervisor")), qPrintable(run.err));
        QCOMPARE(veilctl({ "audit", "import", "team" }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditImportCli)
#include "tst_audit_import_cli.moc"
