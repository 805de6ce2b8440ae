// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Supervisor analysis (issue "Supervisor audit console"): a simulated team
// of 200 workstations over 30 days with planted misbehaviour — every
// planted case is found and no healthy reviewer is flagged; bad input is
// named per file and loses nothing; CSV and PDF exports.
#include "model/keys/KeyFile.h"
#include "model/supervisor/AuditAnalysis.h"
#include "model/supervisor/AuditReport.h"
#include "model/supervisor/AuditSimulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

class TestSupervisor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<AuditSimulator::Planted> m_planted;

    QString simulated() const { return m_dir.filePath(QStringLiteral("team")); }
    TrustStore trust() const
    {
        return TrustStore::fromFiles({ m_dir.filePath(QStringLiteral("team/root.pub")) }).value();
    }
    /// The planted case of `kind`, or an empty one.
    AuditSimulator::Planted planted(const QString& kind) const
    {
        for (const AuditSimulator::Planted& p : m_planted) {
            if (p.kind == kind) {
                return p;
            }
        }
        return {};
    }
    /// The status of `fileName`, or an empty one (no file) when it is missing.
    static LogStatus statusOf(const AuditAnalysis& analysis, const QString& fileName)
    {
        for (const LogStatus& log : analysis.logs()) {
            if (QFileInfo(log.file).fileName() == fileName) {
                return log;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        AuditSimulator::Options options;
        options.outDir = simulated();
        options.workstations = 200;
        options.days = 30;
        options.seed = 20261129;
        auto planted = AuditSimulator::run(options);
        QVERIFY2(planted, qPrintable(planted.error()));
        m_planted = planted.value();
        QCOMPARE(m_planted.size(), 4);
    }

    void everyPlantedCaseIsFoundAndNoHealthyReviewerIsFlagged()
    {
        const AuditAnalysis analysis = AuditAnalysis::load({ simulated() }, trust());
        QCOMPARE(analysis.logs().size(), 200);
        const LogStatus tampered = statusOf(analysis, planted(QStringLiteral("tampered")).file);
        QVERIFY(!tampered.file.isEmpty() && !tampered.verified);
        QCOMPARE(tampered.entry, planted(QStringLiteral("tampered")).entry);
        const LogStatus truncated = statusOf(analysis, planted(QStringLiteral("truncated")).file);
        QVERIFY(!truncated.file.isEmpty() && !truncated.verified);
        QVERIFY2(truncated.reason.contains(QStringLiteral("cut short")), qPrintable(truncated.reason));
        int verified = 0;
        for (const LogStatus& log : analysis.logs()) {
            verified += log.verified ? 1 : 0;
        }
        QCOMPARE(verified, 198);
        // Failed logs are never merged.
        for (const RevealEvent& event : analysis.events()) {
            QVERIFY(event.reviewer != planted(QStringLiteral("tampered")).reviewer);
            QVERIFY(event.reviewer != planted(QStringLiteral("truncated")).reviewer);
        }

        const QList<Flag> flags = analysis.flags(FlagThresholds {}, analysis.eventsBetween({}, {}));
        QSet<QString> flaggedReviewers;
        QSet<QString> found;
        for (const Flag& flag : flags) {
            flaggedReviewers.insert(flag.reviewer);
            found.insert(flag.reviewer + QLatin1Char(':') + flag.rule);
            QVERIFY(!flag.events.isEmpty());
            QVERIFY(!flag.explanation.isEmpty());
        }
        QVERIFY(found.contains(planted(QStringLiteral("high-reveal-rate")).reviewer
                               + QStringLiteral(":high-reveal-rate")));
        QVERIFY(found.contains(planted(QStringLiteral("copy-paste-justifications")).reviewer
                               + QStringLiteral(":copy-paste-justifications")));
        const QSet<QString> plantedReviewers {
            planted(QStringLiteral("high-reveal-rate")).reviewer,
            planted(QStringLiteral("copy-paste-justifications")).reviewer
        };
        QVERIFY2(flaggedReviewers.subtract(plantedReviewers).isEmpty(),
                 qPrintable(QStringList(flaggedReviewers.values()).join(u' ')));
    }

    void badInputIsNamedPerFileAndLosesNothing()
    {
        const QString dir = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("team/ws-000.veilaudit")),
                            dir + QStringLiteral("/a.veilaudit")));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("team/ws-000.veilaudit")),
                            dir + QStringLiteral("/a-again.veilaudit")));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("team/ws-001.veilaudit")),
                            dir + QStringLiteral("/b.veilaudit")));
        QFile notAudit(dir + QStringLiteral("/notes.veilaudit"));
        QVERIFY(notAudit.open(QIODevice::WriteOnly));
        notAudit.write("These are my notes, not an audit export.\n");
        notAudit.close();
        // An export from another organisation: its root is not trusted.
        AuditSimulator::Options other;
        other.outDir = m_dir.filePath(QStringLiteral("other"));
        other.workstations = 1;
        other.days = 2;
        QVERIFY(AuditSimulator::run(other));
        QVERIFY(QFile::copy(other.outDir + QStringLiteral("/ws-000.veilaudit"),
                            dir + QStringLiteral("/c.veilaudit")));

        const AuditAnalysis analysis = AuditAnalysis::load({ dir }, trust());
        QCOMPARE(analysis.logs().size(), 5);
        const auto reasonOf
            = [&](const char* name) { return statusOf(analysis, QLatin1String(name)).reason; };
        QVERIFY(statusOf(analysis, QStringLiteral("a-again.veilaudit")).verified
                != statusOf(analysis, QStringLiteral("a.veilaudit")).verified);
        const QString duplicate = statusOf(analysis, QStringLiteral("a.veilaudit")).verified
            ? reasonOf("a-again.veilaudit")
            : reasonOf("a.veilaudit");
        QVERIFY2(duplicate.contains(QStringLiteral("same workstation")), qPrintable(duplicate));
        QVERIFY2(reasonOf("notes.veilaudit").contains(QStringLiteral("not")),
                 qPrintable(reasonOf("notes.veilaudit")));
        QVERIFY2(reasonOf("c.veilaudit").contains(QStringLiteral("trust")),
                 qPrintable(reasonOf("c.veilaudit")));
        QVERIFY(statusOf(analysis, QStringLiteral("b.veilaudit")).verified);
        // The good ones are all there.
        QSet<QString> reviewers;
        for (const RevealEvent& event : analysis.events()) {
            reviewers.insert(event.reviewer);
        }
        QCOMPARE(reviewers,
                 (QSet<QString> { QStringLiteral("reviewer-000"), QStringLiteral("reviewer-001") }));
    }

    void csvFieldsAreQuotedAndFormulasNeutralised()
    {
        QCOMPARE(AuditReport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(AuditReport::csvField(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
        QCOMPARE(AuditReport::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(AuditReport::csvField(QStringLiteral("=HYPERLINK(\"x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(AuditReport::csvField(QStringLiteral("line\nbreak")), QStringLiteral("\"line\nbreak\""));
    }

    void reportsRenderWithTheRangeApplied()
    {
        const AuditAnalysis analysis = AuditAnalysis::load({ simulated() }, trust());
        const QDateTime from(QDate(2026, 10, 5), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 10, 11), QTime(23, 59, 59), Qt::UTC);
        const QList<int> events = analysis.eventsBetween(from, to);
        QVERIFY(!events.isEmpty() && events.size() < analysis.events().size());
        const AuditReport report(analysis, events, analysis.flags(FlagThresholds {}, events), from, to);
        const QList<QByteArray> lines = report.eventsCsv().split('\n');
        QCOMPARE(lines.size() - 2, events.size());  // header, and the empty tail after the last \r\n
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(report.writePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftoppm.isEmpty(),
                 "pdftoppm (poppler-utils) is installed by packaging/install-deps-debian.sh");
        QVERIFY(QProcess::execute(pdftoppm,
                                  { QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf,
                                    m_dir.filePath(QStringLiteral("page")) })
                == 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("page-1.png"))));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("page-3.png"))));
        const QJsonDocument findings = QJsonDocument::fromJson(report.findingsJson());
        QCOMPARE(findings.object().value(QStringLiteral("logs")).toArray().size(), 200);
    }
};

QTEST_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
