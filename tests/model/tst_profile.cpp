// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Profiles: enrolment, batch import and purge, drafts and results, the
// scripted session of issue 5 (acceptance 1) with a scan of every file it
// leaves behind, and bad input (wrong passphrase, corrupt or newer vault).
#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/demo/DemoOrganisation.h"
#include "model/keys/KeyFactory.h"
#include "model/policy/RevealPolicy.h"
#include "model/profile/Profile.h"
#include "model/profile/ReviewWork.h"
#include "model/profile/ScriptedSession.h"
#include "model/scan/DetectorFactory.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

const char kGood[] = "violet canoe drizzle 89 harbour";

SecretBytes secret(const char* text)
{
    return SecretBytes::copyOf(QByteArray(text));
}

/// Every original of the demo batch (test-only: reads them with the demo key).
QList<QByteArray> demoOriginals()
{
    QList<QByteArray> originals;
    auto batch = DemoOrganisation::openBatch();
    if (!batch) {
        return originals;
    }
    for (int index = 0; index < batch.value()->taskCount(); ++index) {
        auto task = batch.value()->task(index);
        for (const MaskedMessage& message : task.value().messages) {
            for (const MaskedSpan& span : message.spans) {
                auto original = batch.value()->openOriginal(index, span.spanId);
                if (original && original.value().size() >= 4) {
                    originals.append(original.value().view().toByteArray());
                }
            }
        }
    }
    return originals;
}

/// Files under `dir` containing any of `needles`, in UTF-8 or UTF-16 (LE and BE).
QStringList filesContaining(const QString& dir, const QList<QByteArray>& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray& needle : needles) {
            const QString text = QString::fromUtf8(needle);
            QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            QByteArray be = le;
            for (qsizetype i = 0; i + 1 < be.size(); i += 2) {
                std::swap(be[i], be[i + 1]);
            }
            if (bytes.contains(needle) || bytes.contains(le) || bytes.contains(be)) {
                hits.append(QStringLiteral("%1 contains \"%2\"").arg(path, text));
            }
        }
    }
    return hits;
}

}  // namespace

class TestProfile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now;  // reset to the real time before each test (the demo batch is built now)
    int m_count = 0;

    Profile::Options options()
    {
        Profile::Options o;
        o.kdf = { 1, 8U << 20U };  // cheap: these tests are about behaviour, not cost
        o.clock = [this] { return m_now; };
        return o;
    }
    QString freshDir() { return m_dir.filePath(QStringLiteral("profile-%1").arg(m_count++)); }

    std::unique_ptr<Profile> demoProfile(const QString& dir)
    {
        auto created
            = DemoOrganisation::createProfile(dir, QStringLiteral("rev-1"), secret(kGood), options());
        if (!created) {
            qWarning("%s", qPrintable(created.error()));
            return nullptr;
        }
        return std::move(created).value();
    }

    static QList<AuditEntry> entriesOf(Profile& profile) { return profile.audit()->entries().value(); }

