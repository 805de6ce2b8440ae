// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Issue 5, acceptance 6: a full disk and a read-only profile directory give
// a clear message and lose nothing. The profile lives on a small tmpfs
// mounted for the test (needs root or CAP_SYS_ADMIN, as in CI; skipped
// with the reason otherwise).
#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/demo/DemoOrganisation.h"
#include "model/policy/RevealPolicy.h"
#include "model/profile/Profile.h"
#include "model/profile/ReviewWork.h"
#include "model/scan/DetectorFactory.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

const char kPassphrase[] = "violet canoe drizzle 89 harbour";

/// A tmpfs of `size` mounted on `dir` for the guard's lifetime.
class TmpfsMount {
public:
    TmpfsMount(const QString& dir, const QString& size)
        : m_dir(dir)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                      QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("veil-test"), dir });
        m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit
            && mount.exitCode() == 0;
        m_error = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~TmpfsMount()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), m_dir });
        }
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    [[nodiscard]] bool mounted() const { return m_mounted; }
    [[nodiscard]] const QString& error() const { return m_error; }
    bool remount(const char* mode) const
    {
        return QProcess::execute(
                   QStringLiteral("mount"),
                   { QStringLiteral("-o"), QStringLiteral("remount,%1").arg(QLatin1String(mode)), m_dir })
            == 0;
    }

private:
    QString m_dir;
    bool m_mounted = false;
    QString m_error;
};

/// Writes zeros into `path` until the file system is full.
void fillDisk(const QString& path)
{
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly)) {
        return;
    }
    const QByteArray block(64 * 1024, '\0');
    while (filler.write(block) == block.size() && filler.flush()) { }
    const QByteArray small(512, '\0');
    while (filler.write(small) == small.size() && filler.flush()) { }
}

QList<AuditEntry> verifiedEntries(Profile& profile)
{
    auto exported = profile.exportAudit();
    if (!exported) {
        qWarning("%s", qPrintable(exported.error()));
        return {};
    }
    auto decoded = AuditExport::decode(exported.value(), QStringLiteral("x.veilaudit"));
    if (!decoded || !decoded.value().verify()) {
        qWarning("the chain does not verify");
        return {};
    }
    QList<AuditEntry> entries;
    for (const AuditEntry& entry : decoded.value().entries) {
        entries.append(AuditChain::parseCanonical(entry.canonical).value());
    }
    return entries;
}

}  // namespace

class TestStorageFailures : public QObject {
    Q_OBJECT

private:
    Profile::Options options() const
    {
        Profile::Options o;
        o.kdf = { 1, 8U << 20U };
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(Sodium::initialise()); }

