// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/AuditAnalysis.h"

#include "model/audit/AuditExport.h"
#include "model/keys/WorkstationCertificate.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace veil::model {

namespace {

struct FileResult {
    LogStatus status;
    ExportEvents events;
};

FileResult readOne(const QString& path, const TrustStore& trust)
{
    FileResult result;
    result.status.file = path;
    auto decoded = AuditExport::read(path);
    if (!decoded) {
        result.status.reason
            = decoded.error().startsWith(path) ? decoded.error().mid(path.size() + 2) : decoded.error();
        return result;
    }
    const AuditExport& log = decoded.value();
    result.status.workstation = log.workstationId;
    if (log.certificate) {
        result.status.reviewer = log.certificate->reviewerId;
        result.status.role = reviewerRoleName(log.certificate->role);
    }
    result.status.entries = log.entries.size();
    const AuditVerification verification = log.check(trust);
    if (!verification.intact()) {
        result.status.reason = verification.findings.constFirst().message;
        result.status.entry = verification.findings.constFirst().entry;
        return result;
    }
    result.events = ExportEvents::of(log);
    result.status.lastEntry = result.events.lastEntry;
    result.status.verified = result.events.valid();
    if (!result.status.verified) {
        result.status.reason = result.events.failure;
        result.status.entry = result.events.failedEntry;
    }
    return result;
}

}  // namespace

AuditAnalysis AuditAnalysis::load(const QStringList& inputs, const TrustStore& trust)
{
    const QStringList files = expandInputs(inputs);
    const QList<FileResult> results
        = QtConcurrent::blockingMapped(files, [&trust](const QString& path) { return readOne(path, trust); });
    AuditAnalysis analysis;
    QSet<QString> seenWorkstations;
    for (const FileResult& result : results) {
        LogStatus status = result.status;
        if (status.verified && seenWorkstations.contains(status.workstation)) {
            // A second export of the same workstation in one import: keep
            // the first and say so, rather than counting its events twice.
            status.verified = false;
            status.reason
                = QStringLiteral("another file in this import is an export of the same workstation; "
                                 "import them one after the other to compare them");
        }
        analysis.m_logs.append(status);
        if (!status.verified) {
            continue;
        }
        seenWorkstations.insert(status.workstation);
        analysis.m_events += result.events.events;
        analysis.m_submitted.unite(result.events.submitted);
    }
    return analysis;
}

AuditAnalysis AuditAnalysis::fromEvents(QList<LogStatus> logs, const QList<ExportEvents>& exports)
{
    AuditAnalysis analysis;
    analysis.m_logs = std::move(logs);
    qsizetype total = 0;
    qsizetype submitted = 0;
    for (const ExportEvents& part : exports) {
        total += part.valid() ? part.events.size() : 0;
        submitted += part.valid() ? part.submitted.size() : 0;
    }
    analysis.m_events.reserve(total);
    analysis.m_submitted.reserve(submitted);  // no rehash per export
    for (const ExportEvents& part : exports) {
        if (!part.valid()) {
            continue;
        }
        analysis.m_events += part.events;
        analysis.m_submitted.unite(part.submitted);
    }
    return analysis;
}

QList<int> AuditAnalysis::eventsBetween(const QDateTime& from, const QDateTime& to) const
{
    QList<int> chosen;
    for (int i = 0; i < m_events.size(); ++i) {
        const QDateTime& time = m_events[i].time;
        if ((!from.isValid() || time >= from) && (!to.isValid() || time <= to)) {
            chosen.append(i);
        }
    }
    return chosen;
}

QList<Flag> AuditAnalysis::flags(const FlagThresholds& thresholds, const QList<int>& events) const
{
    return FlagRules(thresholds).evaluate(m_events, events, m_submitted);
}

QStringList AuditAnalysis::expandInputs(const QStringList& inputs)
{
    QStringList files;
    for (const QString& input : inputs) {
        if (QFileInfo(input).isDir()) {
            QDirIterator it(input, { QStringLiteral("*.veilaudit") }, QDir::Files,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                found.append(it.next());
            }
            found.sort();
            files += found;
        } else {
            files.append(input);
        }
    }
    return files;
}

}  // namespace veil::model
