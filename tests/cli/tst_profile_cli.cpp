// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The command-line contract for profiles, enrolment and the scripted
// session (docs/veilctl.md): org init → profile create → profile request →
// org certify → profile enrol, refusals with exit 1 and the reason, and
// `selftest session` printing no revealed value; `profile wipe` confirming,
// refusing what is not a profile, and overwriting before it unlinks.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const char kPassphrase[] = "violet canoe drizzle 89 harbour";

}  // namespace

class TestProfileCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Runs veilctl with `input` on stdin (none: stdin is /dev/null).
    Run veilctl(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("VEIL_PASSPHRASE_FILE"));
        env.insert(QStringLiteral("VEIL_PASSPHRASE"), QString::fromLatin1(kPassphrase));
        env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        if (input.isEmpty()) {
            process.setStandardInputFile(QProcess::nullDevice());
        }
        process.start(QStringLiteral(VEILCTL_BIN), arguments);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(300000)) {
            process.kill();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

private slots:
    void initTestCase() { QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tmp"))); }

    void enrolmentRoundTrip()
    {
        QCOMPARE(veilctl({ "org", "init", "--out", "org" }).exitCode, 0);
        QCOMPARE(veilctl({ "org", "init", "--out", "other" }).exitCode, 0);
        Run run = veilctl(
            { "profile", "create", "--profile", "p", "--reviewer", "alice", "--trust", "org/root.pub" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(
            veilctl({ "profile", "create", "--profile", "p", "--reviewer", "bob", "--trust", "org/root.pub" })
                .exitCode,
            1);
        run = veilctl({ "profile", "request", "--profile", "p", "--out", "alice.veilrequest" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // A certificate from an organisation the profile does not trust is refused.
        run = veilctl({ "org", "certify", "--root", "other/root.key", "--request", "alice.veilrequest",
                        "--out", "foreign.veilcert" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "profile", "enrol", "--profile", "p", "--certificate", "foreign.veilcert" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not in the trust store")), qPrintable(run.err));

        run = veilctl({ "org", "certify", "--root", "org/root.key", "--request", "alice.veilrequest",
                        "--role", "supervisor", "--valid-days", "30", "--out", "alice.veilcert" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "profile", "enrol", "--profile", "p", "--certificate", "alice.veilcert" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("role supervisor")), qPrintable(run.out));

        // A tampered request is refused before the root key is even asked for.
        QFile request(m_dir.filePath(QStringLiteral("alice.veilrequest")));
        QVERIFY(request.open(QIODevice::ReadOnly));
        QByteArray bytes = request.readAll().replace("alice", "mallory");
        request.close();
        QFile forged(m_dir.filePath(QStringLiteral("forged.veilrequest")));
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(bytes);
        forged.close();
        run = veilctl({ "org", "certify", "--root", "org/root.key", "--request", "forged.veilrequest",
                        "--out", "x.veilcert" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("forged.veilrequest")), qPrintable(run.err));
        QCOMPARE(veilctl({ "org", "certify", "--request", "alice.veilrequest" }).exitCode, 2);
    }

    void selftestSessionPrintsNoValue()
    {
        Run run = veilctl({ "selftest", "session", "--profile", "session", "--export", "s.veilaudit",
                            "--results", "s.veilresults" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("reveal granted")));
        QVERIFY(run.out.contains(QStringLiteral("reveal denied")));
        QVERIFY(run.out.contains(QStringLiteral("selftest session passed")));
        run = veilctl({ "audit", "verify", "s.veilaudit", "--trust", QStringLiteral(VEIL_DEMO_ROOT) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(veilctl({ "selftest", "session", "--profile", "session" }).exitCode, 2);
        // A second run into the same directory is refused, not merged.
        run = veilctl({ "selftest", "session", "--profile", "session", "--export", "t.veilaudit" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("already holds a Veil profile")), qPrintable(run.err));
    }

    void wipeRefusesWhatIsNotAProfile()
    {
        QDir dir(m_dir.path());
        QVERIFY(dir.mkpath(QStringLiteral("home/documents")));
        QFile keep(dir.filePath(QStringLiteral("home/documents/keep.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("not Veil's");
        keep.close();
        Run run = veilctl({ "profile", "wipe", "--profile", "home", "--yes" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a Veil profile")), qPrintable(run.err));
        QVERIFY(keep.exists());

        // A file that looks like a vault but is not one.
        QFile fake(dir.filePath(QStringLiteral("home/vault.sqlite")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("SQLite format 3");
        fake.close();
        run = veilctl({ "profile", "wipe", "--profile", "home", "--yes" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(keep.exists());
        QVERIFY(fake.exists());

        run = veilctl({ "profile", "wipe", "--profile", "nowhere", "--yes" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        QCOMPARE(veilctl({ "profile", "wipe", "--yes" }).exitCode, 2);
    }

    void wipeRefusesAProfileHoldingStrayFiles()
    {
        // A real profile (from the selftest) with someone else's file in it:
        // the path is probably wrong, so nothing is deleted.
        QFile stray(m_dir.filePath(QStringLiteral("session/notes.txt")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write("mine");
        stray.close();
        Run run = veilctl({ "profile", "wipe", "--profile", "session", "--yes" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("notes.txt")), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("session/vault.sqlite"))));
        QVERIFY(stray.remove());
    }

    void wipeNeedsConfirmation()
    {
        const QString vault = m_dir.filePath(QStringLiteral("session/vault.sqlite"));
        Run run = veilctl({ "profile", "wipe", "--profile", "session" });  // stdin: nothing
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not confirmed")), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(vault));
        run = veilctl({ "profile", "wipe", "--profile", "session" }, "alice\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QFileInfo::exists(vault));
    }

    void wipeOverwritesThenRemovesTheProfile()
    {
        const QDir profile(m_dir.filePath(QStringLiteral("session")));
        const QStringList batches = QDir(profile.filePath(QStringLiteral("batches"))).entryList(QDir::Files);
        QVERIFY2(!batches.isEmpty(), "the selftest profile holds its imported batch");
        const QString vault = profile.filePath(QStringLiteral("vault.sqlite"));
        QFile original(vault);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
#if defined(Q_OS_UNIX)
        // A second name for the vault's inode shows what wipe left in its blocks.
        const QString witness = m_dir.filePath(QStringLiteral("vault-witness"));
        QCOMPARE(::link(QFile::encodeName(vault).constData(), QFile::encodeName(witness).constData()), 0);
#endif
        Run run = veilctl({ "profile", "wipe", "--profile", "session" }, "session\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("wiped profile session")), qPrintable(run.out));
        QVERIFY(!profile.exists());
#if defined(Q_OS_UNIX)
        QFile left(witness);
        QVERIFY(left.open(QIODevice::ReadOnly));
        const QByteArray after = left.readAll();
        QCOMPARE(after.size(), before.size());
        QVERIFY2(!after.startsWith("SQLite format 3"), "the vault was unlinked without being overwritten");
        QVERIFY(after != before);
#endif
        // --yes for scripts; the enrolled profile from the first test.
        run = veilctl({ "profile", "wipe", "--profile", "p", "--yes" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("p"))));
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profile_cli.moc"
