// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Scores the engine with the shared scorer (../shared/pii/score.py) on the
// shared sample and on Veil's own corpora (tests/redact/corpus). Fails when
// more than 2 % of personal-data characters leak or precision drops below
// 0.90 (docs/redact.md, "Evaluation"); the held-out-style set has tighter
// bounds just under the figures measured on it, as a regression guard.
// Timings are never asserted here.

#include "model/scan/ScanPipeline.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace veil;

class TestPiiEvaluation : public QObject {
    Q_OBJECT

private slots:
    void meetsThresholds_data();
    void meetsThresholds();
};

void TestPiiEvaluation::meetsThresholds_data()
{
    QTest::addColumn<QString>("gold");
    QTest::addColumn<double>("maxLeak");
    QTest::addColumn<double>("minPrecision");
    QTest::newRow("shared sample") << QStringLiteral(VEIL_SHARED_DIR "/pii/sample.jsonl") << 0.02 << 0.90;
    QTest::newRow("own corpus") << QStringLiteral(VEIL_SOURCE_DIR "/tests/redact/corpus/corpus.jsonl") << 0.02
                                << 0.90;
    // Measured: leak_rate 0.0075, precision 0.9902 (2,854 messages, docs/redact.md).
    QTest::newRow("held-out-style set")
        << QStringLiteral(VEIL_SOURCE_DIR "/tests/redact/corpus/heldout-style.jsonl") << 0.008 << 0.99;
    // Names in no list, found from context alone (unknown_names.py). Measured:
    // leak_rate 0.0350, precision 1.0000 (620 messages, four template sets;
    // 0.3056 before stop 14, 0.0788 before held-out-style batch 30, 0.0708
    // before stop 15's bullet lists, vocatives after a colon and gifts for an
    // occasion). The third set, scored blind, is the hardest.
    QTest::newRow("unknown names") << QStringLiteral(VEIL_SOURCE_DIR
                                                     "/tests/redact/corpus/unknown-names.jsonl")
                                   << 0.04 << 0.99;
    // Everyday chat in 23 languages with honorifics, relations and declined
    // names, and values in those languages (languages.txt, stop 15). Measured:
    // leak_rate 0.0198, precision 0.9780 (203 messages in four rounds; the
    // first scored 0.1191 and 0.7582 before the fixes it led to). Book titles
    // and writers in no list cost precision.
    QTest::newRow("languages") << QStringLiteral(VEIL_SOURCE_DIR "/tests/redact/corpus/languages.jsonl")
                               << 0.025 << 0.97;
}

void TestPiiEvaluation::meetsThresholds()
{
    QFETCH(QString, gold);
    QFETCH(double, maxLeak);
    QFETCH(double, minPrecision);
    const QString scorer = QStringLiteral(VEIL_SHARED_DIR "/pii/score.py");
    if (!QFile::exists(scorer)) {
        QSKIP(qPrintable(
            QStringLiteral("the shared scorer is not at %1 (shared/ beside the clone)").arg(scorer)));
    }
    if (!QFile::exists(gold)) {
        QSKIP(qPrintable(QStringLiteral("no gold corpus at %1").arg(gold)));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString predictions = dir.filePath(QStringLiteral("pred.jsonl"));
    {
        const auto detector = redact::Detector::create(redact::Catalogue::builtin());
        QVERIFY(detector.ok());
        std::ifstream in(gold.toStdString(), std::ios::binary);
        std::ofstream out(predictions.toStdString(), std::ios::binary);
        std::ostringstream errors;
        const model::ScanPipeline pipeline(detector.value(), { 2, false });
        const auto report = pipeline.run(in, out, errors);
        QCOMPARE(report.skipped, std::size_t { 0 });
        QVERIFY(report.scanned > 100);
    }
    QProcess python;
    python.start(QStringLiteral("python3"), { scorer, gold, predictions });
    if (!python.waitForStarted()) {
        QSKIP("python3 is not installed");
    }
    QVERIFY(python.waitForFinished(120000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput());
    QCOMPARE(python.exitCode(), 0);
    const QRegularExpression summary(
        QStringLiteral(R"(leak_rate=([0-9.]+) span_recall=([0-9.]+) precision=([0-9.]+))"));
    const auto match = summary.match(output);
    QVERIFY2(match.hasMatch(), qPrintable(output));
    const double leak = match.captured(1).toDouble();
    const double precision = match.captured(3).toDouble();
    qInfo().noquote() << QFileInfo(gold).fileName() << match.captured(0);
    QVERIFY2(leak <= maxLeak,
             qPrintable(QStringLiteral("leak_rate %1 > %2\n%3").arg(leak).arg(maxLeak).arg(output)));
    QVERIFY2(
        precision >= minPrecision,
        qPrintable(QStringLiteral("precision %1 < %2\n%3").arg(precision).arg(minPrecision).arg(output)));
}

QTEST_GUILESS_MAIN(TestPiiEvaluation)
#include "tst_pii_evaluation.moc"
