// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The veilctl command-line contract for keys and batches (docs/veilctl.md),
// run exactly as scripts run it.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

}  // namespace

class TestBatchCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Run veilctl(const QStringList& arguments, const QString& passphrase = QStringLiteral("s3cret passphrase"))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("VEIL_PASSPHRASE_FILE"));
        if (passphrase.isNull()) {
            env.remove(QStringLiteral("VEIL_PASSPHRASE"));
        } else {
            env.insert(QStringLiteral("VEIL_PASSPHRASE"), passphrase);
        }
        QProcess process;
        process.setProcessEnvironment(env);
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

    void writeFile(const QString& name, const QByteArray& contents)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Run run = veilctl({ "org", "init", "--out", "DIR" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path("DIR/root.key")) && QFile::exists(path("DIR/root.pub")));
        run = veilctl({ "issuer", "create", "--root", "DIR/root.key", "--out", "DIR" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "keys", "generate", "--out", "DIR/ws" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl({ "keys", "generate", "--out", "DIR/other" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        writeFile(
            "raw.jsonl",
            "{\"id\":\"t1\",\"messages\":[{\"role\":\"user\",\"text\":\"Mail me at maria.lopez84@gmail.com "
            "or call +1 415 555 0134\"},{\"role\":\"assistant\",\"text\":\"Noted.\"}]}\n"
            "{\"id\":\"t2\",\"messages\":[{\"role\":\"user\",\"text\":\"My IBAN is GB82 WEST 1234 5698 7654 "
            "32\"}]}\n");
        run = veilctl({ "batch", "build", "--in", "raw.jsonl", "--issuer", "DIR/issuer.key", "--recipient",
                        "DIR/ws.pub", "--out", "b.veilbatch" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("2 tasks")));
    }

    void verifyAcceptsTheRightWorkstation()
    {
        Run run = veilctl({ "batch", "verify", "b.veilbatch", "--trust", "DIR/root.pub" });
        QCOMPARE(run.exitCode, 0);
        run = veilctl({ "batch", "verify", "b.veilbatch", "--trust", "DIR/root.pub", "--key", "DIR/ws.key" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("valid batch")));
    }

    void verifyRefusesWithTheReason()
    {
        Run run = veilctl(
            { "batch", "verify", "b.veilbatch", "--trust", "DIR/root.pub", "--key", "DIR/other.key" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not for this workstation")), qPrintable(run.err));

        QFile original(path("b.veilbatch"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        writeFile("cut.veilbatch", bytes.left(bytes.size() / 2));
        run = veilctl({ "batch", "verify", "cut.veilbatch", "--trust", "DIR/root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("cut.veilbatch: truncated")), qPrintable(run.err));

        // A byte inside the first task record: it starts right after the header.
        const qsizetype headerLength
            = static_cast<unsigned char>(bytes[12]) | (static_cast<unsigned char>(bytes[13]) << 8);
        const qsizetype inRecord = 16 + headerLength + 20;
        bytes[inRecord] = static_cast<char>(bytes[inRecord] ^ 1);
        writeFile("flipped.veilbatch", bytes);
        run = veilctl({ "batch", "verify", "flipped.veilbatch", "--trust", "DIR/root.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("flipped.veilbatch: corrupt record 0")), qPrintable(run.err));

        run = veilctl({ "batch", "verify", "b.veilbatch", "--trust", "DIR/ws.pub" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("trust store holds organisation root keys")),
                 qPrintable(run.err));
    }

    void inspectPrintsMaskedTasksOnly()
    {
        Run run = veilctl(
            { "batch", "inspect", "b.veilbatch", "--trust", "DIR/root.pub", "--key", "DIR/ws.key" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const char* original : { "maria.lopez84@gmail.com", "415 555 0134", "GB82 WEST" }) {
            QVERIFY2(!run.out.contains(QLatin1String(original)), original);
        }
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value("task_count").toInt(), 2);
        const QJsonArray tasks = json.value("tasks").toArray();
        QCOMPARE(tasks.size(), 2);
        const QString text = tasks[0].toObject()["messages"].toArray()[0].toObject()["text"].toString();
        QVERIFY2(text.contains(QLatin1String("[EMAIL 1]")) && text.contains(QLatin1String("[PHONE 1]")),
                 qPrintable(text));
    }

    void inspectKeepsALeadingFeff()
    {
        // Qt's JSON reader drops a U+FEFF that starts a string; the printed text keeps it.
        writeFile("feff.jsonl",
                  "{\"id\":\"f1\",\"messages\":[{\"role\":\"user\",\"text\":\"\xEF\xBB\xBFHi, mail "
                  "maria.lopez84@gmail.com\"}]}\n");
        Run run = veilctl({ "batch", "build", "--in", "feff.jsonl", "--issuer", "DIR/issuer.key",
                            "--recipient", "DIR/ws.pub", "--out", "feff.veilbatch" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = veilctl(
            { "batch", "inspect", "feff.veilbatch", "--trust", "DIR/root.pub", "--key", "DIR/ws.key" });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\"text\": \"\uFEFFHi, mail [EMAIL 1]\"")),
                 qPrintable(run.out));
    }

    void passphraseProblemsAreClear()
    {
        Run run
            = veilctl({ "batch", "inspect", "b.veilbatch", "--trust", "DIR/root.pub", "--key", "DIR/ws.key" },
                      QStringLiteral("not the passphrase"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("ws.key: wrong passphrase")), qPrintable(run.err));
        run = veilctl({ "keys", "generate", "--out", "DIR/third" }, QString());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("VEIL_PASSPHRASE")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path("DIR/third.key")));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(veilctl({ "batch" }).exitCode, 2);
        QCOMPARE(veilctl({ "batch", "explode" }).exitCode, 2);
        QCOMPARE(veilctl({ "org", "init" }).exitCode, 2);
        QCOMPARE(veilctl({ "org", "init", "--out", "badname", "--name", "Acme\nkind: root-secret" }).exitCode,
                 2);
        QVERIFY(!QFile::exists(path("badname/root.key")));
        QCOMPARE(veilctl({ "issuer", "create", "--root", "DIR/root.key", "--out", "DIR2", "--valid-days",
                           "3000000" })
                     .exitCode,
                 2);
        QCOMPARE(veilctl({ "batch", "build", "--in", "raw.jsonl" }).exitCode, 2);
        Run run = veilctl({ "keys", "generate", "--out", "DIR/ws" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("refusing to overwrite")), qPrintable(run.err));
    }

    void malformedInputNamesTheLine()
    {
        writeFile("bad.jsonl",
                  "{\"id\":\"a\",\"messages\":[{\"role\":\"user\",\"text\":\"hi\"}]}\n{\"id\": 5}\n");
        Run run = veilctl({ "batch", "build", "--in", "bad.jsonl", "--issuer", "DIR/issuer.key",
                            "--recipient", "DIR/ws.pub", "--out", "bad.veilbatch" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("bad.jsonl line 2: \"id\" must be a non-empty string")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(path("bad.veilbatch")));
        run = veilctl({ "batch", "build", "--in", "bad.jsonl", "--issuer", "DIR/issuer.key", "--recipient",
                        "DIR/ws.pub", "--out", "bad.veilbatch", "--skip-bad" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("skipped")) && run.err.contains(QLatin1String("line 2")),
                 qPrintable(run.err));
    }

    void demoBatchVerifiesWithDemoKeys()
    {
        const QString keys = QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys");
        Run run = veilctl({ "batch", "verify", QStringLiteral(VEIL_DEMO_BATCH), "--trust", keys + "/root.pub",
                            "--key", keys + "/workstation.key" },
                          QStringLiteral("demo"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("30 tasks")));
    }
};

QTEST_GUILESS_MAIN(TestBatchCli)
#include "tst_batch_cli.moc"
