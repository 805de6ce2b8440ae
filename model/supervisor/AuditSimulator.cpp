// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/AuditSimulator.h"

#include "model/audit/AuditChain.h"
#include "model/audit/AuditExport.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"
#include "model/keys/WorkstationCertificate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace veil::model {

namespace {

// Planted cases sit at fixed indices (when the team is large enough).
constexpr int kHighRate = 3;
constexpr int kCopyPaste = 7;
constexpr int kTampered = 11;
constexpr int kTruncated = 13;

const char* const kCategories[]
    = { "PERSON", "PERSON",         "PERSON",        "PHONE",         "PHONE",           "EMAIL",
        "EMAIL",  "STREET_ADDRESS", "DATE_OF_BIRTH", "SOCIAL_HANDLE", "GEO_COORDINATES", "IP_ADDRESS" };
const char* const kReasons[]
    = { "context_needed", "context_needed", "verify_masking", "safety_concern", "other" };
/// Healthy justifications: varied, specific to the task.
const char* const kTemplates[] = {
    "Task %2: the rating depends on whether the %1 the user gave is the one the assistant repeated.",
    "Checking that the %1 in task %2 was masked correctly; the sentence reads oddly around it.",
    "In %2 the assistant's answer quotes a %1 back; need to see if it changed a digit.",
    "User in %2 says the %1 belongs to someone else; safety question depends on it.",
    "Rubric item 3 for %2 asks whether personal data was echoed; comparing the %1.",
    "%2: the masked %1 may be a company's public contact, which changes the privacy rating.",
    "Possible mismatch between the two masked %1 values in %2; checking before rating accuracy.",
    "The assistant in %2 formatted the %1; I need to judge whether the formatting is right.",
};
const char kCopyPasteText[] = "Need to verify this information for the rating task.";

struct Writer {
    QString workstationId;
    QString reviewer;
    const SecretKey* key = nullptr;
    AuditExport out;
    QByteArray previous;

    void append(const QDateTime& time, AuditRecord record)
    {
        AuditEntry entry;
        entry.sequence = out.entries.size() + 1;
        entry.time = time;
        entry.workstationId = workstationId;
        record.actor = reviewer;
        entry.record = std::move(record);
        entry.canonical = AuditChain::canonical(entry);
        entry.hash = AuditChain::chainHash(previous, entry.canonical);
        entry.record = {};
        previous = entry.hash;
        out.entries.append(std::move(entry));
    }
    void checkpoint(const QDateTime& time)
    {
        out.checkpoints.append(
            AuditChain::signCheckpoint(workstationId, out.entries.size(), previous, time, *key));
    }
};

AuditRecord event(AuditEvent kind)
{
    AuditRecord record;
    record.event = kind;
    return record;
}

/// One reviewer's month: sessions of tasks, reveals (a few denied and
/// retried), submissions, a signed checkpoint at every session end.
void simulateReviewer(Writer& w, int index, int days, int tasksPerDay, const QDateTime& start,
                      QRandomGenerator& random)
{
    const double propensity = 0.22 + random.bounded(0.16);  // this reviewer's share of tasks with a reveal
    for (int day = 0; day < days; ++day) {
        if (random.bounded(100) < 15) {
            continue;  // a day off
        }
        QDateTime now = start.addDays(day).addSecs(8 * 3600 + random.bounded(3 * 3600));
        w.append(now, event(AuditEvent::Unlock));
        const QString batch = QStringLiteral("b-%1-%2").arg(index).arg(day / 7);
        const int tasks = index == kHighRate ? 16 : tasksPerDay - 3 + static_cast<int>(random.bounded(7));
        for (int t = 0; t < tasks; ++t) {
            const QString task = QStringLiteral("t%1-%2").arg(day).arg(t);
            now = now.addSecs(120 + random.bounded(300));
            int reveals = 0;
            if (index == kHighRate) {
                reveals = 3;
            } else if (random.generateDouble() < propensity) {
                reveals = random.bounded(100) < 15 ? 2 : 1;
            }
            for (int r = 0; r < reveals; ++r) {
                AuditRecord reveal;
                reveal.batchId = batch;
                reveal.taskId = task;
                reveal.spanId = static_cast<int>(random.bounded(12));
                reveal.category = QString::fromLatin1(kCategories[random.bounded(12)]);
                reveal.reasonCode = QString::fromLatin1(kReasons[random.bounded(5)]);
                if (random.bounded(100) < 2) {
                    AuditRecord denied = reveal;
                    denied.event = AuditEvent::RevealDenied;
                    denied.justification = QStringLiteral("need to check");
                    denied.decision
                        = QStringLiteral("Denied: justification is too short: 13 characters, at least "
                                         "20 needed");
                    w.append(now, denied);
                    now = now.addSecs(20 + random.bounded(60));
                }
                reveal.event = AuditEvent::RevealGranted;
                reveal.justification = index == kCopyPaste
                    ? QString::fromLatin1(kCopyPasteText)
                    : QString::fromLatin1(kTemplates[random.bounded(8)])
                          .arg(reveal.category.toLower().replace(QLatin1Char('_'), QLatin1Char(' ')), task);
                reveal.decision = QStringLiteral("Granted: shown for 8 seconds");
                reveal.valueMac = QByteArray(32, static_cast<char>(random.bounded(256)));
                w.append(now, reveal);
                now = now.addSecs(30 + random.bounded(90));
            }
            AuditRecord submitted = event(AuditEvent::ResultSubmitted);
            submitted.batchId = batch;
            submitted.taskId = task;
            now = now.addSecs(60 + random.bounded(240));
            w.append(now, submitted);
        }
        now = now.addSecs(60);
        w.append(now, event(AuditEvent::Lock));
        w.checkpoint(now);
    }
    const QDateTime end = start.addDays(days).addSecs(20 * 3600);
    w.append(end, event(AuditEvent::Export));
    w.checkpoint(end);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return Done {};
}

}  // namespace

