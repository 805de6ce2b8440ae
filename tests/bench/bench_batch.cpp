// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Figures promised for .veilbatch (issue "Keys, trust and the .veilbatch
// format"): build ≥ 50 MB/s of raw chat text on one core, open + full verify
// of a 100 MB batch ≤ 0.5 s, one task by index ≤ 2 ms, peak memory while
// opening < 1.2 × file size; and (vault issue) importing it into a
// profile ≤ 2 s. VEIL_BENCH_MB sets the corpus size (default 100).
//
//   build/release/tests/bench/bench_batch --benchmark_counters_tabular=true
//
// BM_BuildBatch/detector:1 is the whole build. BM_BuildBatch/detector:0 is
// the format path alone — parse, mask, encode, seal, hash, sign, write —
// with the detector's results replayed from a cache filled before timing,
// so it masks and seals exactly the spans the full build does and differs
// from it only by the cost of Detector::detect(). Both report wall-clock
// MB_per_s and ms_per_MB of raw input in decimal MB (bytes_per_second is
// Google Benchmark's MiB/s).

#include "model/batch/BatchBuilder.h"
#include "model/batch/BatchReader.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"
#include "model/profile/Profile.h"
#include "model/scan/DetectorFactory.h"
#include "redact/detect/Detector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace veil::model;

