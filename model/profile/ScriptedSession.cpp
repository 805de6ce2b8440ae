// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/profile/ScriptedSession.h"

#include "model/crypto/Sodium.h"
#include "model/demo/DemoOrganisation.h"
#include "model/policy/RevealPolicy.h"
#include "model/profile/ReviewWork.h"
#include "model/scan/DetectorFactory.h"

#include <QSaveFile>

namespace veil::model {

namespace {

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return Done {};
}

struct Target {
    int taskIndex = -1;
    int spanId = 0;
    QString category;
    QString taskId;
};

/// The first masked span of a category the reviewer role may reveal.
Target firstRevealable(const BatchReader& batch, const RevealPolicy& policy, const QString& role)
{
    const RolePolicy* allowed = policy.role(role);
    for (int index = 0; allowed != nullptr && index < batch.taskCount(); ++index) {
        auto task = batch.task(index);
        if (!task) {
            continue;
        }
        for (const MaskedMessage& message : task.value().messages) {
            for (const MaskedSpan& span : message.spans) {
                if (allowed->categories.contains(span.category)) {
                    return { index, span.spanId, span.category, task.value().id };
                }
            }
        }
    }
    return {};
}

}  // namespace

Result<ScriptedSession::Outcome> ScriptedSession::run(const Options& options,
                                                      const std::function<void(const QString&)>& say)
{
    Outcome outcome;
    // A random passphrase nobody needs to know: the profile exists for this run.
    const SecretBytes passphrase
        = SecretBytes::copyOf(Sodium::randomBytes(24).toBase64(QByteArray::OmitTrailingEquals));
    Profile::Options profileOptions;
    if (options.fastKdf) {
        profileOptions.kdf = KdfLimits { 1, 8192 };
    }
    auto created = DemoOrganisation::createProfile(options.profileDir, QStringLiteral("selftest-reviewer"),
                                                   passphrase, profileOptions);
    if (!created) {
        return fail(created.error());
    }
    Profile& profile = *created.value();
    say(QStringLiteral(
            "created profile %1 (reviewer %2, workstation %3, enrolled as %4 in the demo organisation)")
            .arg(options.profileDir, profile.reviewerId(), profile.workstationPublic().keyId(),
                 profile.role()));

    auto imported = profile.importBatch(DemoOrganisation::batchPath());
    if (!imported) {
        return fail(imported.error());
    }
    outcome.batchId = imported.value();
    auto batch = profile.batch(outcome.batchId);
    if (!batch) {
        return fail(batch.error());
    }
    say(QStringLiteral("imported batch %1 (%2 tasks)").arg(outcome.batchId).arg(batch.value()->taskCount()));

    auto policy = RevealPolicy::fromJson(batch.value()->header().policy);
    auto reveals = profile.reveals(outcome.batchId);
    if (!policy || !reveals) {
        return fail(policy ? reveals.error() : policy.error());
    }
    const Target target = firstRevealable(*batch.value(), policy.value(), profile.role());
    if (target.taskIndex < 0 || policy.value().reasonCodes().isEmpty()) {
        return fail(QStringLiteral("the demo batch has no span the reviewer role may reveal"));
    }
    const QString reason = policy.value().reasonCodes().first().code;
    RevealService::Target span { target.taskIndex, target.spanId, target.category };

    RevealService::Outcome denied
        = reveals.value()->request(span, reason, QStringLiteral("asdf asdf asdf asdf asdf asdf"));
    if (denied.decision.granted || denied.auditSequence == 0) {
        return fail(QStringLiteral("a keyboard-mash justification was not denied and audited"));
    }
    outcome.deniedSequence = denied.auditSequence;
    say(QStringLiteral("reveal denied: task %1 span %2 (%3), audit entry %4: %5")
            .arg(target.taskId)
            .arg(target.spanId)
            .arg(target.category)
            .arg(denied.auditSequence)
            .arg(denied.decision.reason));

    RevealService::Outcome granted = reveals.value()->request(
        span, reason,
        QStringLiteral("The assistant's answer depends on whether this %1 is the caller's own; checking it "
                       "to rate accuracy.")
            .arg(target.category.toLower()));
    if (!granted.decision.granted || !granted.value) {
        return fail(QStringLiteral("the justified reveal was not granted: %1 %2")
                        .arg(granted.decision.reason, granted.error));
    }
    outcome.grantedSequence = granted.auditSequence;
    say(QStringLiteral(
            "reveal granted: task %1 span %2 (%3), audit entry %4, shown until %5 (value not printed)")
            .arg(target.taskId)
            .arg(target.spanId)
            .arg(target.category)
            .arg(granted.auditSequence)
            .arg(granted.value->until().toString(Qt::ISODate)));
    granted.value->wipe();

    auto detector = DetectorFactory::create();
    if (!detector) {
        return fail(detector.error());
    }
    ReviewWork work(profile, detector.value());
    QJsonObject answers;
    answers.insert(QStringLiteral("helpfulness"), 4);
    answers.insert(
        QStringLiteral("notes"),
        QStringLiteral("Good answer. The user also gave their number, +44 20 7946 0958, in the chat."));
    auto saved = work.saveDraft(outcome.batchId, target.taskId, answers);
    auto submitted = saved ? work.submit(outcome.batchId, target.taskId, answers)
                           : Result<QList<PersonalDataWarning>>(fail(saved.error()));
    if (!submitted) {
        return fail(submitted.error());
    }
    say(QStringLiteral("submitted task %1; the reviewer was warned of %2 personal-data value(s) in free text")
            .arg(target.taskId)
            .arg(submitted.value().size()));

    if (!options.resultsOut.isEmpty()) {
        auto results = work.exportResults(outcome.batchId);
        auto written
            = results ? writeFile(options.resultsOut, results.value()) : Status(fail(results.error()));
        if (!written) {
            return fail(written.error());
        }
        say(QStringLiteral("exported results to %1 (free text scrubbed)").arg(options.resultsOut));
    }
    auto exported = profile.exportAudit();
    auto written = exported ? writeFile(options.auditOut, exported.value()) : Status(fail(exported.error()));
    if (!written) {
        return fail(written.error());
    }
    outcome.auditEntries = static_cast<int>(profile.audit()->size());
    say(QStringLiteral("exported %1 audit entries to %2").arg(outcome.auditEntries).arg(options.auditOut));
    profile.lock();
    say(QStringLiteral("locked the profile (keys wiped, session checkpoint signed)"));
    return outcome;
}

}  // namespace veil::model
