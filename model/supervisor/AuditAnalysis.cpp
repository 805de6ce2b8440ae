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
    QList<RevealEvent> events;
    QSet<QString> submitted;
};

QStringList expand(const QStringList& inputs)
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
    result.status.verified = true;
    for (const AuditEntry& stored : log.entries) {
        auto parsed = AuditChain::parseCanonical(stored.canonical);
        if (!parsed) {
            result.status.verified = false;
            result.status.reason = QStringLiteral("entry %1: %2").arg(stored.sequence).arg(parsed.error());
            result.status.entry = stored.sequence;
            result.events.clear();
            return result;
        }
        const AuditEntry& entry = parsed.value();
        const AuditRecord& r = entry.record;
        result.status.lastEntry = entry.time;
        if (r.event == AuditEvent::ResultSubmitted) {
            result.submitted.insert(log.workstationId + QLatin1Char('/') + r.batchId + QLatin1Char('/')
                                    + r.taskId);
        }
        if (r.event != AuditEvent::RevealGranted && r.event != AuditEvent::RevealDenied) {
            continue;
        }
        RevealEvent event;
        event.workstation = log.workstationId;
        event.reviewer = r.actor;
        event.sequence = entry.sequence;
        event.time = entry.time;
        event.granted = r.event == AuditEvent::RevealGranted;
        event.batch = r.batchId;
        event.task = r.taskId;
        event.span = r.spanId;
        event.category = r.category;
        event.reasonCode = r.reasonCode;
        event.justification = r.justification;
        event.decision = r.decision;
        result.events.append(std::move(event));
    }
    return result;
}

}  // namespace

AuditAnalysis AuditAnalysis::load(const QStringList& inputs, const TrustStore& trust)
{
    const QStringList files = expand(inputs);
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
        analysis.m_events += result.events;
        analysis.m_submitted.unite(result.submitted);
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

}  // namespace veil::model
