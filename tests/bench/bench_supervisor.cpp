// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Supervisor console figures (issue "Supervisor audit console"): importing
// and verifying about 1,000,000 audit events from 200 exports ≤ 10 s, and
// filtering the events ≤ 100 ms (BM_EventsModelFilter: the console's table
// model, including full-text search in justifications). VEIL_BENCH_DAYS sets the simulated days
// per workstation (default 285, which gives about a million entries).
//
//   build/release/tests/bench/bench_supervisor --benchmark_counters_tabular=true

#include "model/keys/TrustStore.h"
#include "model/supervisor/AuditAnalysis.h"
#include "model/supervisor/AuditArchive.h"
#include "model/supervisor/AuditEventsModel.h"
#include "model/supervisor/AuditSimulator.h"
#include "model/supervisor/SupervisorSession.h"
#include "model/vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

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

/// The console's import: the same exports into a supervisor's vault
/// (AuditArchive: read, verify, check against earlier imports, seal and
/// store each export), then the analysis the console shows, read back from
/// the vault. A fresh vault per iteration.
void BM_ArchiveImportAndLoad(benchmark::State& state)
{
    Team& t = team();
    qsizetype events = 0;
    int run = 0;
    double importSeconds = 0;
    double loadSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir vaultDir;
        Vault::Options options;
        options.kdf = { 1, 8U << 20U };
        auto vault = Vault::create(vaultDir.filePath(QStringLiteral("vault-%1.sqlite").arg(run++)),
                                   SecretBytes::copyOf("violet canoe drizzle 89 harbour"), options);
        if (!vault) {
            state.SkipWithError(qPrintable(vault.error()));
            return;
        }
        AuditArchive archive(*vault.value(), t.trust);
        state.ResumeTiming();
        QElapsedTimer phase;
        phase.start();
        auto summary = archive.import({ t.dir.path() });
        importSeconds = static_cast<double>(phase.nsecsElapsed()) / 1e9;
        phase.restart();
        auto analysis = archive.analysis();
        loadSeconds = static_cast<double>(phase.nsecsElapsed()) / 1e9;
        if (!summary || !analysis) {
            state.SkipWithError("import failed");
            return;
        }
        events = analysis.value().events().size();
    }
    state.counters["reveal_events"] = static_cast<double>(events);
    state.counters["import_s"] = importSeconds;  // verify, seal, store
    state.counters["load_s"] = loadSeconds;  // unseal, decode, events
}
BENCHMARK(BM_ArchiveImportAndLoad)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

/// The console's import as the window runs it (SupervisorSession::startImport:
/// files verified on the thread pool, stored in steps on the calling
/// thread, then the analysis, the table's index and the flags made on the
/// thread pool and swapped in): from the start until the console has its
/// events and flags. `verify_s`: until every file is verified; `store_s`:
/// checking against the archive and storing; `ready_s`: the rest.
/// `max_stall_ms`: the longest the event loop went without running a 10 ms
/// timer, i.e. how long the window could not repaint or take a click
/// (`store_stall_ms`: the longest while storing).
void BM_ConsoleImport(benchmark::State& state)
{
    Team& t = team();
    int run = 0;
    double verifySeconds = 0;
    double storeSeconds = 0;
    double readySeconds = 0;
    qint64 maxStall = 0;
    qint64 storeStall = 0;
    qsizetype events = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir vaultDir;
        Vault::Options options;
        options.kdf = { 1, 8U << 20U };
        auto vault = Vault::create(vaultDir.filePath(QStringLiteral("console-%1.sqlite").arg(run++)),
                                   SecretBytes::copyOf("violet canoe drizzle 89 harbour"), options);
        if (!vault) {
            state.SkipWithError(qPrintable(vault.error()));
            return;
        }
        SupervisorSession session(*vault.value(), t.trust);
        if (!session.reload()) {
            state.SkipWithError("cannot read the empty archive");
            return;
        }
        QEventLoop loop;
        QElapsedTimer clock;
        QElapsedTimer sinceTick;
        qint64 storingAt = 0;
        qint64 storedAt = 0;
        QString error;
        QTimer tick;
        tick.setInterval(10);
        const auto observe = [&] {
            const qint64 stall = sinceTick.elapsed();
            maxStall = std::max(maxStall, stall);
            if (storingAt > 0 && storedAt == 0) {
                storeStall = std::max(storeStall, stall);
            }
            sinceTick.restart();
        };
        QObject::connect(&tick, &QTimer::timeout, observe);
        QObject::connect(&session, &SupervisorSession::importStoring, [&](int checked, int files) {
            if (checked == 0) {
                storingAt = clock.nsecsElapsed();
            }
            if (checked == files) {
                observe();
                storedAt = clock.nsecsElapsed();
            }
        });
        QObject::connect(&session, &SupervisorSession::importFinished,
                         [&](const ImportSummary&, const QString& problem) {
                             observe();
                             error = problem;
                             loop.quit();
                         });
        state.ResumeTiming();
        clock.start();
        sinceTick.start();
        tick.start();
        maxStall = 0;
        storeStall = 0;
        session.startImport({ t.dir.path() });
        loop.exec();
        const qint64 total = clock.nsecsElapsed();
        tick.stop();
        if (!error.isEmpty()) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        verifySeconds = static_cast<double>(storingAt) / 1e9;
        storeSeconds = static_cast<double>(storedAt - storingAt) / 1e9;
        readySeconds = static_cast<double>(total - storedAt) / 1e9;
        events = session.analysis().events().size();
    }
    state.counters["reveal_events"] = static_cast<double>(events);
    state.counters["verify_s"] = verifySeconds;
    state.counters["store_s"] = storeSeconds;
    state.counters["ready_s"] = readySeconds;
    state.counters["max_stall_ms"] = static_cast<double>(maxStall);
    state.counters["store_stall_ms"] = static_cast<double>(storeStall);
}
BENCHMARK(BM_ConsoleImport)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