private slots:
    void init()
    {
        m_now = QDateTime::currentDateTimeUtc();
        m_now.setTime(QTime(m_now.time().hour(), m_now.time().minute(), m_now.time().second()));
    }

    void initTestCase()
    {
        QVERIFY(Sodium::initialise());
        QVERIFY2(!DemoOrganisation::batchPath().isEmpty(), "the demo batch must be built");
    }

    void createLockUnlockWithGrowingDelay()
    {
        const QString dir = freshDir();
        {
            auto profile = demoProfile(dir);
            QVERIFY(profile && profile->isUnlocked());
            QCOMPARE(profile->role(), QStringLiteral("reviewer"));
            QVERIFY(profile->isDemo());
            QVERIFY(!Profile::create(dir, { QStringLiteral("x"), profile->trust().roots(), nullptr },
                                     secret(kGood), options()));
        }
        auto profile = Profile::open(dir, options()).value();
        QVERIFY(!profile->isUnlocked());
        auto wrong = profile->unlock(secret("not the passphrase at all 42"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("wrong passphrase")), qPrintable(wrong.error()));
        auto tooSoon = profile->unlock(secret(kGood));
        QVERIFY2(!tooSoon && tooSoon.error().contains(QStringLiteral("try again")),
                 qPrintable(tooSoon.error()));
        m_now = m_now.addSecs(5);
        QVERIFY2(profile->unlock(secret(kGood)), "unlocks after the delay");
        QCOMPARE(profile->reviewerId(), QStringLiteral("rev-1"));
        QVERIFY(profile->workstationKey() != nullptr);
        const QList<AuditEntry> entries = entriesOf(*profile);
        QVERIFY(entries.size() >= 3);  // unlock, lock, unlock
        QCOMPARE(entries.first().record.event, AuditEvent::Unlock);
        QCOMPARE(entries.at(1).record.event, AuditEvent::Lock);
        QVERIFY(!profile->audit()->checkpoints().value().isEmpty());  // signed at session end
        profile->lock();
        QVERIFY(profile->workstationKey() == nullptr);
        QVERIFY(profile->audit() == nullptr);
    }

    void enrolmentChecksKeyReviewerRootAndExpiry()
    {
        const SecretKey root = KeyFactory::generateRoot(QStringLiteral("Org"));
        const SecretKey otherRoot = KeyFactory::generateRoot(QStringLiteral("Other org"));
        const QString dir = freshDir();
        auto profile = Profile::create(dir, { QStringLiteral("rev-7"), { root.publicKey }, nullptr },
                                       secret(kGood), options())
                           .value();
        QVERIFY(profile->role().isEmpty());
        QVERIFY2(!profile->exportAudit(), "no export without a certificate");
        const EnrolmentRequest request = profile->enrolmentRequest().value();
        auto parsed = EnrolmentRequest::decode(request.encode(), QStringLiteral("req"));
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QByteArray tampered = request.encode().replace("rev-7", "rev-8");
        QVERIFY(!EnrolmentRequest::decode(tampered, QStringLiteral("req")));

        const auto issue = [&](const SecretKey& by, const QDateTime& expires) {
            return WorkstationCertificate::issue(parsed.value(), ReviewerRole::Supervisor, by, m_now, expires)
                .value()
                .encode();
        };
        auto foreign = profile->installCertificate(issue(otherRoot, m_now.addDays(30)), QStringLiteral("c1"));
        QVERIFY2(!foreign && foreign.error().contains(QStringLiteral("not in the trust store")),
                 qPrintable(foreign.error()));
        const QByteArray shortLived = issue(root, m_now.addDays(1));
        const SecretKey stranger = KeyFactory::generateWorkstation(QStringLiteral("other"));
        const EnrolmentRequest strangerRequest
            = EnrolmentRequest::create(QStringLiteral("rev-7"), stranger, m_now).value();
        auto wrongKey = profile->installCertificate(
            WorkstationCertificate::issue(strangerRequest, ReviewerRole::Reviewer, root, m_now,
                                          m_now.addDays(9))
                .value()
                .encode(),
            QStringLiteral("c2"));
        QVERIFY2(!wrongKey && wrongKey.error().contains(QStringLiteral("not this one")),
                 qPrintable(wrongKey.error()));
        QByteArray forged = shortLived;
        forged.replace("supervisor", "reviewer\"");
        QVERIFY(!profile->installCertificate(forged, QStringLiteral("c3")));

        m_now = m_now.addDays(2);
        auto expired = profile->installCertificate(shortLived, QStringLiteral("c4"));
        QVERIFY2(!expired && expired.error().contains(QStringLiteral("expired")),
                 qPrintable(expired.error()));
        auto good = profile->installCertificate(issue(root, m_now.addDays(90)), QStringLiteral("c5"));
        QVERIFY2(good, qPrintable(good.error()));
        QCOMPARE(profile->role(), QStringLiteral("supervisor"));
        profile.reset();
        auto reopened = Profile::open(dir, options()).value();
        QVERIFY(reopened->unlock(secret(kGood)));
        QCOMPARE(reopened->role(), QStringLiteral("supervisor"));
        auto exported = reopened->exportAudit();
        QVERIFY2(exported, qPrintable(exported.error()));
        auto decoded = AuditExport::decode(exported.value(), QStringLiteral("x.veilaudit"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QVERIFY(decoded.value().verify());
    }

    void importIsVerifiedIdempotentAndRefusalsAreAudited()
    {
        auto profile = demoProfile(freshDir());
        QVERIFY(profile);
        const QString id = profile->importBatch(DemoOrganisation::batchPath()).value();
        QCOMPARE(profile->importBatch(DemoOrganisation::batchPath()).value(), id);
        QCOMPARE(profile->batchIds().value(), QStringList { id });
        QVERIFY(profile->batch(id).value()->taskCount() > 0);

        QFile source(DemoOrganisation::batchPath());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.veilbatch"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        auto refused = profile->importBatch(tampered);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(tampered), qPrintable(refused.error()));
        const AuditEntry last = entriesOf(*profile).last();
        QCOMPARE(last.record.event, AuditEvent::BatchRefused);
        QVERIFY(last.record.detail.contains(tampered));
        QCOMPARE(profile->batchIds().value(), QStringList { id });
        QVERIFY(!QFileInfo::exists(Profile::batchDirectory(profile->directory())
                                   + QStringLiteral("/incoming.veilbatch.part")));
    }

    void draftsResultsAndPurge()
    {
        auto profile = demoProfile(freshDir());
        QVERIFY(profile);
        const QString id = profile->importBatch(DemoOrganisation::batchPath()).value();
        const QString task = profile->batch(id).value()->task(0).value().id;
        ReviewWork work(*profile, DetectorFactory::create().value());
        QCOMPARE(work.state(id, task).value(), TaskState::New);
        QJsonObject answers { { QStringLiteral("rating"), 3 },
                              { QStringLiteral("notes"),
                                QStringLiteral("Call me on +44 20 7946 0958 later") } };
        QVERIFY(work.saveDraft(id, task, answers));
        QCOMPARE(work.state(id, task).value(), TaskState::InProgress);
        QCOMPARE(work.draft(id, task).value(), answers);
        auto warnings = work.submit(id, task, answers);
        QVERIFY2(warnings, qPrintable(warnings.error()));
        QCOMPARE(warnings.value().size(), 1);
        QCOMPARE(warnings.value().first().category, QStringLiteral("PHONE"));
        QCOMPARE(work.state(id, task).value(), TaskState::Submitted);
        QVERIFY(work.draft(id, task).value().isEmpty());
        QVERIFY(!work.saveDraft(id, task, answers));
        // The submitted answers read back as they will be exported: free text masked.
        const QJsonObject shown = work.submitted(id, task).value();
        QCOMPARE(shown.value(QStringLiteral("rating")).toInt(), 3);
        QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("Call me on [PHONE] later"));
        QVERIFY(work.submitted(id, profile->batch(id).value()->task(1).value().id).value().isEmpty());

        const QByteArray results = work.exportResults(id).value();
        QVERIFY(!results.contains("7946"));
        auto verified
            = ResultsFile::verify(results, QStringLiteral("r.veilresults"), profile->trust(), m_now);
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified.value().results.size(), 1);
        QCOMPARE(verified.value().auditHead, profile->audit()->head());
        QCOMPARE(entriesOf(*profile).last().record.event, AuditEvent::Export);
        QCOMPARE(entriesOf(*profile).last().record.batchId, id);
        QByteArray altered = results;
        altered.replace("[PHONE]", "[EMAIL]");
        QVERIFY(!ResultsFile::verify(altered, QStringLiteral("r"), profile->trust(), m_now));

        // Nothing expires yet; past the expiry the batch goes with its drafts.
        QVERIFY(profile->purgeExpired().value().isEmpty());
        const QString task2 = profile->batch(id).value()->task(1).value().id;
        QVERIFY(work.saveDraft(id, task2, answers));
        m_now = profile->batch(id).value()->header().expires.addSecs(1);
        QCOMPARE(profile->purgeExpired().value(), QStringList { id });
        QVERIFY(profile->batchIds().value().isEmpty());
        QVERIFY(work.draft(id, task2).value().isEmpty());
        QVERIFY(!profile->batch(id));
        QCOMPARE(entriesOf(*profile).last().record.event, AuditEvent::BatchPurged);
        QVERIFY(QDir(Profile::batchDirectory(profile->directory())).isEmpty());
    }

    void quotaHoldsAcrossARestart()
    {
        const QString dir = freshDir();
        QString id;
        RevealService::Target target;
        QString reason;
        int granted = 0;
        {
            auto profile = demoProfile(dir);
            QVERIFY(profile);
            id = profile->importBatch(DemoOrganisation::batchPath()).value();
            const BatchReader& batch = *profile->batch(id).value();
            auto policy = RevealPolicy::fromJson(batch.header().policy).value();
            reason = policy.reasonCodes().first().code;
            const MaskedTask task = batch.task(0).value();
            for (const MaskedMessage& m : task.messages) {
                for (const MaskedSpan& s : m.spans) {
                    if (policy.role(QStringLiteral("reviewer"))->categories.contains(s.category)) {
                        target = { 0, s.spanId, s.category };
                    }
                }
            }
            QVERIFY(!target.category.isEmpty());
            for (int i = 0; i < policy.quotaPerTask(); ++i) {
                auto outcome = profile->reveals(id).value()->request(
                    target, reason,
                    QStringLiteral("Checking whether the assistant repeated it correctly, attempt %1.")
                        .arg(i));
                granted += outcome.decision.granted ? 1 : 0;
            }
            QCOMPARE(granted, policy.quotaPerTask());
        }
        auto profile = Profile::open(dir, options()).value();
        QVERIFY(profile->unlock(secret(kGood)));
        auto outcome = profile->reveals(id).value()->request(
            target, reason, QStringLiteral("One more look after restarting the application, to compare."));
        QVERIFY(!outcome.decision.granted);
        QVERIFY2(outcome.decision.reason.contains(QStringLiteral("reveals for this task are used")),
                 qPrintable(outcome.decision.reason));
    }

    void scriptedSessionLeavesNoPersonalDataOnDisk()
    {
        const QList<QByteArray> originals = demoOriginals();
        QVERIFY(originals.size() > 10);
        QTemporaryDir temp;
        qputenv("TMPDIR", temp.path().toUtf8());
        ScriptedSession::Options options;
        options.profileDir = temp.filePath(QStringLiteral("profile"));
        options.auditOut = temp.filePath(QStringLiteral("out.veilaudit"));
        options.resultsOut = temp.filePath(QStringLiteral("out.veilresults"));
        options.fastKdf = true;
        QStringList said;
        auto outcome = ScriptedSession::run(options, [&said](const QString& line) { said.append(line); });
        qunsetenv("TMPDIR");
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QVERIFY(outcome.value().grantedSequence > outcome.value().deniedSequence);
        QVERIFY(said.size() >= 7);
        for (const QByteArray& original : originals) {
            QVERIFY2(!said.join(u'\n').contains(QString::fromUtf8(original)), original.constData());
        }
        // The session ran with TMPDIR inside `temp`: this covers its temp files too.
        const QStringList hits = filesContaining(temp.path(), originals);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        // The export verifies and records both decisions.
        QFile audit(options.auditOut);
        QVERIFY(audit.open(QIODevice::ReadOnly));
        auto decoded = AuditExport::decode(audit.readAll(), options.auditOut);
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QVERIFY(decoded.value().verify());
    }

    void corruptAndNewerVaultsAreRefusedUnchanged()
    {
        const QString dir = freshDir();
        QVERIFY(demoProfile(dir));
        const QString vault = Profile::vaultPath(dir);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(vault);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QFile file(vault);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        auto newer = Profile::open(dir, options());
        QVERIFY2(!newer && newer.error().contains(QStringLiteral("newer Veil")), qPrintable(newer.error()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        file.close();

        const QString broken = freshDir();
        QVERIFY(QDir().mkpath(broken));
        QFile garbage(Profile::vaultPath(broken));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        auto corrupt = Profile::open(broken, options());
        QVERIFY(!corrupt);
        QVERIFY2(corrupt.error().contains(Profile::vaultPath(broken)), qPrintable(corrupt.error()));
        QVERIFY2(!Profile::open(freshDir(), options()), "a directory without a profile");
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