namespace {

struct Environment {
    QTemporaryDir dir;
    std::optional<SecretKey> root;
    std::optional<SecretKey> issuer;
    std::optional<SecretKey> workstation;
    std::shared_ptr<const veil::redact::Detector> detector;
    QString rawPath;
    QString batchPath;
    qint64 rawBytes = 0;
    int tasks = 0;
    int spans = 0;
    /// Every text the builder gives the detector, in the order it does: each
    /// line's id, then its messages.
    std::vector<std::string> texts;
    /// The detector's findings for texts[i], filled once for the format-only run.
    std::vector<std::vector<veil::redact::DetectedSpan>> detections;
    std::size_t replayed = 0;
    std::size_t replayMisses = 0;
};

/// Chat-like raw conversations with a realistic share of personal data.
void writeCorpus(const QString& path, qint64 targetBytes, std::vector<std::string>& texts)
{
    static const char* const kFirst[] = { "Priya", "John", "Maria", "Chen", "Olu", "Sofia", "Ahmed", "Emma" };
    static const char* const kLast[]
        = { "Sharma", "Smith", "Garcia", "Wei", "Adeyemi", "Rossi", "Khan", "Brown" };
    static const char* const kFiller[] = {
        "Can you help me rewrite this paragraph so it sounds more professional?",
        "The meeting moved to Thursday at 3pm, version 2.4.1 of the app crashed again.",
        "I ordered a blender (order #A-4482913) for $89.99 and it arrived broken.",
        "What's the difference between a Roth IRA and a traditional one?",
        "Sure! Here are three options you could try, ranked by effort and cost.",
        "Thanks, that worked perfectly 🙏 one more question about the deadline though.",
        "Please summarise the attached notes in five bullet points for my manager.",
    };
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QRandomGenerator random(42);
    qint64 written = 0;
    for (int n = 0; written < targetBytes; ++n) {
        texts.push_back(QStringLiteral("c%1").arg(n).toStdString());
        QJsonArray messages;
        const int count = 4 + static_cast<int>(random.bounded(5));
        for (int m = 0; m < count; ++m) {
            QString text;
            for (int s = 0; s < 3; ++s) {
                text += QString::fromUtf8(kFiller[random.bounded(7)]) + QLatin1Char(' ');
            }
            if (random.bounded(3) == 0) {
                const QString first = QString::fromLatin1(kFirst[random.bounded(8)]);
                const QString last = QString::fromLatin1(kLast[random.bounded(8)]);
                text += QStringLiteral("My name is %1 %2, reach me at %3.%4@gmail.com or +44 7700 9%5.")
                            .arg(first, last, first.toLower(), last.toLower())
                            .arg(10000 + random.bounded(89999));
            }
            texts.push_back(text.toStdString());
            messages.append(QJsonObject {
                { QStringLiteral("role"), m % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant") },
                { QStringLiteral("text"), text } });
        }
        const QByteArray line
            = QJsonDocument(QJsonObject { { QStringLiteral("id"), QStringLiteral("c%1").arg(n) },
                                          { QStringLiteral("messages"), messages } })
                  .toJson(QJsonDocument::Compact)
            + '\n';
        file.write(line);
        written += line.size();
    }
}

Environment& environment()
{
    static Environment env = [] {
        Environment made;
        made.root = KeyFactory::generateRoot(QStringLiteral("bench root"));
        made.issuer = std::move(KeyFactory::generateIssuer(QStringLiteral("bench issuer"), *made.root,
                                                           QDateTime::currentDateTimeUtc().addDays(30))
                                    .value());
        made.workstation = KeyFactory::generateWorkstation(QStringLiteral("bench ws"));
        made.detector = DetectorFactory::create().value();
        const qint64 megabytes = qEnvironmentVariableIntValue("VEIL_BENCH_MB") > 0
            ? qEnvironmentVariableIntValue("VEIL_BENCH_MB")
            : 100;
        made.rawPath = made.dir.filePath(QStringLiteral("raw.jsonl"));
        made.batchPath = made.dir.filePath(QStringLiteral("bench.veilbatch"));
        writeCorpus(made.rawPath, megabytes << 20, made.texts);
        made.rawBytes = QFileInfo(made.rawPath).size();
        return made;
    }();
    return env;
}

BatchReader::Options readerOptions(Environment& env)
{
    BatchReader::Options options;
    options.trust.addRoot(env.root->publicKey);
    options.workstation = &*env.workstation;
    return options;
}

/// The detector's results for the corpus, replayed: the format-only run
/// masks exactly what the full run masks without paying for detection.
SpanFinder replayedDetections(Environment& env)
{
    if (env.detections.empty()) {
        env.detections.reserve(env.texts.size());
        for (const std::string& text : env.texts) {
            env.detections.push_back(env.detector->detect(text));
        }
    }
    env.replayed = 0;
    env.replayMisses = 0;
    // Replayed in order, so the replay costs about what handing over the
    // detector's result costs; a text out of step is detected for real.
    return [&env](std::string_view utf8) {
        const std::size_t at = env.replayed++;
        if (at < env.texts.size() && env.texts[at] == utf8) {
            return env.detections[at];
        }
        ++env.replayMisses;
        return env.detector->detect(utf8);
    };
}

/// state.range(0) == 1: the whole build; 0: the format path alone, with the
/// detector's results replayed (see the top of this file).
void BM_BuildBatch(benchmark::State& state)
{
    Environment& env = environment();
    const BatchBuilder builder = state.range(0) == 1
        ? BatchBuilder(env.detector, *env.issuer, env.workstation->publicKey)
        : BatchBuilder(replayedDetections(env), *env.issuer, env.workstation->publicKey);
    BatchBuilder::Options options;
    options.inputPath = env.rawPath;
    options.outputPath = env.batchPath;
    options.expires = QDateTime::currentDateTimeUtc().addDays(1);
    double seconds = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        auto report = builder.build(options);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!report) {
            state.SkipWithError(qPrintable(report.error()));
            return;
        }
        env.tasks = report.value().tasks;
        env.spans = report.value().spans;
    }
    state.SetBytesProcessed(state.iterations() * env.rawBytes);
    state.counters["raw_MB"] = static_cast<double>(env.rawBytes) / 1e6;
    state.counters["tasks"] = env.tasks;
    state.counters["spans"] = env.spans;
    if (state.range(0) == 0 && env.replayMisses != 0) {
        state.SkipWithError("the detector replay fell out of step with the build");
    }
    // Wall clock per decimal MB of raw input (bytes_per_second is in MiB/s).
    const double megabytes
        = static_cast<double>(env.rawBytes) / 1e6 * static_cast<double>(state.iterations());
    state.counters["ms_per_MB"] = seconds * 1000.0 / megabytes;
    state.counters["MB_per_s"] = megabytes / seconds;
}
BENCHMARK(BM_BuildBatch)
    ->ArgName("detector")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->UseRealTime();

