// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/audit/AuditLog.h"
#include "model/crypto/Sodium.h"
#include "model/keys/KeyFactory.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

const QString kWorkstation = QStringLiteral("ws-0dba7972d1cafe56");
const SecretBytes& storageKey()
{
    static const SecretBytes key = SecretBytes::random(32);
    return key;
}
SecretBytes keyCopy()
{
    return SecretBytes::copyOf(storageKey().view());
}

AuditRecord reveal(int n)
{
    AuditRecord record;
    record.event = n % 3 == 0 ? AuditEvent::RevealDenied : AuditEvent::RevealGranted;
    record.actor = QStringLiteral("reviewer-7");
    record.batchId = QStringLiteral("b-1");
    record.taskId = QStringLiteral("demo-%1").arg(n);
    record.spanId = n;
    record.category = QStringLiteral("PHONE");
    record.reasonCode = QStringLiteral("context_needed");
    record.justification
        = QStringLiteral("Need the number to judge whether the reply was correct (%1)").arg(n);
    record.decision = QStringLiteral("Granted: 2 of 3 reveals left for this task");
    return record;
}

}  // namespace

class TestAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecretKey m_workstation = KeyFactory::generateWorkstation(QStringLiteral("ws"));
    int m_files = 0;

    /// A log with `count` entries and a checkpoint after `checkpointAt` of them.
    struct Exported {
        QList<AuditEntry> entries;
        QList<AuditCheckpoint> checkpoints;
    };
    Exported makeLog(int count, int checkpointAt)
    {
        auto log = AuditLog::open(m_dir.filePath(QStringLiteral("log-%1.db").arg(m_files++)), kWorkstation,
                                  keyCopy());
        for (int i = 1; i <= count; ++i) {
            if (!log.value()->append(reveal(i))) {
                return {};
            }
            if (i == checkpointAt) {
                log.value()->checkpoint(m_workstation);
            }
        }
        return { log.value()->entries().value(), log.value()->checkpoints().value() };
    }

