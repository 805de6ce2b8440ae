// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/WorkstationCertificate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace veil::redact {
class Detector;
}

namespace veil::model {

class Profile;

enum class TaskState { New, InProgress, Submitted };
QString taskStateName(TaskState state);  // "new", "in progress", "submitted"

/// Personal data found in a reviewer's free text, named by field and
/// category; never the value itself.
struct PersonalDataWarning {
    QString field;
    QString category;  ///< e.g. "PHONE"
};

/// A reviewer's work on the tasks of imported batches: task state, drafts
/// and submitted results, all kept in the profile's vault (sealed, bound to
/// batch and task), and the signed `.veilresults` export (docs/formats.md,
/// ".veilresults"). Free text is scanned by the redact engine: the reviewer
/// is warned on submit, and anything still found is masked in the export.
class ReviewWork {
public:
    ReviewWork(Profile& profile, std::shared_ptr<const redact::Detector> detector);

    [[nodiscard]] Result<TaskState> state(const QString& batchId, const QString& taskId) const;
    /// Saves answers in progress (state becomes "in progress").
    Status saveDraft(const QString& batchId, const QString& taskId, const QJsonObject& answers);
    /// The saved draft, or an empty object.
    [[nodiscard]] Result<QJsonObject> draft(const QString& batchId, const QString& taskId) const;
    /// A submitted task's answers as they go into the results export (free
    /// text scrubbed), or an empty object if the task was not submitted.
    [[nodiscard]] Result<QJsonObject> submitted(const QString& batchId, const QString& taskId) const;
    /// What the redact engine finds in the free-text answers.
    [[nodiscard]] QList<PersonalDataWarning> personalData(const QJsonObject& answers) const;
    /// Stores the result, removes the draft and audits the submission; the
    /// returned warnings say what will be masked on export.
    Result<QList<PersonalDataWarning>> submit(const QString& batchId, const QString& taskId,
                                              const QJsonObject& answers);
    /// The signed `.veilresults` of one batch's submitted tasks.
    Result<QByteArray> exportResults(const QString& batchId);

    /// `answers` with every personal-data span in its strings replaced by
    /// its placeholder; `masked` counts the spans.
    [[nodiscard]] QJsonObject scrub(const QJsonObject& answers, int* masked = nullptr) const;

private:
    Status setState(const QString& batchId, const QString& taskId, TaskState state);

    Profile& m_profile;
    std::shared_ptr<const redact::Detector> m_detector;
};

/// A verified `.veilresults` file.
struct ResultsFile {
    QString batchId;
    QString reviewerId;
    WorkstationCertificate certificate;
    qint64 auditSequence = 0;
    QByteArray auditHead;
    QJsonArray results;

    /// Checks the workstation signature and the certificate against `trust`.
    static Result<ResultsFile> verify(const QByteArray& bytes, const QString& source, const TrustStore& trust,
                                      const QDateTime& now);
};

}  // namespace veil::model
