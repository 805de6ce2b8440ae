// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/profile/ReviewWork.h"

#include "model/crypto/Sodium.h"
#include "model/keys/SignedDocument.h"
#include "model/profile/Profile.h"
#include "redact/detect/Detector.h"
#include "redact/mask/Masker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace veil::model {

namespace {

constexpr char kResultsFormat[] = "veil-results";
constexpr int kResultsVersion = 1;
constexpr qsizetype kMaxResultsBytes = qsizetype { 256 } << 20;

const QString kTaskKind = QStringLiteral("task");
const QString kDraftKind = QStringLiteral("draft");
const QString kResultKind = QStringLiteral("result");

QString rowKey(const QString& batchId, const QString& taskId)
{
    return batchId + QLatin1Char('/') + taskId;
}

QJsonObject parseObject(const std::optional<QByteArray>& bytes)
{
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

}  // namespace

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::New:
        return QStringLiteral("new");
    case TaskState::InProgress:
        return QStringLiteral("in progress");
    case TaskState::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

ReviewWork::ReviewWork(Profile& profile, std::shared_ptr<const redact::Detector> detector)
    : m_profile(profile)
    , m_detector(std::move(detector))
{ }

Result<TaskState> ReviewWork::state(const QString& batchId, const QString& taskId) const
{
    auto stored = m_profile.vault().getRecord(kTaskKind, rowKey(batchId, taskId));
    if (!stored) {
        return fail(stored.error());
    }
    const int value = stored.value() ? stored.value()->toInt() : 0;
    return value == 2 ? TaskState::Submitted : value == 1 ? TaskState::InProgress : TaskState::New;
}

Status ReviewWork::setState(const QString& batchId, const QString& taskId, TaskState state)
{
    return m_profile.vault().putRecord(kTaskKind, rowKey(batchId, taskId),
                                       QByteArray::number(static_cast<int>(state)));
}

Status ReviewWork::saveDraft(const QString& batchId, const QString& taskId, const QJsonObject& answers)
{
    auto current = state(batchId, taskId);
    if (!current) {
        return fail(current.error());
    }
    if (current.value() == TaskState::Submitted) {
        return fail(QStringLiteral("task %1 was already submitted").arg(taskId));
    }
    return m_profile.vault().transaction([&]() -> Status {
        auto saved = m_profile.vault().putRecord(kDraftKind, rowKey(batchId, taskId),
                                                 QJsonDocument(answers).toJson(QJsonDocument::Compact));
        return saved ? setState(batchId, taskId, TaskState::InProgress) : saved;
    });
}

Result<QJsonObject> ReviewWork::draft(const QString& batchId, const QString& taskId) const
{
    auto stored = m_profile.vault().getRecord(kDraftKind, rowKey(batchId, taskId));
    if (!stored) {
        return fail(stored.error());
    }
    return parseObject(stored.value());
}

Result<QJsonObject> ReviewWork::submitted(const QString& batchId, const QString& taskId) const
{
    auto stored = m_profile.vault().getRecord(kResultKind, rowKey(batchId, taskId));
    if (!stored) {
        return fail(stored.error());
    }
    return scrub(parseObject(stored.value()).value(QStringLiteral("answers")).toObject());
}

QList<PersonalDataWarning> ReviewWork::personalData(const QJsonObject& answers) const
{
    QList<PersonalDataWarning> warnings;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().isString()) {
            continue;
        }
        const QByteArray utf8 = it.value().toString().toUtf8();
        for (const redact::DetectedSpan& span :
             m_detector->detect({ utf8.constData(), std::size_t(utf8.size()) })) {
            warnings.append(
                { it.key(), QString::fromStdString(std::string(redact::categoryName(span.category))) });
        }
    }
    return warnings;
}

QJsonObject ReviewWork::scrub(const QJsonObject& answers, int* masked) const
{
    QJsonObject clean;
    int count = 0;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!it.value().isString()) {
            clean.insert(it.key(), it.value());
            continue;
        }
        const QByteArray utf8 = it.value().toString().toUtf8();
        const std::string_view text(utf8.constData(), std::size_t(utf8.size()));
        const auto spans = m_detector->detect(text);
        count += static_cast<int>(spans.size());
        clean.insert(it.key(), QString::fromStdString(redact::Masker::mask(text, spans)));
    }
    if (masked != nullptr) {
        *masked = count;
    }
    return clean;
}

Result<QList<PersonalDataWarning>> ReviewWork::submit(const QString& batchId, const QString& taskId,
                                                      const QJsonObject& answers)
{
    AuditLog* audit = m_profile.audit();
    if (audit == nullptr) {
        return fail(QStringLiteral("the profile is locked"));
    }
    QJsonObject result;
    result.insert(QStringLiteral("answers"), answers);
    result.insert(QStringLiteral("submitted"), m_profile.now().toString(Qt::ISODateWithMs));
    auto stored = m_profile.vault().transaction([&]() -> Status {
        auto put = m_profile.vault().putRecord(kResultKind, rowKey(batchId, taskId),
                                               QJsonDocument(result).toJson(QJsonDocument::Compact));
        if (!put) {
            return put;
        }
        auto removed = m_profile.vault().deleteRecords(kDraftKind, rowKey(batchId, taskId));
        if (!removed) {
            return fail(removed.error());
        }
        return setState(batchId, taskId, TaskState::Submitted);
    });
    if (!stored) {
        return fail(stored.error());
    }
    const QList<PersonalDataWarning> warnings = personalData(answers);
    AuditRecord entry;
    entry.event = AuditEvent::ResultSubmitted;
    entry.actor = m_profile.reviewerId();
    entry.batchId = batchId;
    entry.taskId = taskId;
    entry.detail = warnings.isEmpty()
        ? QString()
        : QStringLiteral("%1 personal-data value(s) in free text will be masked on export")
              .arg(warnings.size());
    auto logged = audit->append(entry);
    if (!logged) {
        return fail(QStringLiteral("the result was saved but its submission could not be audited: %1")
                        .arg(logged.error()));
    }
    return warnings;
}