Result<QList<AuditSimulator::Planted>> AuditSimulator::run(const Options& options)
{
    if (options.workstations < 1 || options.days < 1 || options.days > 3660) {
        return fail(QStringLiteral("simulate needs at least one workstation and 1 to 3660 days"));
    }
    if (!QDir().mkpath(options.outDir)) {
        return fail(QStringLiteral("%1: cannot create the directory").arg(options.outDir));
    }
    QRandomGenerator random(options.seed);
    const QDir dir(options.outDir);
    const SecretKey generated = options.root != nullptr
        ? SecretKey()
        : KeyFactory::generateRoot(QStringLiteral("Simulated organisation"));
    const SecretKey& root = options.root != nullptr ? *options.root : generated;
    auto rootWritten
        = writeFile(dir.filePath(QStringLiteral("root.pub")), KeyFile::encodePublic(root.publicKey));
    if (!rootWritten) {
        return fail(rootWritten.error());
    }
    const QDateTime start = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    QList<Planted> planted;
    for (int index = 0; index < options.workstations; ++index) {
        const QString reviewer = QStringLiteral("reviewer-%1").arg(index, 3, 10, QLatin1Char('0'));
        const SecretKey key
            = KeyFactory::generateWorkstation(QStringLiteral("Workstation of %1").arg(reviewer));
        auto request = EnrolmentRequest::create(reviewer, key, start.addDays(-1));
        auto certificate = request ? WorkstationCertificate::issue(request.value(), ReviewerRole::Reviewer,
                                                                   root, start.addDays(-1), start.addYears(1))
                                   : Result<WorkstationCertificate>(fail(request.error()));
        if (!certificate) {
            return fail(certificate.error());
        }
        Writer w;
        w.workstationId = key.publicKey.keyId();
        w.reviewer = reviewer;
        w.key = &key;
        w.out.workstationId = w.workstationId;
        w.out.workstation = key.publicKey;
        w.out.certificate = certificate.value();
        w.previous = AuditChain::genesisHash(w.workstationId);
        simulateReviewer(w, index, options.days, options.tasksPerDay, start, random);

        const QString name = QStringLiteral("ws-%1.veilaudit").arg(index, 3, 10, QLatin1Char('0'));
        Planted plant { {}, reviewer, w.workstationId, name, 0 };
        if (index == kTampered) {
            // Someone edited a justification afterwards: the bytes change, the hash does not.
            AuditEntry& victim = w.out.entries[w.out.entries.size() / 2];
            victim.canonical.replace("\"time\":\"2026-", "\"time\":\"2025-");
            plant.kind = QStringLiteral("tampered");
            plant.entry = victim.sequence;
        }
        QByteArray bytes = w.out.encode();
        if (index == kTruncated) {
            bytes.truncate(bytes.size() * 3 / 5);
            plant.kind = QStringLiteral("truncated");
        } else if (index == kHighRate) {
            plant.kind = QStringLiteral("high-reveal-rate");
        } else if (index == kCopyPaste) {
            plant.kind = QStringLiteral("copy-paste-justifications");
        }
        auto written = writeFile(dir.filePath(name), bytes);
        if (!written) {
            return fail(written.error());
        }
        if (!plant.kind.isEmpty()) {
            planted.append(plant);
        }
    }
    QJsonArray list;
    for (const Planted& plant : planted) {
        list.append(QJsonObject { { QStringLiteral("kind"), plant.kind },
                                  { QStringLiteral("reviewer"), plant.reviewer },
                                  { QStringLiteral("workstation"), plant.workstation },
                                  { QStringLiteral("file"), plant.file },
                                  { QStringLiteral("entry"), plant.entry } });
    }
    auto summary
        = writeFile(dir.filePath(QStringLiteral("planted.json")),
                    QJsonDocument(QJsonObject { { QStringLiteral("root"), QStringLiteral("root.pub") },
                                                { QStringLiteral("planted"), list } })
                        .toJson());
    if (!summary) {
        return fail(summary.error());
    }
    return planted;
}

}  // namespace veil::model
