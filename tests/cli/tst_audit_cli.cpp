// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The `veilctl audit verify` contract (docs/veilctl.md, "Audit exports"):
// exit 0 when every file is intact, 1 with one line per finding naming the
// file and the entry, 2 on a usage error. Exports are made through the model
// API exactly as a workstation makes them, then tampered with.

#include "model/audit/AuditExport.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kWorkstation = QStringLiteral("ws-cli-test");
const QDateTime kStart(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

AuditRecord reveal(int n)
{
    AuditRecord r;
    r.event = n % 5 == 0 ? AuditEvent::RevealDenied : AuditEvent::RevealGranted;
    r.actor = QStringLiteral("reviewer-7");
    r.batchId = QStringLiteral("b-1");
    r.taskId = QStringLiteral("task-%1").arg(n / 3);
    r.spanId = n % 4;
    r.category = QStringLiteral("EMAIL");
    r.reasonCode = QStringLiteral("context_needed");
    r.justification = QStringLiteral("Reveal %1: the reply refers to the address and I must check it").arg(n);
    r.decision = QStringLiteral("Granted");
    return r;
}

}  // namespace

class TestAuditCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecretKey m_root = KeyFactory::generateRoot(QStringLiteral("Test org"));
    SecretKey m_otherRoot = KeyFactory::generateRoot(QStringLiteral("Other org"));
    SecretKey m_key = KeyFactory::generateWorkstation(QStringLiteral("ws"));
    SecretKey m_otherKey = KeyFactory::generateWorkstation(QStringLiteral("other ws"));
    AuditExport m_good;

    Run veilctl(const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(VEILCTL_BIN), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool writeFile(const QString& name, const QByteArray& contents)
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
    }

    WorkstationCertificate certify(const SecretKey& workstation, const SecretKey& root,
                                   const QDateTime& expires)
    {
        const QDateTime enrolled = kStart.addDays(-30);
        auto request = EnrolmentRequest::create(QStringLiteral("reviewer-7"), workstation, enrolled);
        return WorkstationCertificate::issue(request.value(), ReviewerRole::Reviewer, root, enrolled, expires)
            .value();
    }

    /// A workstation's log with `count` entries (one a minute from kStart),
    /// a session-end checkpoint after entry 10, and records changed from
    /// entry `forkAt` on (0: none). Exported at `exportAt` entries and, if
    /// later, again at `count`; returns the exports in that order.
    QList<QByteArray> makeLog(const QString& name, int count, int exportAt, int forkAt,
                              const WorkstationCertificate& certificate)
    {
        int minute = 0;
        auto log = AuditLog::open(path(name), kWorkstation, SecretBytes::random(32),
                                  [&minute] { return kStart.addSecs(60 * minute++); });
        QList<QByteArray> exports;
        for (int i = 1; i <= count; ++i) {
            AuditRecord record = reveal(i);
            if (forkAt > 0 && i >= forkAt) {
                record.justification = QStringLiteral("Rewritten later: nothing to see at %1").arg(i);
            }
            if (!log.value()->append(record)) {
                return {};
            }
            if (i == 10) {
                log.value()->checkpoint(m_key);
            }
            if (i == exportAt || i == count) {
                exports.append(AuditExport::fromLog(*log.value(), m_key, certificate).value());
            }
        }
        return exports;
    }

    /// Writes `variant` and verifies it with the trusted root; expects exit 1
    /// and a stderr line naming the file and containing `expected`.
    void expectFinding(const QString& name, const AuditExport& variant, const QString& expected,
                       QStringList extra = {})
    {
        QVERIFY(writeFile(name, variant.encode()));
        Run run = veilctl(QStringList { "audit", "verify", name, "--trust", "root.pub" } + extra);
        QVERIFY2(run.exitCode == 1,
                 qPrintable(QStringLiteral("%1: exit %2, %3").arg(name).arg(run.exitCode).arg(run.out)));
        QVERIFY2(run.err.contains(QStringLiteral("veilctl: %1: ").arg(name) + expected), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeFile("root.pub", KeyFile::encodePublic(m_root.publicKey)));
        QVERIFY(writeFile("other-root.pub", KeyFile::encodePublic(m_otherRoot.publicKey)));
        const WorkstationCertificate certificate = certify(m_key, m_root, kStart.addYears(1));
        const QList<QByteArray> exports = makeLog("ws.db", 30, 20, 0, certificate);
        QCOMPARE(exports.size(), 2);
        QVERIFY(writeFile("early.veilaudit", exports[0]));
        QVERIFY(writeFile("good.veilaudit", exports[1]));
        m_good = AuditExport::decode(exports[1], QStringLiteral("good.veilaudit")).value();
        QCOMPARE(m_good.entries.size(), 30);
        QCOMPARE(m_good.checkpoints.size(), 3);  // session end at 10, exports at 20 and 30

        // The insider's re-signed fork: the same workstation and key, history
        // rewritten from entry 15 on and signed again.
        const QList<QByteArray> fork = makeLog("fork.db", 30, 30, 15, certificate);
        QVERIFY(writeFile("fork.veilaudit", fork.constLast()));
    }

    void intactExportsExitZero()
    {
        Run run = veilctl({ "audit", "verify", "good.veilaudit", "early.veilaudit", "--trust", "root.pub" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        QVERIFY2(
            run.out.contains(QLatin1String("good.veilaudit: intact: 30 entries, 3 checkpoints (last at entry "
                                           "30), workstation ws-cli-test")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("reviewer reviewer-7 (reviewer), certified by root ")
                                  + m_root.publicKey.keyId()),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("early.veilaudit: intact: 20 entries")));

        // Several roots may be trusted; the right one among them is enough.
        run = veilctl(
            { "audit", "verify", "good.veilaudit", "--trust", "other-root.pub", "--trust", "root.pub" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // A later export extends an earlier one.
        run = veilctl(
            { "audit", "verify", "good.veilaudit", "--previous", "early.veilaudit", "--trust", "root.pub" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("extends early.veilaudit")));
    }

    void everyFindingIsReportedWithFileAndEntry()
    {
        AuditExport modified = m_good;
        modified.entries[6].canonical.replace("Reveal 7", "Reveal 8");
        expectFinding("modified.veilaudit", modified, QStringLiteral("entry 7 was modified"));

        AuditExport deleted = m_good;
        deleted.entries.removeAt(6);
        expectFinding("deleted.veilaudit", deleted, QStringLiteral("entry 7 is missing"));

        AuditExport inserted = m_good;
        inserted.entries.insert(12, m_good.entries[6]);
        expectFinding("inserted.veilaudit", inserted,
                      QStringLiteral("entry 7 appears out of order after entry 12 (inserted or reordered)"));

        AuditExport reordered = m_good;
        reordered.entries.swapItemsAt(3, 4);
        expectFinding("reordered.veilaudit", reordered,
                      QStringLiteral("entry 5 appears out of order after entry 3"));

        AuditExport badSignature = m_good;
        badSignature.checkpoints[0].signature[5]
            = static_cast<char>(badSignature.checkpoints[0].signature[5] ^ 1);
        expectFinding("signature.veilaudit", badSignature,
                      QStringLiteral("checkpoint at entry 10 has an invalid signature"));

        AuditExport cut = m_good;
        cut.entries = m_good.entries.mid(0, 25);
        expectFinding(
            "cut.veilaudit", cut,
            QStringLiteral("truncated: the workstation signed a checkpoint at entry 30 but the log ends "
                           "at entry 25"));

        AuditExport forgedCertificate = m_good;
        forgedCertificate.certificate->role = ReviewerRole::Supervisor;
        expectFinding(
            "forged-cert.veilaudit", forgedCertificate,
            QStringLiteral("workstation %1 (reviewer reviewer-7): its certificate signature is not valid")
                .arg(m_key.publicKey.keyId()));

        AuditExport expired = m_good;
        expired.certificate = certify(m_key, m_root, kStart.addSecs(60 * 12 + 30));
        expectFinding(
            "expired.veilaudit", expired,
            QStringLiteral("expired certificate: the certificate of workstation %1 (reviewer reviewer-7) "
                           "expired on 2026-11-02T09:12:30.000Z, before entry 13 (2026-11-02T09:13:00.000Z)")
                .arg(m_key.publicKey.keyId()));

        AuditExport mismatch = m_good;
        mismatch.certificate = certify(m_otherKey, m_root, kStart.addYears(1));
        expectFinding(
            "mismatch.veilaudit", mismatch,
            QStringLiteral("key mismatch: the certificate is for workstation key %1, but the checkpoints "
                           "are signed by key %2")
                .arg(m_otherKey.publicKey.keyId(), m_key.publicKey.keyId()));

        AuditExport uncertified = m_good;
        uncertified.certificate.reset();
        expectFinding("uncertified.veilaudit", uncertified,
                      QStringLiteral("the export carries no workstation certificate"));

        AuditExport appended = m_good;
        appended.checkpoints.removeLast();
        expectFinding("appended.veilaudit", appended,
                      QStringLiteral("entries 21 to 30 are not covered by a signed checkpoint"));
    }

    void unknownRootAndMissingTrustAreFindings()
    {
        Run run = veilctl({ "audit", "verify", "good.veilaudit", "--trust", "other-root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("veilctl: good.veilaudit: workstation %1 (reviewer reviewer-7): "
                                            "certified by root %2, which is not in the trust store")
                                 .arg(m_key.publicKey.keyId(), m_root.publicKey.keyId())),
            qPrintable(run.err));

        // Without --trust the chain is still checked, but the file is not
        // called intact: anyone can make a self-consistent export.
        run = veilctl({ "audit", "verify", "good.veilaudit" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     QLatin1String("good.veilaudit: the workstation certificate (reviewer reviewer-7, "
                                   "root ")),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("was not checked: no organisation root is trusted")));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void truncationAndForkAgainstTheEarlierExport()
    {
        // The earlier file reached entry 30; an export ending at 20 is a truncation.
        Run run = veilctl(
            { "audit", "verify", "early.veilaudit", "--previous", "good.veilaudit", "--trust", "root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QLatin1String("veilctl: early.veilaudit: truncated: an earlier export of this "
                                           "workstation reached entry 30, this one ends at entry 20")),
            qPrintable(run.err));

        // The re-signed fork is intact on its own…
        run = veilctl({ "audit", "verify", "fork.veilaudit", "--trust", "root.pub" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // …and caught against what the supervisor imported before.
        run = veilctl(
            { "audit", "verify", "fork.veilaudit", "--previous", "early.veilaudit", "--trust", "root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     QLatin1String("veilctl: fork.veilaudit: fork: entry 20 differs from the one seen in "
                                   "an earlier export")),
                 qPrintable(run.err));

        // An earlier export signed by another key is not this workstation's history.
        AuditExport otherKey = m_good;
        otherKey.workstation = m_otherKey.publicKey;
        QVERIFY(writeFile("other-key.veilaudit", otherKey.encode()));
        run = veilctl({ "audit", "verify", "good.veilaudit", "--previous", "other-key.veilaudit", "--trust",
                        "root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     QLatin1String("good.veilaudit: the earlier export of workstation ws-cli-test was "
                                   "signed by key")),
                 qPrintable(run.err));
    }

    void oneLinePerFindingAcrossFiles()
    {
        AuditExport twice = m_good;
        twice.entries[4].canonical.replace("Reveal 5", "Reveal 6");
        QVERIFY(writeFile("twice.veilaudit", twice.encode()));
        QVERIFY(writeFile("garbage.veilaudit", "{\"format\":\"veilbatch\"}"));
        Run run = veilctl({ "audit", "verify", "good.veilaudit", "twice.veilaudit", "missing.veilaudit",
                            "garbage.veilaudit", "--trust", "other-root.pub", "--trust", "root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QLatin1String("good.veilaudit: intact")));
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QLatin1String("veilctl: twice.veilaudit: entry 5 was modified")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QLatin1String("veilctl: missing.veilaudit: cannot open")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QLatin1String("veilctl: garbage.veilaudit: not an audit export")),
                 qPrintable(lines[2]));

        // A bit flipped anywhere in the chain is named.
        AuditExport twoFindings = m_good;
        twoFindings.entries[2].hash[0] = static_cast<char>(twoFindings.entries[2].hash[0] ^ 1);
        twoFindings.certificate = certify(m_key, m_otherRoot, kStart.addYears(1));
        QVERIFY(writeFile("two.veilaudit", twoFindings.encode()));
        run = veilctl({ "audit", "verify", "two.veilaudit", "--trust", "root.pub" });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 2);
        QVERIFY2(run.err.contains(QLatin1String("two.veilaudit: entry 3 was modified")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("which is not in the trust store")), qPrintable(run.err));
    }

    void usageErrorsExitTwo()
    {
        for (const QStringList& arguments :
             { QStringList { "audit", "verify" }, QStringList { "audit", "verify", "--trust", "root.pub" },
               QStringList { "audit", "verify", "good.veilaudit", "--bogus" },
               QStringList { "audit", "verify", "good.veilaudit", "--previous", "early.veilaudit",
                             "--previous", "early.veilaudit" },
               QStringList { "audit" }, QStringList { "audit", "check", "good.veilaudit" } }) {
            Run run = veilctl(arguments);
            QVERIFY2(run.exitCode == 2,
                     qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
            QVERIFY(!run.err.isEmpty());
        }
        Run help = veilctl({ "audit", "verify", "--help" });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("veilctl audit verify")));
        QVERIFY(help.out.contains(QLatin1String("--previous")));

        // A trust file that is not a root key is an input failure, not usage.
        QVERIFY(writeFile("ws.pub", KeyFile::encodePublic(m_key.publicKey)));
        Run run = veilctl({ "audit", "verify", "good.veilaudit", "--trust", "ws.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("ws.pub: a trust store holds organisation root keys")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
