// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Supervisor console figures (issue "Supervisor audit console"): importing
// and verifying about 1,000,000 audit events from 200 exports ≤ 10 s, and
// filtering the events ≤ 100 ms. VEIL_BENCH_DAYS sets the simulated days
// per workstation (default 285, which gives about a million entries).
//
//   build/release/tests/bench/bench_supervisor --benchmark_counters_tabular=true

#include "model/keys/TrustStore.h"
#include "model/supervisor/AuditAnalysis.h"
#include "model/supervisor/AuditSimulator.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace veil::model;

namespace {

struct Team {
    QTemporaryDir dir;
    TrustStore trust;
};

Team& team()
{
    static Team made = [] {
        Team t;
        AuditSimulator::Options options;
        options.outDir = t.dir.path();
        options.workstations = 200;
        options.days = qEnvironmentVariableIntValue("VEIL_BENCH_DAYS") > 0
            ? qEnvironmentVariableIntValue("VEIL_BENCH_DAYS")
            : 285;
        AuditSimulator::run(options);
        t.trust = TrustStore::fromFiles({ t.dir.filePath(QStringLiteral("root.pub")) }).value();
        return t;
    }();
    return made;
}

void BM_ImportAndVerify(benchmark::State& state)
{
    Team& t = team();
    qint64 entries = 0;
    qsizetype events = 0;
    for (auto _ : state) {
        const AuditAnalysis analysis = AuditAnalysis::load({ t.dir.path() }, t.trust);
        entries = 0;
        for (const LogStatus& log : analysis.logs()) {
            entries += log.entries;
        }
        events = analysis.events().size();
    }
    state.counters["entries"] = static_cast<double>(entries);
    state.counters["reveal_events"] = static_cast<double>(events);
    state.counters["entries_per_s"]
        = benchmark::Counter(static_cast<double>(entries), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportAndVerify)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

void BM_FilterByReviewerAndRange(benchmark::State& state)
{
    Team& t = team();
    static const AuditAnalysis analysis = AuditAnalysis::load({ t.dir.path() }, t.trust);
    const QDateTime from(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2026, 11, 30), QTime(23, 59), Qt::UTC);
    int kept = 0;
    for (auto _ : state) {
        kept = 0;
        for (const int i : analysis.eventsBetween(from, to)) {
            kept += analysis.events()[i].reviewer == QLatin1String("reviewer-042") ? 1 : 0;
        }
        benchmark::DoNotOptimize(kept);
    }
    state.counters["events"] = static_cast<double>(analysis.events().size());
    state.counters["kept"] = kept;
}
BENCHMARK(BM_FilterByReviewerAndRange)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