    void fullDiskRefusesRevealsAndImportsAndLosesNothing()
    {
        QTemporaryDir base;
        TmpfsMount disk(base.path(), QStringLiteral("4m"));
        if (!disk.mounted()) {
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.error())));
        }
        const QString dir = base.filePath(QStringLiteral("profile"));
        auto created = DemoOrganisation::createProfile(dir, QStringLiteral("rev-full"),
                                                       SecretBytes::copyOf(kPassphrase), options());
        QVERIFY2(created, qPrintable(created.error()));
        Profile& profile = *created.value();
        const QString id = profile.importBatch(DemoOrganisation::batchPath()).value();
        const BatchReader& batch = *profile.batch(id).value();
        const RevealPolicy policy = RevealPolicy::fromJson(batch.header().policy).value();
        ReviewWork work(profile, DetectorFactory::create().value());
        const QString task0 = batch.task(0).value().id;
        const QJsonObject draft { { QStringLiteral("notes"), QStringLiteral("first impressions") } };
        QVERIFY(work.saveDraft(id, task0, draft));

        fillDisk(base.filePath(QStringLiteral("filler")));

        // Reveals until the log cannot grow: a refused one shows nothing
        // and says why; any granted one is on record.
        QList<qint64> handed;
        QString refusal;
        for (int index = 0; index < batch.taskCount() && refusal.isEmpty(); ++index) {
            const MaskedTask task = batch.task(index).value();
            for (const MaskedMessage& message : task.messages) {
                for (const MaskedSpan& span : message.spans) {
                    if (!policy.role(profile.role())->categories.contains(span.category)
                        || !refusal.isEmpty()) {
                        continue;
                    }
                    auto outcome = profile.reveals(id).value()->request(
                        { index, span.spanId, span.category }, policy.reasonCodes().first().code,
                        QStringLiteral("Task %1: the rating depends on the exact %2 given.")
                            .arg(index)
                            .arg(span.category.toLower()));
                    if (!outcome.error.isEmpty()) {
                        QVERIFY(!outcome.value);
                        QVERIFY(!outcome.decision.granted);
                        refusal = outcome.decision.reason;
                    } else if (outcome.value) {
                        handed.append(outcome.auditSequence);
                    }
                }
            }
        }
        QVERIFY2(!refusal.isEmpty(), "the full disk must stop reveals");
        qInfo("refused: %s", qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("audit log could not be written"))
                     && refusal.contains(QStringLiteral("nothing was revealed")),
                 qPrintable(refusal));

        // Importing needs room for the verified copy: refused, and said why.
        auto imported = profile.importBatch(DemoOrganisation::batchPath());
        QVERIFY(!imported);
        qInfo("import: %s", qPrintable(imported.error()));
        QVERIFY2(imported.error().contains(QStringLiteral("disk full")), qPrintable(imported.error()));
        QVERIFY2(!work.saveDraft(id, batch.task(1).value().id, draft),
                 "a draft cannot be saved on a full disk");

        // Free the space: everything from before is still there.
        QVERIFY(QFile::remove(base.filePath(QStringLiteral("filler"))));
        QCOMPARE(work.draft(id, task0).value(), draft);
        QCOMPARE(profile.batchIds().value(), QStringList { id });
        const QList<AuditEntry> entries = verifiedEntries(profile);
        QVERIFY(!entries.isEmpty());
        for (const qint64 sequence : handed) {
            QVERIFY(sequence <= entries.size());
            QCOMPARE(entries.at(sequence - 1).record.event, AuditEvent::RevealGranted);
        }
        QVERIFY(work.saveDraft(id, batch.task(1).value().id, draft));
    }

    void readOnlyProfileGivesAClearMessageAndLosesNothing()
    {
        QTemporaryDir base;
        TmpfsMount disk(base.path(), QStringLiteral("8m"));
        if (!disk.mounted()) {
            QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.error())));
        }
        const QString dir = base.filePath(QStringLiteral("profile"));
        qint64 entriesBefore = 0;
        {
            auto created = DemoOrganisation::createProfile(dir, QStringLiteral("rev-ro"),
                                                           SecretBytes::copyOf(kPassphrase), options());
            QVERIFY2(created, qPrintable(created.error()));
            QVERIFY(created.value()->importBatch(DemoOrganisation::batchPath()));
            entriesBefore = created.value()->audit()->size();
        }
        QVERIFY(disk.remount("ro"));
        auto opened = Profile::open(dir, options());
        QString message = opened ? QString() : opened.error();
        if (opened) {
            auto unlocked = opened.value()->unlock(SecretBytes::copyOf(kPassphrase));
            QVERIFY2(!unlocked, "a session cannot start when its audit log cannot be written");
            message = unlocked.error();
            QVERIFY(!opened.value()->isUnlocked());
            QVERIFY(opened.value()->workstationKey() == nullptr);
        }
        qInfo("read-only: %s", qPrintable(message));
        QVERIFY2(message.contains(dir) && message.contains(QStringLiteral("read-only")), qPrintable(message));
        opened = fail(QString());
        QVERIFY(disk.remount("rw"));

        auto profile = Profile::open(dir, options()).value();
        QVERIFY(profile->unlock(SecretBytes::copyOf(kPassphrase)));
        QVERIFY(profile->audit()->size() > entriesBefore);
        QCOMPARE(profile->batchIds().value().size(), 1);
        QVERIFY(!verifiedEntries(*profile).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorageFailures)
#include "tst_storage_failures.moc"
