// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Figures promised for the reveal path and the audit verifier (issue "Encrypted
// vault, policy engine, reveal service and tamper-evident audit log"):
//
//  - BM_GrantedReveal: one granted reveal through RevealService end to end —
//    policy decision, audit entry committed with synchronous=FULL, decryption
//    of the original — p50 and p99 over VEIL_BENCH_REVEALS reveals (default
//    1,000) into one growing log. Target p99 ≤ 20 ms.
//  - BM_VerifyExport: reading, decoding and checking (chain, checkpoints,
//    certificate) a .veilaudit export of VEIL_BENCH_ENTRIES entries (default
//    1,000,000; a checkpoint every 1,000 entries, as sessions end). Target
//    ≥ 500,000 entries/s.
//
// The audit database lives under VEIL_BENCH_DIR (default: the working
// directory) so the durable commit reaches a real disk, not a tmpfs.
//
//   build/h5rel/tests/bench/bench_audit --benchmark_counters_tabular=true

#include "model/audit/AuditExport.h"
#include "model/demo/DemoOrganisation.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"
#include "model/reveal/RevealService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

using namespace veil::model;

namespace {

const QString kWorkstation = QStringLiteral("ws-bench");

int environmentInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString benchDirectory()
{
    const QString base = qEnvironmentVariable("VEIL_BENCH_DIR", QDir::currentPath());
    return QDir(base).filePath(QStringLiteral("bench_audit-XXXXXX"));
}

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

void BM_GrantedReveal(benchmark::State& state)
{
    auto batch = DemoOrganisation::openBatch();
    if (!batch) {
        state.SkipWithError(qPrintable(batch.error()));
        return;
    }
    // The demo policy's quotas (3 a task, 25 a day) would deny after a few
    // reveals; raise them to the policy maximum so every request is granted.
    QJsonObject policyJson = batch.value()->header().policy;
    policyJson.insert(QStringLiteral("quota_per_task"), RevealPolicy::kMaxQuotaPerTask);
    policyJson.insert(QStringLiteral("quota_per_day"), RevealPolicy::kMaxQuotaPerDay);
    auto policy = RevealPolicy::fromJson(policyJson);
    if (!policy) {
        state.SkipWithError(qPrintable(policy.error()));
        return;
    }
    // Every span the reviewer role may reveal, cycled through.
    std::vector<RevealService::Target> targets;
    const RolePolicy* reviewer = policy.value().role(QStringLiteral("reviewer"));
    for (int t = 0; t < batch.value()->taskCount(); ++t) {
        const Result<MaskedTask> task = batch.value()->task(t);
        if (!task) {
            state.SkipWithError(qPrintable(task.error()));
            return;
        }
        for (const MaskedMessage& message : task.value().messages) {
            for (const MaskedSpan& span : message.spans) {
                if (reviewer->categories.contains(span.category)) {
                    targets.push_back({ t, span.spanId, span.category });
                }
            }
        }
    }
    if (targets.empty()) {
        state.SkipWithError("the demo batch has no span a reviewer may reveal");
        return;
    }
    const int reveals = environmentInt("VEIL_BENCH_REVEALS", 1000);
    std::vector<double> milliseconds;
    for (auto _ : state) {
        QTemporaryDir dir(benchDirectory());
        auto log
            = AuditLog::open(dir.filePath(QStringLiteral("audit.db")), kWorkstation, SecretBytes::random(32));
        if (!log) {
            state.SkipWithError(qPrintable(log.error()));
            return;
        }
        RevealService service(*batch.value(), *log.value(), PolicyEngine(policy.value()),
                              QStringLiteral("reviewer-7"), QStringLiteral("reviewer"));
        milliseconds.clear();
        for (int i = 0; i < reveals; ++i) {
            const RevealService::Target& target = targets[static_cast<std::size_t>(i) % targets.size()];
            const QString why
                = QStringLiteral("Reveal %1: the assistant's reply quotes this value and I must "
                                 "check that it matches what the user wrote.")
                      .arg(i);
            const auto start = std::chrono::steady_clock::now();
            auto outcome = service.request(target, QStringLiteral("context_needed"), why);
            const auto end = std::chrono::steady_clock::now();
            if (!outcome.value) {
                state.SkipWithError(qPrintable(QStringLiteral("reveal %1 not granted: %2 %3")
                                                   .arg(i)
                                                   .arg(outcome.decision.reason, outcome.error)));
                return;
            }
            benchmark::DoNotOptimize(outcome.value->isWiped());
            milliseconds.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        }
    }
    state.counters["reveals"] = static_cast<double>(milliseconds.size());
    state.counters["p50_ms"] = percentile(milliseconds, 0.50);
    state.counters["p99_ms"] = percentile(milliseconds, 0.99);
    state.counters["max_ms"] = percentile(milliseconds, 1.0);
}
BENCHMARK(BM_GrantedReveal)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

AuditRecord record(int n)
{
    AuditRecord r;
    r.event = n % 6 == 0 ? AuditEvent::RevealDenied : AuditEvent::RevealGranted;
    r.actor = QStringLiteral("reviewer-7");
    r.batchId = QStringLiteral("b-2026-11-29-0007");
    r.taskId = QStringLiteral("task-%1").arg(n / 4);
    r.spanId = n % 9;
    r.category = QStringLiteral("PHONE");
    r.reasonCode = QStringLiteral("context_needed");
    r.justification
        = QStringLiteral("Reveal %1: the assistant's reply quotes this value and I must check it matches.")
              .arg(n);
    r.decision = r.event == AuditEvent::RevealGranted
        ? QStringLiteral("Granted: 2 of 3 reveals left for this task")
        : QStringLiteral("Denied: the quota for this task is used up");
    if (r.event == AuditEvent::RevealGranted) {
        r.valueMac = QByteArray(32, static_cast<char>(n));
    }
    return r;
}

/// Writes the export to `path` and returns the trust store that certifies it.
/// Built through the chain API in memory: a million durable appends would
/// take hours of fsync.
TrustStore writeExport(const QString& path, int count)
{
    const SecretKey root = KeyFactory::generateRoot(QStringLiteral("Bench org"));
    const SecretKey key = KeyFactory::generateWorkstation(QStringLiteral("ws"));
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    auto request = EnrolmentRequest::create(QStringLiteral("reviewer-7"), key, start);
    AuditExport out;
    out.workstationId = kWorkstation;
    out.workstation = key.publicKey;
    out.certificate = WorkstationCertificate::issue(request.value(), ReviewerRole::Reviewer, root, start,
                                                    start.addYears(1))
                          .value();
    out.entries.reserve(count);
    QByteArray previous = AuditChain::genesisHash(kWorkstation);
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.sequence = i;
        entry.time = start.addMSecs(qint64 { i } * 1500);
        entry.workstationId = kWorkstation;
        entry.record = record(i);
        entry.canonical = AuditChain::canonical(entry);
        entry.hash = AuditChain::chainHash(previous, entry.canonical);
        entry.record = {};  // the export needs only the bytes; keep the generator's memory down
        previous = entry.hash;
        if (i % 1000 == 0 || i == count) {
            out.checkpoints.append(AuditChain::signCheckpoint(kWorkstation, i, previous, entry.time, key));
        }
        out.entries.append(std::move(entry));
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(out.encode());
    }
    TrustStore trust;
    trust.addRoot(root.publicKey);
    return trust;
}