/// What the console computes over the events once they are loaded, on one
/// core each (SupervisorSession runs them side by side): 0: the flags over
/// every event; 1: the events table's index (AuditEventsModel::buildIndex).
void BM_ConsolePrepare(benchmark::State& state)
{
    Team& t = team();
    static const AuditAnalysis analysis = AuditAnalysis::load({ t.dir.path() }, t.trust);
    const QList<int> all = analysis.eventsBetween({}, {});
    qsizetype made = 0;
    for (auto _ : state) {
        if (state.range(0) == 0) {
            made = analysis.flags(FlagThresholds {}, all).size();
        } else {
            made = AuditEventsModel::buildIndex(analysis.events()).keys.size();
        }
        benchmark::DoNotOptimize(made);
    }
    state.counters["events"] = static_cast<double>(analysis.events().size());
}
BENCHMARK(BM_ConsolePrepare)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

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

/// The console's table: AuditEventsModel::setFilter over every event (the
/// work behind one debounced keystroke or one changed filter), then the
/// first page a view shows. First argument 0: reviewer + time range; 1:
/// full-text search in justifications; 2: every criterion at once. Second:
/// how many copies of the team's events (the simulated million entries hold
/// about 250,000 reveal decisions; 4 copies make a million events).
void BM_EventsModelFilter(benchmark::State& state)
{
    Team& t = team();
    static const AuditAnalysis analysis = AuditAnalysis::load({ t.dir.path() }, t.trust);
    static QList<RevealEvent> copies;
    const auto wanted = analysis.events().size() * state.range(1);
    if (copies.size() != wanted) {
        copies.clear();
        for (int copy = 0; copy < state.range(1); ++copy) {
            copies += analysis.events();
        }
    }
    AuditEventsModel model;
    model.setEvents(&copies);
    EventFilter filter;
    if (state.range(0) != 1) {
        filter.reviewer = QStringLiteral("reviewer-042");
        filter.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        filter.to = QDateTime(QDate(2026, 11, 30), QTime(23, 59), Qt::UTC);
    }
    if (state.range(0) != 0) {
        filter.text = QStringLiteral("phone");
    }
    if (state.range(0) == 2) {
        filter.category = QStringLiteral("PHONE");
        filter.decision = EventFilter::Decision::Granted;
    }
    qsizetype kept = 0;
    for (auto _ : state) {
        model.setFilter(filter);
        kept = model.matching().size();
        benchmark::DoNotOptimize(model.index(0, AuditEventsModel::Justification).data());
    }
    state.counters["events"] = static_cast<double>(copies.size());
    state.counters["kept"] = static_cast<double>(kept);
}
BENCHMARK(BM_EventsModelFilter)
    ->ArgsProduct({ { 0, 1, 2 }, { 1, 4 } })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
