// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/supervisor/SupervisorSession.h"

#include "model/supervisor/AuditReport.h"
#include "model/vault/Vault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace veil::model {

namespace {

const QString kSettingsKind = QStringLiteral("supervisor-settings");
const QString kThresholdsKey = QStringLiteral("flag-thresholds");

QByteArray encodeThresholds(const FlagThresholds& t)
{
    return QJsonDocument(QJsonObject {
                             { QStringLiteral("rate_robust_z"), t.rateRobustZ },
                             { QStringLiteral("rate_multiple"), t.rateMultiple },
                             { QStringLiteral("repeated_justification_tasks"), t.repeatedJustificationTasks },
                             { QStringLiteral("low_effort_chars"), t.lowEffortChars },
                             { QStringLiteral("low_effort_share"), t.lowEffortShare },
                             { QStringLiteral("burst_reveals"), t.burstReveals },
                             { QStringLiteral("burst_seconds"), t.burstSeconds },
                             { QStringLiteral("retries"), t.retries },
                             { QStringLiteral("retry_share"), t.retryShare },
                             { QStringLiteral("unreviewed_reveals"), t.unreviewedReveals },
                             { QStringLiteral("unreviewed_share"), t.unreviewedShare },
                             { QStringLiteral("rare_category_share"), t.rareCategoryShare },
                             { QStringLiteral("rare_category_reveals"), t.rareCategoryReveals },
                             { QStringLiteral("minimum_events"), t.minimumEvents },
                         })
        .toJson(QJsonDocument::Compact);
}

FlagThresholds decodeThresholds(const QByteArray& bytes)
{
    FlagThresholds t;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const auto real = [&o](const char* key, double& field) {
        if (o.value(QLatin1String(key)).isDouble()) {
            field = o.value(QLatin1String(key)).toDouble();
        }
    };
    const auto whole = [&o](const char* key, int& field) {
        if (o.value(QLatin1String(key)).isDouble()) {
            field = o.value(QLatin1String(key)).toInt();
        }
    };
    real("rate_robust_z", t.rateRobustZ);
    real("rate_multiple", t.rateMultiple);
    whole("repeated_justification_tasks", t.repeatedJustificationTasks);
    whole("low_effort_chars", t.lowEffortChars);
    real("low_effort_share", t.lowEffortShare);
    whole("burst_reveals", t.burstReveals);
    whole("burst_seconds", t.burstSeconds);
    whole("retries", t.retries);
    real("retry_share", t.retryShare);
    whole("unreviewed_reveals", t.unreviewedReveals);
    real("unreviewed_share", t.unreviewedShare);
    real("rare_category_share", t.rareCategoryShare);
    whole("rare_category_reveals", t.rareCategoryReveals);
    whole("minimum_events", t.minimumEvents);
    return t;
}

}  // namespace

EventStatistics EventStatistics::of(const QList<RevealEvent>& events, const QList<int>& chosen)
{
    EventStatistics s;
    QHash<QString, int> perReviewer;
    for (int i : chosen) {
        const RevealEvent& e = events[i];
        ++s.byCategory[e.category];
        ++s.byReasonCode[e.reasonCode];
        ++(e.granted ? s.granted : s.denied);
        ++perReviewer[e.reviewer];
    }
    QList<QPair<int, QString>> ranked;
    for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it) {
        ranked.append({ -it.value(), it.key() });
    }
    std::sort(ranked.begin(), ranked.end());
    for (int i = 0; i < std::min<int>(kTopReviewers, static_cast<int>(ranked.size())); ++i) {
        s.topReviewers.append(ranked[i].second);
    }
    for (int i : chosen) {
        const RevealEvent& e = events[i];
        if (s.topReviewers.contains(e.reviewer)) {
            ++s.perDay[e.time.toUTC().date()][e.reviewer];
        }
    }
    return s;
}

SupervisorSession::SupervisorSession(Vault& vault, TrustStore trust, AuditArchive::Clock clock,
                                     QObject* parent)
    : QObject(parent)
    , m_archive(vault, std::move(trust), std::move(clock))
    , m_vault(vault)
    , m_import(new ArchiveImport(m_archive, this))
    , m_integrity(new IntegrityModel(this))
    , m_events(new AuditEventsModel(this))
{
    connect(m_import, &ArchiveImport::progress, this, &SupervisorSession::importProgress);
    connect(m_import, &ArchiveImport::storing, this, &SupervisorSession::importStoring);
    connect(m_import, &ArchiveImport::finished, this, &SupervisorSession::imported);
}

SupervisorSession::~SupervisorSession()
{
    if (m_preparing != nullptr) {
        m_preparing->disconnect(this);
        m_preparing->waitForFinished();
    }
    delete m_import;  // before m_archive, which it stores into
    m_import = nullptr;
}

SupervisorSession::Prepared SupervisorSession::prepare(const AuditArchive::Contents& contents,
                                                       const FlagThresholds& thresholds,
                                                       const QDateTime& from, const QDateTime& to)
{
    Prepared out;
    out.analysis = AuditAnalysis::fromEvents(contents.logs, contents.exports);
    // The table's index and the flags read the same events: one on each core.
    QFuture<AuditEventsModel::Index> index = QtConcurrent::run(
        [&events = out.analysis.events()] { return AuditEventsModel::buildIndex(events); });
    out.flags = out.analysis.flags(thresholds, out.analysis.eventsBetween(from, to));
    out.index = index.takeResult();
    out.thresholds = thresholds;
    out.from = from;
    out.to = to;
    return out;
}