void BM_VerifyExport(benchmark::State& state)
{
    const int count = environmentInt("VEIL_BENCH_ENTRIES", 1000000);
    QTemporaryDir dir(benchDirectory());
    const QString path = dir.filePath(QStringLiteral("bench.veilaudit"));
    const TrustStore trust = writeExport(path, count);
    qint64 verified = 0;
    for (auto _ : state) {
        auto exported = AuditExport::read(path);
        if (!exported) {
            state.SkipWithError(qPrintable(exported.error()));
            return;
        }
        const AuditVerification result = exported.value().check(trust);
        if (!result.intact()) {
            state.SkipWithError(qPrintable(result.findings.constFirst().message));
            return;
        }
        verified = result.chain.entries;
    }
    state.counters["entries"] = static_cast<double>(verified);
    state.counters["file_MB"] = static_cast<double>(QFileInfo(path).size()) / 1e6;
    state.counters["entries_per_s"] = benchmark::Counter(
        static_cast<double>(verified) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_VerifyExport)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);  // QtSql loads its SQLite driver through the application
    // `bench_audit --write-export FILE`: writes the benchmark's export and
    // FILE.root.pub, e.g. to time `veilctl audit verify FILE --trust FILE.root.pub`.
    if (argc == 3 && std::strcmp(argv[1], "--write-export") == 0) {
        const QString path = QString::fromLocal8Bit(argv[2]);
        const TrustStore trust = writeExport(path, environmentInt("VEIL_BENCH_ENTRIES", 1000000));
        QFile root(path + QStringLiteral(".root.pub"));
        return root.open(QIODevice::WriteOnly)
                && root.write(KeyFile::encodePublic(trust.roots().constFirst())) > 0
            ? 0
            : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
