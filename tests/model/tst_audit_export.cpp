// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// .veilaudit export and the verifier's promise on a 1,000-entry log: every
// single-entry modification, deletion, insertion and swap, and every
// truncation, is detected and names the entry; a re-signed fork is detected
// against the earlier export.

#include "model/audit/AuditExport.h"
#include "model/keys/KeyFactory.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

constexpr int kEntries = 1000;
const QString kWorkstation = QStringLiteral("ws-export-test");

AuditRecord record(int n)
{
    AuditRecord r;
    r.event = n % 4 == 0 ? AuditEvent::RevealDenied : AuditEvent::RevealGranted;
    r.actor = QStringLiteral("reviewer-%1").arg(n % 3);
    r.batchId = QStringLiteral("b-7");
    r.taskId = QStringLiteral("task-%1").arg(n / 5);
    r.spanId = n % 7;
    r.category = QStringLiteral("PHONE");
    r.reasonCode = QStringLiteral("context_needed");
    r.justification = QStringLiteral("Entry %1: the reply quotes the number and I must check it").arg(n);
    r.decision = QStringLiteral("Granted");
    return r;
}

/// A chain built in memory the way AuditLog builds it, signed at the end.
AuditExport makeExport(const SecretKey& key, int count, int variant = 0)
{
    AuditExport out;
    out.workstationId = kWorkstation;
    out.workstation = key.publicKey;
    QByteArray previous = AuditChain::genesisHash(kWorkstation);
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.sequence = i;
        entry.time = start.addSecs(i * 60);
        entry.workstationId = kWorkstation;
        entry.record = record(i + variant * (i > count / 2 ? 1 : 0));
        entry.canonical = AuditChain::canonical(entry);
        entry.hash = AuditChain::chainHash(previous, entry.canonical);
        previous = entry.hash;
        out.entries.append(entry);
    }
    out.checkpoints.append(AuditChain::signCheckpoint(kWorkstation, count, previous, start.addDays(1), key));
    return out;
}

}  // namespace

class TestAuditExport : public QObject {
    Q_OBJECT

private:
    SecretKey m_key = KeyFactory::generateWorkstation(QStringLiteral("ws"));

    void expectFailureNaming(const AuditExport& variant, qint64 entry, const char* what)
    {
        auto result = variant.verify();
        QVERIFY2(!result,
                 qPrintable(QStringLiteral("%1 of entry %2 accepted").arg(QLatin1String(what)).arg(entry)));
        QVERIFY2(result.error().contains(QStringLiteral("entry %1").arg(entry)),
                 qPrintable(QStringLiteral("%1 of entry %2: %3")
                                .arg(QLatin1String(what))
                                .arg(entry)
                                .arg(result.error())));
    }

private slots:
    void exportRoundTripsThroughTheFileFormat()
    {
        QTemporaryDir dir;
        auto log
            = AuditLog::open(dir.filePath(QStringLiteral("a.db")), kWorkstation, SecretBytes::random(32));
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(log.value()->append(record(i)));
        }
        auto bytes = AuditExport::fromLog(*log.value(), m_key);
        QVERIFY2(bytes, qPrintable(bytes.error()));
        auto decoded = AuditExport::decode(bytes.value(), QStringLiteral("a.veilaudit"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        auto verified = decoded.value().verify();
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified.value().entries, qint64 { 20 });
        QCOMPARE(verified.value().unsignedTail, qint64 { 0 });

        auto garbage = AuditExport::decode("{\"format\":\"veilbatch\"}", QStringLiteral("x.veilaudit"));
        QVERIFY(!garbage);
        QVERIFY(garbage.error().startsWith(QLatin1String("x.veilaudit: not an audit export")));
        auto newer
            = AuditExport::decode("{\"format\":\"veilaudit\",\"version\":2}", QStringLiteral("x.veilaudit"));
        QVERIFY(!newer);
        QVERIFY(newer.error().contains(QLatin1String("unsupported audit export version 2")));
    }

    void everySingleEntryTamperingIsDetected()
    {
        const AuditExport good = makeExport(m_key, kEntries);
        QVERIFY(good.verify());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kEntries; ++i) {
            const qint64 seq = i + 1;
            AuditExport modified = good;
            modified.entries[i].canonical.replace("Entry ", "Entrx ");
            expectFailureNaming(modified, seq, "modification");

            AuditExport deleted = good;
            deleted.entries.removeAt(i);
            expectFailureNaming(deleted, seq, "deletion");

            AuditExport inserted = good;
            inserted.entries.insert(i + 1, good.entries[i]);
            expectFailureNaming(inserted, seq, "insertion");  // "entry N appears out of order after entry N"

            if (i + 1 < kEntries) {
                AuditExport swapped = good;
                swapped.entries.swapItemsAt(i, i + 1);
                expectFailureNaming(swapped, seq + 1, "swap");  // "entry N+1 appears out of order"
            }
        }
        for (int length = 0; length < kEntries; ++length) {
            AuditExport truncated = good;
            truncated.entries = good.entries.mid(0, length);
            expectFailureNaming(truncated, kEntries, "truncation");
        }
        qInfo("verified %d tampered variants in %lld ms", 5 * kEntries - 1, timer.elapsed());
    }

    void reSignedForkIsDetectedAgainstTheEarlierExport()
    {
        const AuditExport earlier = makeExport(m_key, 600);
        // The insider rewrites history from entry 301 on and re-signs it with
        // the workstation key: the chain and signature are valid on their own…
        const AuditExport fork = makeExport(m_key, kEntries, 1);
        QVERIFY(fork.verify());
        // …but it does not extend what the supervisor imported before.
        auto result = fork.verify(&earlier);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("fork: entry 600")), qPrintable(result.error()));
        // An honest longer export extends it.
        QVERIFY(makeExport(m_key, kEntries).verify(&earlier));
        // A shorter one is truncation.
        auto shorter = makeExport(m_key, 500).verify(&earlier);
        QVERIFY(!shorter);
        QVERIFY2(shorter.error().contains(QLatin1String("truncated")), qPrintable(shorter.error()));
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_audit_export.moc"