void SupervisorSession::install(Prepared prepared)
{
    m_events->setEvents(nullptr);
    m_analysis = std::move(prepared.analysis);
    m_integrity->setLogs(m_analysis.logs());
    m_events->setEvents(&m_analysis.events(), std::move(prepared.index));
    m_flags = std::move(prepared.flags);
    emit reloaded();
    if (prepared.thresholds == m_thresholds && prepared.from == m_flagsFrom && prepared.to == m_flagsTo) {
        emit flagsChanged();
    } else {
        evaluateFlags();  // changed while they were made
    }
}

void SupervisorSession::imported(const ImportSummary& summary, const QString& error)
{
    // Reloaded after a failure too: what was written before it is in the archive.
    auto contents = m_archive.contents();
    if (!contents) {
        emit importFinished({}, error.isEmpty() ? contents.error() : error);
        return;
    }
    m_preparing = new QFutureWatcher<std::shared_ptr<Prepared>>(this);
    connect(m_preparing, &QFutureWatcherBase::finished, this, [this, summary, error] {
        const std::shared_ptr<Prepared> prepared = m_preparing->result();
        m_preparing->deleteLater();
        m_preparing = nullptr;
        install(std::move(*prepared));
        emit importFinished(error.isEmpty() ? summary : ImportSummary(), error);
    });
    m_preparing->setFuture(QtConcurrent::run(
        [read = std::move(contents).value(), thresholds = m_thresholds, from = m_flagsFrom, to = m_flagsTo] {
            return std::make_shared<Prepared>(prepare(read, thresholds, from, to));
        }));
}

Status SupervisorSession::reload()
{
    auto stored = m_vault.getRecord(kSettingsKind, kThresholdsKey);
    if (stored && stored.value()) {
        m_thresholds = decodeThresholds(*stored.value());
    }
    auto contents = m_archive.contents();
    if (!contents) {
        return fail(contents.error());
    }
    install(prepare(contents.value(), m_thresholds, m_flagsFrom, m_flagsTo));
    return Done {};
}

bool SupervisorSession::startImport(const QStringList& paths)
{
    return !isImporting() && m_import->start(paths);
}

void SupervisorSession::setFlagPeriod(const QDateTime& from, const QDateTime& to)
{
    if (from == m_flagsFrom && to == m_flagsTo) {
        return;
    }
    m_flagsFrom = from;
    m_flagsTo = to;
    evaluateFlags();
}

void SupervisorSession::evaluateFlags()
{
    m_flags = m_analysis.flags(m_thresholds, m_analysis.eventsBetween(m_flagsFrom, m_flagsTo));
    emit flagsChanged();
}

Result<ImportSummary> SupervisorSession::importPaths(const QStringList& paths)
{
    auto summary = m_archive.import(paths);
    if (!summary) {
        return summary;
    }
    if (auto reloaded = reload(); !reloaded) {
        return fail(reloaded.error());
    }
    return summary;
}

Status SupervisorSession::setThresholds(const FlagThresholds& thresholds)
{
    m_thresholds = thresholds;
    evaluateFlags();
    return m_vault.putRecord(kSettingsKind, kThresholdsKey, encodeThresholds(thresholds));
}

void SupervisorSession::showFlag(int flagIndex)
{
    EventFilter filter;
    if (flagIndex >= 0 && flagIndex < m_flags.size()) {
        filter.only = m_flags[flagIndex].events;
    }
    m_events->setFilter(filter);
}

EventStatistics SupervisorSession::statistics() const
{
    return EventStatistics::of(m_analysis.events(), m_events->matching());
}

QByteArray SupervisorSession::filteredCsv() const
{
    const EventFilter& f = m_events->filter();
    return AuditReport(m_analysis, m_events->matching(), m_flags, f.from, f.to).eventsCsv();
}

Status SupervisorSession::writeCsv(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = filteredCsv();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return Done {};
}

Status SupervisorSession::writePdf(const QString& path) const
{
    const EventFilter& f = m_events->filter();
    QList<int> chosen = m_events->matching();
    std::sort(chosen.begin(), chosen.end());
    return AuditReport(m_analysis, chosen, m_flags, f.from, f.to).writePdf(path);
}

QString SupervisorSession::ruleTitle(const QString& rule)
{
    static const QHash<QString, const char*> kTitles {
        { QStringLiteral("high-reveal-rate"), QT_TR_NOOP("High reveal rate") },
        { QStringLiteral("copy-paste-justifications"), QT_TR_NOOP("Copy-pasted justifications") },
        { QStringLiteral("low-effort-justifications"), QT_TR_NOOP("Low-effort justifications") },
        { QStringLiteral("burst"), QT_TR_NOOP("Burst of reveals") },
        { QStringLiteral("denied-then-granted"), QT_TR_NOOP("Denied, then granted") },
        { QStringLiteral("no-review-activity"), QT_TR_NOOP("Reveals without review activity") },
        { QStringLiteral("rare-category"), QT_TR_NOOP("Rarely needed category") },
    };
    const auto it = kTitles.constFind(rule);
    return it == kTitles.constEnd() ? rule : tr(*it);
}

}  // namespace veil::model