void BM_OpenAndVerify(benchmark::State& state)
{
    Environment& env = environment();
    const BatchReader::Options options = readerOptions(env);
    for (auto _ : state) {
        auto opened = BatchReader::open(env.batchPath, options);
        if (!opened) {
            state.SkipWithError(qPrintable(opened.message));
            return;
        }
        benchmark::DoNotOptimize(opened.reader->taskCount());
    }
    state.counters["batch_MB"] = static_cast<double>(QFileInfo(env.batchPath).size()) / 1e6;
}
BENCHMARK(BM_OpenAndVerify)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_FetchTask(benchmark::State& state)
{
    Environment& env = environment();
    auto opened = BatchReader::open(env.batchPath, readerOptions(env));
    if (!opened) {
        state.SkipWithError(qPrintable(opened.message));
        return;
    }
    QRandomGenerator random(7);
    for (auto _ : state) {
        auto task = opened.reader->task(static_cast<int>(random.bounded(opened.reader->taskCount())));
        benchmark::DoNotOptimize(task);
    }
}
BENCHMARK(BM_FetchTask)->Unit(benchmark::kMicrosecond);

/// Issue 5: importing the 100 MB batch into a workstation profile — durable
/// copy into the profile, full verification of the copy, vault record and
/// audit entry — ≤ 2 s. A fresh profile per iteration (set up untimed).
void BM_ImportIntoProfile(benchmark::State& state)
{
    Environment& env = environment();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Profile::Identity identity;
        identity.reviewerId = QStringLiteral("bench");
        identity.trustRoots = { env.root->publicKey };
        identity.workstation = &*env.workstation;
        Profile::Options options;
        options.kdf = { 1, 8U << 20U };  // the import is measured, not the key derivation
        auto profile = Profile::create(env.dir.filePath(QStringLiteral("profile-%1").arg(round++)), identity,
                                       SecretBytes::copyOf("violet canoe drizzle 89 harbour"), options);
        if (!profile) {
            state.SkipWithError(qPrintable(profile.error()));
            return;
        }
        state.ResumeTiming();
        auto imported = profile.value()->importBatch(env.batchPath);
        if (!imported) {
            state.SkipWithError(qPrintable(imported.error()));
            return;
        }
    }
    state.counters["batch_MB"] = static_cast<double>(QFileInfo(env.batchPath).size()) / 1e6;
}
BENCHMARK(BM_ImportIntoProfile)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

/// Peak memory of opening and verifying, measured in a fresh process so the
/// build's allocations do not count: prints "<maxrss before> <maxrss after>" in KiB.
int measureOpen(const QString& batch, const QString& rootPub, const QString& wsKeyDir)
{
    Q_UNUSED(wsKeyDir);
    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    BatchReader::Options options;
    options.trust = TrustStore::fromFiles({ rootPub }).value();
    auto opened = BatchReader::open(batch, options);
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    std::printf("%ld %ld %d\n", before.ru_maxrss, after.ru_maxrss, opened ? 1 : 0);
    return opened ? 0 : 1;
}

void BM_PeakMemoryWhileOpening(benchmark::State& state)
{
    Environment& env = environment();
    const QString rootPub = env.dir.filePath(QStringLiteral("root.pub"));
    QFile file(rootPub);
    file.open(QIODevice::WriteOnly);
    file.write(KeyFile::encodePublic(env.root->publicKey));
    file.close();
    double ratio = 0;
    for (auto _ : state) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--measure-open"), env.batchPath, rootPub });
        child.waitForFinished(60000);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 3 || fields[2] != "1") {
            state.SkipWithError("child could not open the batch");
            return;
        }
        const double grownKiB = fields[1].toDouble() - fields[0].toDouble();
        ratio = grownKiB * 1024.0 / static_cast<double>(QFileInfo(env.batchPath).size());
    }
    state.counters["peak_growth_over_file_size"] = ratio;
}
BENCHMARK(BM_PeakMemoryWhileOpening)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--measure-open") == 0) {
        return measureOpen(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString());
    }
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
