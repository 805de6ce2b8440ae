// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The supervisor's archive (issue "Supervisor audit console", import): many
// exports into the supervisor profile's vault; re-import is idempotent, a
// longer export extends, a shorter one (truncation) or a rewritten one (fork)
// is refused with its entry and loses nothing; bad input (non-audit file,
// cut-short file, unknown root, duplicate) is named per file.
#include "model/audit/AuditChain.h"
#include "model/audit/AuditExport.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/WorkstationCertificate.h"
#include "model/profile/Profile.h"
#include "model/supervisor/ArchiveImport.h"
#include "model/supervisor/AuditArchive.h"
#include "model/supervisor/AuditEventsModel.h"
#include "model/supervisor/AuditSimulator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

const char kGood[] = "violet canoe drizzle 89 harbour";

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArray(text));
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// One workstation whose history a test writes entry by entry, and can
/// rewrite (a fork) because it holds the workstation key.
struct Workstation {
    SecretKey key;
    WorkstationCertificate certificate;

    /// An export of entries 1…n, signed at its head; entry `changed` (if
    /// any) carries another justification.
    [[nodiscard]] QByteArray exportOf(int n, int changed = 0) const
    {
        AuditExport out;
        out.workstationId = key.publicKey.keyId();
        out.workstation = key.publicKey;
        out.certificate = certificate;
        QByteArray previous = AuditChain::genesisHash(out.workstationId);
        const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        for (int i = 1; i <= n; ++i) {
            AuditEntry entry;
            entry.sequence = i;
            entry.time = start.addSecs(60 * i);
            entry.workstationId = out.workstationId;
            entry.record.event = AuditEvent::RevealGranted;
            entry.record.actor = certificate.reviewerId;
            entry.record.batchId = QStringLiteral("b-1");
            entry.record.taskId = QStringLiteral("t-%1").arg(i);
            entry.record.spanId = 1;
            entry.record.category = QStringLiteral("PHONE");
            entry.record.reasonCode = QStringLiteral("context_needed");
            entry.record.justification = i == changed
                ? QStringLiteral("Rewritten afterwards to look harmless.")
                : QStringLiteral("Checking whether the phone in task %1 was echoed.").arg(i);
            entry.record.decision = QStringLiteral("Granted");
            entry.canonical = AuditChain::canonical(entry);
            entry.hash = AuditChain::chainHash(previous, entry.canonical);
            entry.record = {};
            previous = entry.hash;
            out.entries.append(std::move(entry));
        }
        out.checkpoints.append(
            AuditChain::signCheckpoint(out.workstationId, n, previous, start.addDays(1), key));
        return out.encode();
    }
};

}  // namespace

