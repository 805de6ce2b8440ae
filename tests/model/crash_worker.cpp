// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Helper process for tst_crash_safety: unlocks a profile and, until killed,
// imports the demo batch and requests reveals. After each reveal whose value
// it received it prints "HANDED <audit sequence>" and flushes, so that the
// test knows which plaintexts were handed out before the SIGKILL.
//
//   crash_worker PROFILE_DIR BATCH   (passphrase in $VEIL_TEST_PASSPHRASE)
#include "model/policy/RevealPolicy.h"
#include "model/profile/Profile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace veil::model;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_worker PROFILE_DIR BATCH\n");
        return 2;
    }
    const QString batchPath = QString::fromLocal8Bit(argv[2]);
    auto profile = Profile::open(QString::fromLocal8Bit(argv[1]), Profile::Options {});
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(profile.error()));
        return 1;
    }
    auto unlocked = profile.value()->unlock(SecretBytes::copyOf(qgetenv("VEIL_TEST_PASSPHRASE")));
    if (!unlocked) {
        std::fprintf(stderr, "%s\n", qPrintable(unlocked.error()));
        return 1;
    }
    std::printf("UNLOCKED\n");
    std::fflush(stdout);
    for (int round = 0;; ++round) {
        auto id = profile.value()->importBatch(batchPath);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
        const BatchReader& batch = *profile.value()->batch(id.value()).value();
        const RevealPolicy policy = RevealPolicy::fromJson(batch.header().policy).value();
        RevealService& reveals = *profile.value()->reveals(id.value()).value();
        const int index = round % batch.taskCount();
        const MaskedTask task = batch.task(index).value();
        for (const MaskedMessage& message : task.messages) {
            for (const MaskedSpan& span : message.spans) {
                auto outcome = reveals.request(
                    { index, span.spanId, span.category }, policy.reasonCodes().first().code,
                    QStringLiteral("Round %1: checking the %2 against the assistant's reply for accuracy.")
                        .arg(round)
                        .arg(span.category.toLower()));
                if (outcome.value) {
                    std::printf("HANDED %lld\n", static_cast<long long>(outcome.auditSequence));
                    std::fflush(stdout);
                    outcome.value->wipe();
                }
            }
        }
    }
}
