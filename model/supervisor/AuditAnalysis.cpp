// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/AuditAnalysis.h"

#include "model/audit/AuditExport.h"
#include "model/keys/WorkstationCertificate.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

#include <simdjson.h>

#include <algorithm>

namespace veil::model {

namespace {

/// The event name of canonical entry bytes, without parsing them: keys are
/// sorted and "event" follows only short string fields, so the first
/// `"event":"` is the key (a quote inside a string value is escaped).
QByteArrayView eventName(QByteArrayView canonical)
{
    static constexpr QByteArrayView kKey("\"event\":\"");
    const qsizetype at = canonical.indexOf(kKey);
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + kKey.size();
    const qsizetype end = canonical.indexOf('"', start);
    return end < 0 ? QByteArrayView() : canonical.sliced(start, end - start);
}

QString text(simdjson::dom::object& object, const char* key)
{
    std::string_view value;
    if (object[key].get_string().get(value) != simdjson::SUCCESS) {
        return {};
    }
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

/// Parses one entry's canonical bytes (simdjson: a million entries must load
/// in seconds). False when they are not a JSON object.
bool parseEntry(const QByteArray& canonical, RevealEvent& event)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    simdjson::dom::object object;
    if (parser.parse(canonical.constData(), static_cast<std::size_t>(canonical.size()), true).get(root)
            != simdjson::SUCCESS
        || root.get_object().get(object) != simdjson::SUCCESS) {
        return false;
    }
    int64_t sequence = 0;
    int64_t span = -1;
    if (object["seq"].get_int64().get(sequence) != simdjson::SUCCESS) {
        return false;
    }
    if (object["span"].get_int64().get(span) != simdjson::SUCCESS) {
        span = -1;
    }
    event.sequence = sequence;
    event.span = static_cast<int>(span);
    event.time = QDateTime::fromString(text(object, "time"), Qt::ISODateWithMs);
    event.reviewer = text(object, "actor");
    event.batch = text(object, "batch");
    event.task = text(object, "task");
    event.category = text(object, "category");
    event.reasonCode = text(object, "reason_code");
    event.justification = text(object, "justification");
    event.decision = text(object, "decision");
    return event.time.isValid();
}

struct FileResult {
    LogStatus status;
    QList<RevealEvent> events;
    QSet<QString> submitted;
};

/// The events the console shows (reveals, submissions, the last entry's
/// time) of an export already verified; false (with the status set) when an
/// entry does not parse.
bool collectEvents(const AuditExport& log, FileResult& result)
{
    result.status.verified = true;
    for (const AuditEntry& stored : log.entries) {
        const QByteArrayView name = eventName(stored.canonical);
        const bool granted = name == "reveal_granted";
        const bool reveal = granted || name == "reveal_denied";
        const bool submittedEntry = name == "result_submitted";
        const bool last = &stored == &log.entries.constLast();
        if (!reveal && !submittedEntry && !last) {
            continue;  // nothing the console shows
        }
        RevealEvent event;
        if (!parseEntry(stored.canonical, event)) {
            result.status.verified = false;
            result.status.reason = QStringLiteral("entry %1 is not a valid audit entry").arg(stored.sequence);
            result.status.entry = stored.sequence;
            result.events.clear();
            return false;
        }
        if (last) {
            result.status.lastEntry = event.time;
        }
        if (submittedEntry) {
            result.submitted.insert(log.workstationId + QLatin1Char('/') + event.batch + QLatin1Char('/')
                                    + event.task);
        }
        if (reveal) {
            event.workstation = log.workstationId;
            event.granted = granted;
            result.events.append(std::move(event));
        }
    }
    return true;
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
    collectEvents(log, result);
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
        analysis.m_events += result.events;
        analysis.m_submitted.unite(result.submitted);
    }
    return analysis;
}

AuditAnalysis AuditAnalysis::fromVerified(QList<LogStatus> logs, const QList<QByteArray>& exports)
{
    const QList<FileResult> results = QtConcurrent::blockingMapped(exports, [](const QByteArray& bytes) {
        FileResult result;
        auto decoded = AuditExport::decode(bytes, QStringLiteral("archive"));
        if (decoded) {
            result.status.workstation = decoded.value().workstationId;
            collectEvents(decoded.value(), result);
        }
        return result;
    });
    AuditAnalysis analysis;
    analysis.m_logs = std::move(logs);
    for (const FileResult& result : results) {
        if (!result.status.verified) {
            continue;
        }
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