private slots:
    void appendsPersistAndChainAcrossReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("persist.db"));
        QByteArray head;
        {
            auto log = AuditLog::open(path, kWorkstation, keyCopy());
            QVERIFY2(log, qPrintable(log.error()));
            for (int i = 1; i <= 3; ++i) {
                auto entry = log.value()->append(reveal(i));
                QVERIFY2(entry, qPrintable(entry.error()));
                QCOMPARE(entry.value().sequence, qint64 { i });
            }
            head = log.value()->head();
        }
        auto reopened = AuditLog::open(path, kWorkstation, keyCopy());
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->size(), qint64 { 3 });
        QCOMPARE(reopened.value()->head(), head);
        QVERIFY(reopened.value()->append(reveal(4)));
        const auto entries = reopened.value()->entries().value();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[1].record.justification, reveal(2).justification);
        QVERIFY(AuditChain::verify(kWorkstation, entries, {}, m_workstation.publicKey));
    }

    void nothingReadableOnDisk()
    {
        const QString path = m_dir.filePath(QStringLiteral("sealed.db"));
        auto log = AuditLog::open(path, kWorkstation, keyCopy());
        AuditRecord record = reveal(1);
        record.justification
            = QStringLiteral("Customer Priya Sharma said her number +44 7700 900123 was wrong");
        QVERIFY(log.value()->append(record));
        QByteArray onDisk;
        for (const QString& file : QDir(m_dir.path()).entryList({ QStringLiteral("sealed.db*") })) {
            QFile f(m_dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            onDisk += f.readAll();
        }
        QVERIFY(!onDisk.isEmpty());
        QVERIFY(!onDisk.contains("Priya"));
        QVERIFY(!onDisk.contains("7700 900123"));
        QVERIFY(!onDisk.contains("reviewer-7"));
    }

    void storedLogIsAppendOnlyAndDamageIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            auto log = AuditLog::open(path, kWorkstation, keyCopy());
            for (int i = 1; i <= 3; ++i) {
                QVERIFY(log.value()->append(reveal(i)));
            }
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY2(!query.exec(QStringLiteral("DELETE FROM audit_entries WHERE seq = 2")),
                     "the trigger refuses deletes");
            QVERIFY(!query.exec(QStringLiteral("UPDATE audit_entries SET hash = x'00' WHERE seq = 2")));
            // An attacker with the file drops the trigger and rewrites entry 2.
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_entries_no_update")));
            QVERIFY(query.exec(QStringLiteral("UPDATE audit_entries SET sealed = (SELECT sealed FROM "
                                              "audit_entries WHERE seq = 3) WHERE seq = 2")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto reopened = AuditLog::open(path, kWorkstation, keyCopy());
        QVERIFY(!reopened);
        QVERIFY2(reopened.error().contains(QLatin1String("damaged at entry 2")),
                 qPrintable(reopened.error()));
    }

    void lockedDatabaseRefusesTheWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        auto log = AuditLog::open(path, kWorkstation, keyCopy());
        QVERIFY(log.value()->append(reveal(1)));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto refused = log.value()->append(reveal(2));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("nothing was revealed")),
                 qPrintable(refused.error()));
        QCOMPARE(log.value()->size(), qint64 { 1 });
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QVERIFY(log.value()->append(reveal(2)));  // the chain continues without a gap
        QCOMPARE(log.value()->entries().value().last().sequence, qint64 { 2 });
    }

    void verifierDetectsEveryKindOfTampering()
    {
        const Exported good = makeLog(6, 4);
        QVERIFY(!good.entries.isEmpty());
        auto ok = AuditChain::verify(kWorkstation, good.entries, good.checkpoints, m_workstation.publicKey);
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok.value().entries, qint64 { 6 });
        QCOMPARE(ok.value().lastCheckpoint, qint64 { 4 });
        QCOMPARE(ok.value().unsignedTail, qint64 { 2 });

        const auto expectFailure = [&](const QList<AuditEntry>& entries,
                                       const QList<AuditCheckpoint>& checkpoints, const QString& expected,
                                       std::optional<AuditChain::KnownHead> known = std::nullopt) {
            auto result
                = AuditChain::verify(kWorkstation, entries, checkpoints, m_workstation.publicKey, known);
            QVERIFY2(!result, qPrintable(QStringLiteral("accepted; expected: %1").arg(expected)));
            QVERIFY2(result.error().contains(expected), qPrintable(result.error()));
        };

        QList<AuditEntry> modified = good.entries;
        modified[2].canonical.replace("Need the number", "Need the NUMBER");
        expectFailure(modified, good.checkpoints, QStringLiteral("entry 3 was modified"));

        QList<AuditEntry> deleted = good.entries;
        deleted.removeAt(2);
        expectFailure(deleted, good.checkpoints, QStringLiteral("entry 3 is missing"));

        QList<AuditEntry> reordered = good.entries;
        reordered.swapItemsAt(1, 2);
        expectFailure(reordered, good.checkpoints, QStringLiteral("out of order"));

        QList<AuditEntry> inserted = good.entries;
        inserted.insert(3, good.entries[2]);
        expectFailure(inserted, good.checkpoints, QStringLiteral("out of order"));

        // Renumbered after a deletion, with hashes recomputed by an insider
        // who cannot re-sign: the checkpoint catches it.
        QList<AuditEntry> rewritten;
        QByteArray previous = AuditChain::genesisHash(kWorkstation);
        for (int i = 0; i < good.entries.size(); ++i) {
            if (i == 1) {
                continue;
            }
            AuditEntry entry = good.entries[i];
            entry.sequence = rewritten.size() + 1;
            entry.canonical = AuditChain::canonical(entry);
            entry.hash = AuditChain::chainHash(previous, entry.canonical);
            previous = entry.hash;
            rewritten.append(entry);
        }
        expectFailure(rewritten, good.checkpoints, QStringLiteral("differs from the signed checkpoint"));

        expectFailure(good.entries.mid(0, 3), good.checkpoints, QStringLiteral("truncated"));

        QList<AuditCheckpoint> forged = good.checkpoints;
        forged[0].signature
            = AuditChain::signCheckpoint(kWorkstation, 4, forged[0].headHash, forged[0].time,
                                         KeyFactory::generateWorkstation(QStringLiteral("other")))
                  .signature;
        expectFailure(good.entries, forged, QStringLiteral("invalid signature"));

        // Against what the supervisor saw before: a shorter export, or a fork.
        expectFailure(good.entries.mid(0, 5), {}, QStringLiteral("truncated: an earlier export"),
                      AuditChain::KnownHead { 6, good.entries[5].hash });
        const Exported other = makeLog(6, 0);
        expectFailure(other.entries, {}, QStringLiteral("fork: entry 5"),
                      AuditChain::KnownHead { 5, good.entries[4].hash });
        QVERIFY(AuditChain::verify(kWorkstation, good.entries, good.checkpoints, m_workstation.publicKey,
                                   AuditChain::KnownHead { 5, good.entries[4].hash }));
    }

    void valueMacNeedsTheKey()
    {
        const SecretBytes key = SecretBytes::random(32);
        const SecretBytes other = SecretBytes::random(32);
        const QByteArray value("+44 7700 900123");
        QCOMPARE(AuditChain::valueMac(key, value), AuditChain::valueMac(key, value));
        QVERIFY(AuditChain::valueMac(key, value) != AuditChain::valueMac(other, value));
        QVERIFY(!AuditChain::valueMac(key, value).contains(value));
        QCOMPARE(AuditChain::valueMac(key, value).size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