Result<QByteArray> ReviewWork::exportResults(const QString& batchId)
{
    AuditLog* audit = m_profile.audit();
    const SecretKey* key = m_profile.workstationKey();
    if (audit == nullptr || key == nullptr) {
        return fail(QStringLiteral("unlock the profile to export results"));
    }
    if (!m_profile.certificate()) {
        return fail(QStringLiteral("this workstation is not enrolled yet; results need its certificate"));
    }
    auto keys = m_profile.vault().recordKeys(kResultKind, batchId + QLatin1Char('/'));
    if (!keys) {
        return fail(keys.error());
    }
    QJsonArray results;
    int masked = 0;
    for (const QString& rowKeyText : keys.value()) {
        auto stored = m_profile.vault().getRecord(kResultKind, rowKeyText);
        if (!stored) {
            return fail(stored.error());
        }
        QJsonObject result = parseObject(stored.value());
        int found = 0;
        result.insert(QStringLiteral("answers"),
                      scrub(result.value(QStringLiteral("answers")).toObject(), &found));
        masked += found;
        result.insert(QStringLiteral("task"), rowKeyText.mid(batchId.size() + 1));
        results.append(result);
    }
    // The export is on record before the file exists, and the file carries
    // the audit head that includes it (DESIGN.md: every export is audited).
    AuditRecord entry;
    entry.event = AuditEvent::Export;
    entry.actor = m_profile.reviewerId();
    entry.batchId = batchId;
    entry.detail = QStringLiteral("results: %1 task(s), %2 personal-data value(s) masked in free text")
                       .arg(results.size())
                       .arg(masked);
    auto logged = audit->append(entry);
    if (!logged) {
        return fail(
            QStringLiteral("the results were not exported because the export could not be audited: %1")
                .arg(logged.error()));
    }
    QJsonObject body;
    body.insert(QStringLiteral("format"), QLatin1String(kResultsFormat));
    body.insert(QStringLiteral("version"), kResultsVersion);
    body.insert(QStringLiteral("batch"), batchId);
    body.insert(QStringLiteral("reviewer"), m_profile.reviewerId());
    body.insert(QStringLiteral("certificate"), QString::fromUtf8(m_profile.certificate()->encode()));
    body.insert(QStringLiteral("exported"), m_profile.now().toString(Qt::ISODateWithMs));
    body.insert(QStringLiteral("audit-sequence"), audit->size());
    body.insert(QStringLiteral("audit-head"), QString::fromLatin1(audit->head().toHex()));
    body.insert(QStringLiteral("masked-values"), masked);
    body.insert(QStringLiteral("results"), results);
    const QByteArray signedBody = SignedDocument::canonical(body);
    return SignedDocument::wrap(signedBody, Sodium::signDetached(signedBody, key->signSecret));
}

Result<ResultsFile> ResultsFile::verify(const QByteArray& bytes, const QString& source,
                                        const TrustStore& trust, const QDateTime& now)
{
    auto opened = SignedDocument::open(bytes, source, kResultsFormat, kResultsVersion,
                                       QStringLiteral("Veil results file"), kMaxResultsBytes);
    if (!opened) {
        return fail(opened.error());
    }
    const QJsonObject& fields = opened.value().fields;
    auto certificate
        = WorkstationCertificate::decode(fields.value(QStringLiteral("certificate")).toString().toUtf8(),
                                         source + QStringLiteral(" (certificate)"));
    if (!certificate) {
        return fail(certificate.error());
    }
    auto valid = certificate.value().verify(trust, now);
    if (!valid) {
        return fail(QStringLiteral("%1: %2").arg(source, valid.error()));
    }
    if (!Sodium::verifyDetached(opened.value().signature, opened.value().body,
                                certificate.value().workstation.signPublic)) {
        return fail(
            QStringLiteral("%1: the workstation signature is not valid (the file was altered)").arg(source));
    }
    ResultsFile file;
    file.batchId = fields.value(QStringLiteral("batch")).toString();
    file.reviewerId = fields.value(QStringLiteral("reviewer")).toString();
    file.certificate = certificate.value();
    file.auditSequence = fields.value(QStringLiteral("audit-sequence")).toInteger();
    file.auditHead = QByteArray::fromHex(fields.value(QStringLiteral("audit-head")).toString().toLatin1());
    file.results = fields.value(QStringLiteral("results")).toArray();
    if (file.reviewerId != file.certificate.reviewerId) {
        return fail(QStringLiteral("%1: reviewer %2 does not match the certificate's reviewer %3")
                        .arg(source, file.reviewerId, file.certificate.reviewerId));
    }
    return file;
}

}  // namespace veil::model