class TestSupervisorArchive : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecretKey m_root;
    int m_count = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /// A fresh supervisor profile trusting m_root, unlocked.
    std::unique_ptr<Profile> supervisorProfile()
    {
        Profile::Options options;
        options.kdf = { 1, 8U << 20U };  // cheap: these tests are about behaviour, not cost
        Profile::Identity identity;
        identity.reviewerId = QStringLiteral("supervisor-1");
        identity.trustRoots = { m_root.publicKey };
        auto created = Profile::create(path(QStringLiteral("profile-%1").arg(m_count++)), identity,
                                       secret(kGood), options);
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return nullptr;
        }
        auto request = created.value()->enrolmentRequest();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto certificate = WorkstationCertificate::issue(request.value(), ReviewerRole::Supervisor, m_root,
                                                         now, now.addDays(30));
        if (!certificate
            || !created.value()->installCertificate(certificate.value().encode(), QStringLiteral("t"))) {
            qWarning("cannot enrol the supervisor");
            return nullptr;
        }
        return std::move(created).value();
    }

    Workstation workstation(const QString& reviewer) const
    {
        Workstation w { KeyFactory::generateWorkstation(reviewer), {} };
        const QDateTime issued(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        auto request = EnrolmentRequest::create(reviewer, w.key, issued);
        w.certificate = WorkstationCertificate::issue(request.value(), ReviewerRole::Reviewer, m_root, issued,
                                                      issued.addYears(1))
                            .value();
        return w;
    }

    static const ImportOutcome* outcomeOf(const ImportSummary& summary, const QString& fileName)
    {
        for (const ImportOutcome& outcome : summary.files) {
            if (QFileInfo(outcome.file).fileName() == fileName) {
                return &outcome;
            }
        }
        return nullptr;
    }
    static LogStatus rowOf(const QList<LogStatus>& rows, const QString& workstation)
    {
        for (const LogStatus& row : rows) {
            if (row.workstation == workstation) {
                return row;
            }
        }
        return {};
    }

    /// The same events in the same order, field by field.
    static void sameEvents(const AuditAnalysis& a, const AuditAnalysis& b)
    {
        QCOMPARE(a.events().size(), b.events().size());
        for (qsizetype i = 0; i < a.events().size(); ++i) {
            const RevealEvent& x = a.events()[i];
            const RevealEvent& y = b.events()[i];
            QCOMPARE(x.workstation, y.workstation);
            QCOMPARE(x.reviewer, y.reviewer);
            QCOMPARE(x.sequence, y.sequence);
            QCOMPARE(x.time, y.time);
            QCOMPARE(x.granted, y.granted);
            QCOMPARE(x.batch, y.batch);
            QCOMPARE(x.task, y.task);
            QCOMPARE(x.span, y.span);
            QCOMPARE(x.category, y.category);
            QCOMPARE(x.reasonCode, y.reasonCode);
            QCOMPARE(x.justification, y.justification);
            QCOMPARE(x.decision, y.decision);
        }
        QCOMPARE(a.submittedTasks(), b.submittedTasks());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = KeyFactory::generateRoot(QStringLiteral("Test organisation"));
        AuditSimulator::Options options;
        options.outDir = path(QStringLiteral("team"));
        options.workstations = 16;  // the planted cases sit at 3, 7, 11 and 13
        options.days = 6;
        options.root = &m_root;
        QVERIFY(AuditSimulator::run(options));
    }

    void importsAFolderAndReimportIsIdempotent()
    {
        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        auto first = archive.import({ path(QStringLiteral("team")) });
        QVERIFY2(first, qPrintable(first.error()));
        const ImportSummary& summary = first.value();
        QCOMPARE(summary.files.size(), 16);
        QCOMPARE(summary.count(ImportOutcome::Kind::Imported), 14);
        QCOMPARE(summary.count(ImportOutcome::Kind::Failed), 2);
        const ImportOutcome* tampered = outcomeOf(summary, QStringLiteral("ws-011.veilaudit"));
        QVERIFY(tampered && tampered->kind == ImportOutcome::Kind::Failed);
        QVERIFY2(tampered->reason.contains(QStringLiteral("was modified")), qPrintable(tampered->reason));
        QVERIFY(tampered->entry > 0);
        const ImportOutcome* truncated = outcomeOf(summary, QStringLiteral("ws-013.veilaudit"));
        QVERIFY(truncated && truncated->kind == ImportOutcome::Kind::Failed);
        QVERIFY2(truncated->reason.contains(QStringLiteral("cut short")), qPrintable(truncated->reason));
        QVERIFY2(summary.text().contains(QStringLiteral("ws-011.veilaudit: failed")),
                 qPrintable(summary.text()));

        // The integrity rows: every workstation, the two failed ones with their reasons.
        auto rows = archive.logs();
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 16);
        int failed = 0;
        for (const LogStatus& row : rows.value()) {
            QVERIFY(!row.reviewer.isEmpty());
            if (!row.verified) {
                ++failed;
                QVERIFY(!row.reason.isEmpty());
            }
        }
        QCOMPARE(failed, 2);

        // The archive's events are the events of the verified files.
        auto analysis = archive.analysis();
        QVERIFY(analysis);
        auto trust = TrustStore::fromFiles({ path(QStringLiteral("team/root.pub")) });
        const AuditAnalysis direct = AuditAnalysis::load({ path(QStringLiteral("team")) }, trust.value());
        QVERIFY(!direct.events().isEmpty());
        QCOMPARE(analysis.value().events().size(), direct.events().size());
        QCOMPARE(analysis.value().submittedTasks().size(), direct.submittedTasks().size());

        // Again: nothing new, nothing lost.
        auto second = archive.import({ path(QStringLiteral("team")) });
        QVERIFY(second);
        QCOMPARE(second.value().count(ImportOutcome::Kind::Unchanged), 14);
        QCOMPARE(second.value().count(ImportOutcome::Kind::Imported), 0);
        QCOMPARE(second.value().count(ImportOutcome::Kind::Failed), 2);
        QCOMPARE(archive.analysis().value().events().size(), direct.events().size());

        // It is in the vault: a new session sees the same archive.
        profile->lock();
        QVERIFY(profile->unlock(secret(kGood)));
        AuditArchive reopened(profile->vault(), profile->trust());
        QCOMPARE(reopened.logs().value().size(), 16);
        QCOMPARE(reopened.analysis().value().events().size(), direct.events().size());
    }

    void longerExtendsShorterAndForkAreRefused()
    {
        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        const Workstation w = workstation(QStringLiteral("reviewer-x"));
        const QString id = w.key.publicKey.keyId();
        QVERIFY(writeBytes(path(QStringLiteral("x-10.veilaudit")), w.exportOf(10)));
        QVERIFY(writeBytes(path(QStringLiteral("x-15.veilaudit")), w.exportOf(15)));
        QVERIFY(writeBytes(path(QStringLiteral("x-8.veilaudit")), w.exportOf(8)));
        QVERIFY(writeBytes(path(QStringLiteral("x-fork.veilaudit")), w.exportOf(15, 6)));

        auto imported = archive.import({ path(QStringLiteral("x-10.veilaudit")) });
        QCOMPARE(imported.value().files.at(0).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(imported.value().files.at(0).newEntries, 10);

        // A rewritten history, validly re-signed by the workstation: a fork at entry 6.
        auto fork = archive.import({ path(QStringLiteral("x-fork.veilaudit")) });
        const ImportOutcome& forked = fork.value().files.at(0);
        QCOMPARE(forked.kind, ImportOutcome::Kind::Failed);
        QVERIFY2(forked.reason.contains(QStringLiteral("fork: entry 6 differs")), qPrintable(forked.reason));
        QCOMPARE(forked.entry, 6);
        QCOMPARE(forked.entries, 10);  // what was imported before stays

        auto longer = archive.import({ path(QStringLiteral("x-15.veilaudit")) });
        QCOMPARE(longer.value().files.at(0).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(longer.value().files.at(0).newEntries, 5);

        auto shorter = archive.import({ path(QStringLiteral("x-8.veilaudit")) });
        const ImportOutcome& cut = shorter.value().files.at(0);
        QCOMPARE(cut.kind, ImportOutcome::Kind::Failed);
        QVERIFY2(cut.reason.startsWith(QStringLiteral("truncated: an earlier import")),
                 qPrintable(cut.reason));
        QVERIFY2(cut.reason.contains(QStringLiteral("reached entry 15, this export ends at entry 8")),
                 qPrintable(cut.reason));

        const LogStatus row = rowOf(archive.logs().value(), id);
        QCOMPARE(row.entries, 15);
        QVERIFY(!row.verified);  // a refused fork marks the workstation for good
        QCOMPARE(row.file, QStringLiteral("x-fork.veilaudit"));
        QVERIFY2(row.reason.startsWith(QStringLiteral("fork: entry 6")), qPrintable(row.reason));
        QCOMPARE(row.entry, 6);
        QCOMPARE(archive.analysis().value().events().size(), 15);
    }

    void olderAndNewerExportInOneImport()
    {
        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        const Workstation w = workstation(QStringLiteral("reviewer-y"));
        QDir().mkpath(path(QStringLiteral("both")));
        // Named so that the newer sorts first: the archive still takes the older first.
        QVERIFY(writeBytes(path(QStringLiteral("both/a-new.veilaudit")), w.exportOf(12)));
        QVERIFY(writeBytes(path(QStringLiteral("both/b-old.veilaudit")), w.exportOf(4)));
        auto summary = archive.import({ path(QStringLiteral("both")) });
        QCOMPARE(summary.value().count(ImportOutcome::Kind::Imported), 2);
        QCOMPARE(summary.value().files.at(0).newEntries, 8);
        QCOMPARE(summary.value().files.at(1).newEntries, 4);
        QCOMPARE(archive.analysis().value().events().size(), 12);
    }

    void badInputIsNamedAndLosesNothing()
    {
        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        QVERIFY(archive.import({ path(QStringLiteral("team")) }));
        const qsizetype eventsBefore = archive.analysis().value().events().size();

        // A non-audit file, a cut-short file, an export by an unknown root, a duplicate.
        QVERIFY(writeBytes(path(QStringLiteral("notes.veilaudit")), "minutes of the Monday meeting\n"));
        QFile good(path(QStringLiteral("team/ws-002.veilaudit")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        QVERIFY(writeBytes(path(QStringLiteral("cut.veilaudit")), bytes.first(bytes.size() / 2)));
        QVERIFY(writeBytes(path(QStringLiteral("copy-of-ws-002.veilaudit")), bytes));
        AuditSimulator::Options foreign;
        foreign.outDir = path(QStringLiteral("foreign"));
        foreign.workstations = 1;
        foreign.days = 2;
        QVERIFY(AuditSimulator::run(foreign));

        auto summary = archive.import(
            { path(QStringLiteral("notes.veilaudit")), path(QStringLiteral("cut.veilaudit")),
              path(QStringLiteral("foreign/ws-000.veilaudit")), path(QStringLiteral("team/ws-002.veilaudit")),
              path(QStringLiteral("copy-of-ws-002.veilaudit")) });
        QVERIFY2(summary, qPrintable(summary.error()));
        const QStringList lines = summary.value().text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines[1].startsWith(QStringLiteral("notes.veilaudit: failed: not an audit export")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("cut.veilaudit: failed"))
                     && lines[2].contains(QStringLiteral("cut short")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[3].startsWith(QStringLiteral("ws-000.veilaudit: failed"))
                     && lines[3].contains(QStringLiteral("which is not in the trust store")),
                 qPrintable(lines[3]));
        QVERIFY2(lines[4].startsWith(QStringLiteral("ws-002.veilaudit: unchanged")), qPrintable(lines[4]));
        QVERIFY2(lines[5].startsWith(QStringLiteral("copy-of-ws-002.veilaudit: duplicate file"))
                     && lines[5].contains(QStringLiteral("ws-002.veilaudit")),
                 qPrintable(lines[5]));
        QVERIFY2(summary.value().headline().contains(QStringLiteral("3 failed")),
                 qPrintable(summary.value().headline()));
        QCOMPARE(archive.analysis().value().events().size(), eventsBefore);
        // A damaged copy says nothing about ws-002's history: its row stays verified.
        const QString ws002 = outcomeOf(summary.value(), QStringLiteral("ws-002.veilaudit"))->workstation;
        QVERIFY(rowOf(archive.logs().value(), ws002).verified);
    }

    void eventsModelFiltersAndFetchesLazily()
    {
        QList<RevealEvent> events;
        const QDateTime start(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 1000; ++i) {
            RevealEvent e;
            e.workstation = QStringLiteral("ws-%1").arg(i % 4);
            e.reviewer = QStringLiteral("r-%1").arg(i % 4);
            e.sequence = i + 1;
            e.time = start.addSecs(600 * (1000 - i));  // newest first: the model sorts by time
            e.granted = i % 10 != 0;
            e.batch = QStringLiteral("batch-%1").arg(i % 3);
            // Every twelfth event (workstation ws-0, batch-0) is on task t-0.
            e.task = QStringLiteral("t-%1").arg(i % 12 == 0 ? 0 : i);
            e.category = i % 5 == 0 ? QStringLiteral("EMAIL") : QStringLiteral("PHONE");
            e.reasonCode = i % 2 == 0 ? QStringLiteral("context_needed") : QStringLiteral("other");
            e.justification = i == 123 ? QStringLiteral("Checking the STRAẞE spelling")
                                       : QStringLiteral("routine check %1").arg(i);
            events.append(e);
        }
        AuditEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvents(&events);
        QCOMPARE(model.matching().size(), 1000);
        QCOMPARE(model.rowCount(), AuditEventsModel::kPage);  // lazily: one page
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AuditEventsModel::kPage);
        QCOMPARE(model.eventAt(0), 999);  // the oldest first
        QCOMPARE(model.reviewers(), QStringList({ "r-0", "r-1", "r-2", "r-3" }));

        const auto count = [&](const EventFilter& f) {
            model.setFilter(f);
            return model.matching().size();
        };
        EventFilter f;
        f.reviewer = QStringLiteral("r-1");
        QCOMPARE(count(f), 250);
        f.reviewer = QStringLiteral("nobody");
        QCOMPARE(count(f), 0);
        f = {};
        f.decision = EventFilter::Decision::Denied;
        QCOMPARE(count(f), 100);
        f.decision = EventFilter::Decision::Granted;
        f.category = QStringLiteral("EMAIL");
        QCOMPARE(count(f), 100);  // i % 5 == 0 and i % 10 != 0
        f = {};
        f.reasonCode = QStringLiteral("other");
        f.batch = QStringLiteral("CH-2");  // a part of the batch id, any case
        QCOMPARE(count(f), 166);  // i odd and i % 3 == 2
        f = {};
        f.from = start.addSecs(600 * 991);
        f.to = start.addSecs(600 * 1000);
        QCOMPARE(count(f), 10);
        f = {};
        f.text = QStringLiteral("straße");  // case-insensitive, not only ASCII
        QCOMPARE(count(f), 1);
        QCOMPARE(model.eventAt(0), 123);
        f.text = QStringLiteral("ROUTINE CHECK 99");
        QCOMPARE(count(f), 11);  // 99 and 990…999
        f = {};
        f.only = QList<int> { 5, 7, 900 };  // a flag's events, narrowed by the other criteria
        f.category = QStringLiteral("EMAIL");
        QCOMPARE(count(f), 2);

        model.setFilter({});
        model.sort(AuditEventsModel::Reviewer, Qt::DescendingOrder);
        QCOMPARE(model.index(0, AuditEventsModel::Reviewer).data().toString(), QStringLiteral("r-3"));
        const QList<int> context = model.taskContext(12);  // same workstation, batch and task, oldest first
        QCOMPARE(context.size(), 84);
        QCOMPARE(context.first(), 996);
        QCOMPARE(context.last(), 0);
        QCOMPARE(model.taskContext(13), QList<int>({ 13 }));
    }

    /// ArchiveImport: the same outcomes and events as import(), with the
    /// files verified off the calling thread, progress per file, the store
    /// in steps of the event loop, and one import at a time.
    void asynchronousImportMatchesImport()
    {
        auto reference = supervisorProfile();
        QVERIFY(reference);
        AuditArchive direct(reference->vault(), reference->trust());
        auto expected = direct.import({ path(QStringLiteral("team")) });
        QVERIFY2(expected, qPrintable(expected.error()));

        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        ArchiveImport import(archive);
        QSignalSpy progress(&import, &ArchiveImport::progress);
        QSignalSpy storing(&import, &ArchiveImport::storing);
        QSignalSpy finished(&import, &ArchiveImport::finished);
        QVERIFY(import.start({ path(QStringLiteral("team")) }));
        QVERIFY(import.isRunning());
        QVERIFY(!import.start({ path(QStringLiteral("team")) }));
        QCOMPARE(finished.count(), 0);  // nothing is done on the calling thread before it returns
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!import.isRunning());
        QCOMPARE(finished.first().at(1).toString(), QString());
        const auto summary = finished.first().at(0).value<ImportSummary>();
        QCOMPARE(summary.text(), expected.value().text());
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 16);
        QCOMPARE(progress.last().at(1).toInt(), 16);
        QCOMPARE(storing.first().at(0).toInt(), 0);
        QCOMPARE(storing.last().at(0).toInt(), storing.last().at(1).toInt());
        sameEvents(archive.analysis().value(), direct.analysis().value());
        QVERIFY(import.start({ path(QStringLiteral("team")) }));  // and again, once done
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(finished.last().at(0).value<ImportSummary>().count(ImportOutcome::Kind::Unchanged), 14);
    }

    /// An import dropped while its files are verified (the console closed,
    /// the profile locked) stores nothing, and the archive takes the next.
    void droppedImportStoresNothing()
    {
        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        {
            ArchiveImport import(archive);
            QVERIFY(import.start({ path(QStringLiteral("team")) }));
        }  // waits for the workers
        QVERIFY(archive.logs().value().isEmpty());
        auto again = archive.import({ path(QStringLiteral("team")) });
        QVERIFY(again);
        QCOMPARE(again.value().count(ImportOutcome::Kind::Imported), 14);
    }

    /// The events analysis() keeps from an import are the ones a read-back
    /// from the vault gives, and a change made through another archive
    /// object (another process) is noticed by the stored head.
    void keptEventsAreTheStoredOnes()
    {
        auto profile = supervisorProfile();
        QVERIFY(profile);
        AuditArchive archive(profile->vault(), profile->trust());
        QVERIFY(archive.import({ path(QStringLiteral("team")) }));
        AuditArchive readBack(profile->vault(), profile->trust());
        sameEvents(archive.analysis().value(), readBack.analysis().value());

        const Workstation w = workstation(QStringLiteral("reviewer-z"));
        QVERIFY(writeBytes(path(QStringLiteral("z-3.veilaudit")), w.exportOf(3)));
        QVERIFY(writeBytes(path(QStringLiteral("z-9.veilaudit")), w.exportOf(9)));
        QVERIFY(archive.import({ path(QStringLiteral("z-3.veilaudit")) }));
        const qsizetype before = archive.analysis().value().events().size();
        QCOMPARE(readBack.import({ path(QStringLiteral("z-9.veilaudit")) }).value().files.at(0).kind,
                 ImportOutcome::Kind::Imported);
        QCOMPARE(archive.analysis().value().events().size(), before + 6);
        sameEvents(archive.analysis().value(), readBack.analysis().value());
        // Entry times as written (exportOf: one a minute from 09:00), in UTC.
        int seen = 0;
        const AuditAnalysis kept = archive.analysis().value();
        for (const RevealEvent& event : kept.events()) {
            if (event.workstation == w.key.publicKey.keyId()) {
                ++seen;
                const QDateTime expected
                    = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC).addSecs(60 * event.sequence);
                QCOMPARE(event.time, expected);
                QCOMPARE(event.time.timeSpec(), Qt::UTC);
            }
        }
        QCOMPARE(seen, 9);
    }

    void outcomeDescriptions()
    {
        ImportOutcome outcome;
        outcome.file = QStringLiteral("/x/ws-1.veilaudit");
        outcome.kind = ImportOutcome::Kind::Imported;
        outcome.workstation = QStringLiteral("abc");
        outcome.reviewer = QStringLiteral("r-1");
        outcome.newEntries = 3;
        outcome.entries = 7;
        QCOMPARE(
            outcome.describe(),
            QStringLiteral("ws-1.veilaudit: imported (abc, reviewer r-1): 3 new entries, 7 in the archive"));
    }
};

QTEST_GUILESS_MAIN(TestSupervisorArchive)
#include "tst_supervisor_archive.moc"
