// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// `veilctl audit simulate` and `veilctl audit report` (docs/veilctl.md,
// "Supervisor reports"): the report finds every planted case of a 200
// workstation, 30 day simulation, flags no healthy reviewer, and writes the
// PDF, CSV and findings JSON.
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestAuditReportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int veilctl(const QStringList& arguments, QString* err = nullptr)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(VEILCTL_BIN), arguments);
        if (!process.waitForFinished(600000)) {
            process.kill();
            return -1;
        }
        if (err != nullptr) {
            *err = QString::fromUtf8(process.readAllStandardError());
        }
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    QJsonObject readJson(const QString& name)
    {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }

private slots:
    void reportFindsEveryPlantedCase()
    {
        QString err;
        QCOMPARE(veilctl({ "audit", "simulate", "--workstations", "200", "--days", "30", "--out", "team",
                           "--seed", "7" },
                         &err),
                 0);
        QCOMPARE(veilctl({ "audit", "report", "team", "--out", "report.pdf", "--csv", "events.csv", "--json",
                           "findings.json" },
                         &err),
                 0);
        QVERIFY2(err.contains(QStringLiteral("failed")), qPrintable(err));  // the broken logs are named
        const QJsonArray planted
            = readJson(QStringLiteral("team/planted.json")).value(QStringLiteral("planted")).toArray();
        const QJsonObject findings = readJson(QStringLiteral("findings.json"));
        QCOMPARE(planted.size(), 4);

        QHash<QString, QJsonObject> logs;
        for (const QJsonValue& log : findings.value(QStringLiteral("logs")).toArray()) {
            logs.insert(log[QStringLiteral("file")].toString(), log.toObject());
        }
        QCOMPARE(logs.size(), 200);
        QSet<QString> flagged;
        for (const QJsonValue& flag : findings.value(QStringLiteral("flags")).toArray()) {
            flagged.insert(flag[QStringLiteral("reviewer")].toString() + u':'
                           + flag[QStringLiteral("rule")].toString());
        }
        QSet<QString> plantedReviewers;
        int failed = 0;
        for (const QJsonObject& log : logs) {
            failed += log[QStringLiteral("status")].toString() == QLatin1String("failed") ? 1 : 0;
        }
        QCOMPARE(failed, 2);
        for (const QJsonValue& p : planted) {
            const QString kind = p[QStringLiteral("kind")].toString();
            const QString reviewer = p[QStringLiteral("reviewer")].toString();
            const QJsonObject log = logs.value(p[QStringLiteral("file")].toString());
            if (kind == QLatin1String("tampered") || kind == QLatin1String("truncated")) {
                QCOMPARE(log[QStringLiteral("status")].toString(), QStringLiteral("failed"));
                if (kind == QLatin1String("tampered")) {
                    QCOMPARE(log[QStringLiteral("entry")].toInteger(),
                             p[QStringLiteral("entry")].toInteger());
                }
            } else {
                QVERIFY2(flagged.contains(reviewer + u':' + kind), qPrintable(reviewer + u':' + kind));
                plantedReviewers.insert(reviewer);
            }
        }
        for (const QString& flag : flagged) {
            QVERIFY2(plantedReviewers.contains(flag.section(u':', 0, 0)), qPrintable(flag));
        }
        QFile pdf(m_dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
        QFile csv(m_dir.filePath(QStringLiteral("events.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly) && csv.readLine().startsWith("time,reviewer,"));
    }

    /// --from/--to: the flags are the period's, raised over its events only.
    void flagsAreThePeriods()
    {
        const QJsonObject all = readJson(QStringLiteral("findings.json"));
        QDate first;
        for (const QJsonValue& flag : all.value(QStringLiteral("flags")).toArray()) {
            for (const QJsonValue& event : flag[QStringLiteral("events")].toArray()) {
                const QDate day
                    = QDateTime::fromString(event[QStringLiteral("time")].toString(), Qt::ISODateWithMs)
                          .date();
                first = !first.isValid() || day < first ? day : first;
            }
        }
        QVERIFY(first.isValid());
        const QDate from = first.addDays(5);
        const QDate to = first.addDays(7);
        QCOMPARE(veilctl({ "audit", "report", "team", "--from", from.toString(Qt::ISODate), "--to",
                           to.toString(Qt::ISODate), "--out", "period.pdf", "--json", "period.json" }),
                 0);
        const QJsonArray flags
            = readJson(QStringLiteral("period.json")).value(QStringLiteral("flags")).toArray();
        QVERIFY(!flags.isEmpty());  // the planted high-rate reviewer reveals every day
        for (const QJsonValue& flag : flags) {
            for (const QJsonValue& event : flag[QStringLiteral("events")].toArray()) {
                const QDate day
                    = QDateTime::fromString(event[QStringLiteral("time")].toString(), Qt::ISODateWithMs)
                          .date();
                QVERIFY2(day >= from && day <= to, qPrintable(event[QStringLiteral("time")].toString()));
            }
        }
    }

    void usageAndMissingInputs()
    {
        QCOMPARE(veilctl({ "audit", "simulate", "--days", "3" }), 2);
        QCOMPARE(veilctl({ "audit", "report", "--out", "x.pdf" }), 2);
        QCOMPARE(veilctl({ "audit", "report", "team", "--out", "x.pdf", "--from", "yesterday" }), 2);
        QString err;
        QCOMPARE(veilctl({ "audit", "report", "no-such-dir", "--out", "x.pdf" }, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("no-such-dir")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestAuditReportCli)
#include "tst_audit_report_cli.moc"
