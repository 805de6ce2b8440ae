// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// .veilaudit export and the verifier's promise on a 1,000-entry log: every
// single-entry modification, deletion, insertion and swap, and every
// truncation, is detected and names the entry; a re-signed fork is detected
// against the earlier export.

#include "model/audit/AuditExport.h"
#include "model/keys/KeyFactory.h"
#include "model/keys/KeyFile.h"

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
    SecretKey m_root = KeyFactory::generateRoot(QStringLiteral("Test org"));
    const QDateTime m_enrolled = QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);

    WorkstationCertificate certify(const SecretKey& workstation, const SecretKey& root,
                                   const QDateTime& expires, ReviewerRole role = ReviewerRole::Reviewer)
    {
        auto request = EnrolmentRequest::create(QStringLiteral("reviewer-7"), workstation, m_enrolled);
        return WorkstationCertificate::issue(request.value(), role, root, m_enrolled, expires).value();
    }
    TrustStore trust() const
    {
        TrustStore store;
        store.addRoot(m_root.publicKey);
        return store;
    }
    /// makeExport with a certificate valid until well after its last entry.
    AuditExport certified(int count)
    {
        AuditExport out = makeExport(m_key, count);
        out.certificate = certify(m_key, m_root, m_enrolled.addYears(1));
        return out;
    }
    static QStringList messages(const AuditVerification& verification)
    {
        QStringList list;
        for (const AuditFinding& finding : verification.findings) {
            list << finding.message;
        }
        return list;
    }

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
        const WorkstationCertificate certificate
            = certify(m_key, m_root, QDateTime::currentDateTimeUtc().addDays(30));
        auto foreign = AuditExport::fromLog(
            *log.value(), KeyFactory::generateWorkstation(QStringLiteral("x")), certificate);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().contains(QLatin1String("the certificate is for workstation key")),
                 qPrintable(foreign.error()));
        auto bytes = AuditExport::fromLog(*log.value(), m_key, certificate);
        QVERIFY2(bytes, qPrintable(bytes.error()));
        auto decoded = AuditExport::decode(bytes.value(), QStringLiteral("a.veilaudit"));
        QVERIFY2(decoded, qPrintable(decoded.error()));
        auto verified = decoded.value().verify();
        QVERIFY2(verified, qPrintable(verified.error()));
        QCOMPARE(verified.value().entries, qint64 { 20 });
        QCOMPARE(verified.value().unsignedTail, qint64 { 0 });
        QVERIFY(decoded.value().certificate.has_value());
        QCOMPARE(decoded.value().certificate->encode(), certificate.encode());
        QCOMPARE(decoded.value().entries.size(), 20);
        QCOMPARE(decoded.value().encode(), bytes.value());
        const AuditVerification checked = decoded.value().check(trust());
        QVERIFY2(checked.intact(), qPrintable(messages(checked).join(QLatin1Char('\n'))));
        // The export holds the justifications, so it goes only to the supervisor; the
        // verifier never needs more than this file and the organisation root.
        QVERIFY(bytes.value().contains("reviewer-1"));

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

    void checkpointsInTheMiddleOfTheChainAreChecked()
    {
        // Sessions ended after entries 5 and 12 and an export at 20: three
        // checkpoints, each pinning the history up to its entry.
        QTemporaryDir dir;
        auto log
            = AuditLog::open(dir.filePath(QStringLiteral("s.db")), kWorkstation, SecretBytes::random(32));
        for (int i = 1; i <= 20; ++i) {
            QVERIFY(log.value()->append(record(i)));
            if (i == 5 || i == 12) {
                QVERIFY(log.value()->checkpoint(m_key));
            }
        }
        auto bytes = AuditExport::fromLog(
            *log.value(), m_key, certify(m_key, m_root, QDateTime::currentDateTimeUtc().addDays(30)));
        QVERIFY2(bytes, qPrintable(bytes.error()));
        const AuditExport good = AuditExport::decode(bytes.value(), QStringLiteral("s.veilaudit")).value();
        QCOMPARE(good.checkpoints.size(), 3);
        QVERIFY(good.check(trust()).intact());

        // A middle checkpoint whose head was changed (and so whose signature no
        // longer matches) is reported with its entry; the others still count.
        AuditExport badSignature = good;
        badSignature.checkpoints[1].headHash[0]
            = static_cast<char>(badSignature.checkpoints[1].headHash[0] ^ 1);
        AuditVerification result = badSignature.check(trust());
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings[0].entry, qint64 { 12 });
        QVERIFY2(result.findings[0].message.contains(
                     QLatin1String("checkpoint at entry 12 has an invalid signature")),
                 qPrintable(result.findings[0].message));

        // History rewritten and re-hashed up to entry 8 by someone who cannot
        // sign: the checkpoint at entry 12 no longer matches the chain.
        AuditExport rewritten = good;
        QByteArray previous = AuditChain::genesisHash(kWorkstation);
        for (int i = 0; i < 20; ++i) {
            AuditEntry& entry = rewritten.entries[i];
            if (i == 7) {
                AuditEntry parsed = AuditChain::parseCanonical(entry.canonical).value();
                parsed.record.justification = QStringLiteral("Something else entirely, written later on");
                entry.canonical = AuditChain::canonical(parsed);
            }
            entry.hash = AuditChain::chainHash(previous, entry.canonical);
            previous = entry.hash;
        }
        result = rewritten.check(trust());
        QVERIFY(!result.intact());
        QVERIFY2(messages(result)
                     .join(QLatin1Char('\n'))
                     .contains(QLatin1String("history rewritten: entry 12 differs")),
                 qPrintable(messages(result).join(QLatin1Char('\n'))));

        // Entries appended after the export was signed are not covered.
        AuditExport appended = good;
        appended.checkpoints.removeLast();
        result = appended.check(trust());
        QCOMPARE(result.findings.size(), 1);
        QVERIFY2(result.findings[0].message.contains(QLatin1String("entries 13 to 20 are not covered")),
                 qPrintable(result.findings[0].message));
    }

    void certificateProblemsAreEachReported()
    {
        AuditExport good = certified(50);
        QVERIFY(good.check(trust()).intact());

        const auto expectOnly = [this](const AuditExport& variant, const TrustStore& store,
                                       const QString& expected) {
            const AuditVerification result = variant.check(store);
            QVERIFY2(result.findings.size() == 1, qPrintable(messages(result).join(QLatin1Char('\n'))));
            QVERIFY2(result.findings[0].message.contains(expected), qPrintable(result.findings[0].message));
        };
        expectOnly(good, TrustStore(), QStringLiteral("was not checked: no organisation root is trusted"));

        TrustStore otherRoot;
        otherRoot.addRoot(KeyFactory::generateRoot(QStringLiteral("Other org")).publicKey);
        expectOnly(good, otherRoot, QStringLiteral("which is not in the trust store"));

        AuditExport forged = good;
        forged.certificate->role = ReviewerRole::Supervisor;  // changed after signing
        expectOnly(forged, trust(), QStringLiteral("its certificate signature is not valid"));

        // Certificate expired between entries 29 and 30 (entry n is at 08:00 + n minutes).
        AuditExport expired = makeExport(m_key, 50);
        expired.certificate
            = certify(m_key, m_root, QDateTime(QDate(2026, 11, 1), QTime(8, 29, 30), Qt::UTC));
        const AuditVerification late = expired.check(trust());
        QCOMPARE(late.findings.size(), 1);
        QCOMPARE(late.findings[0].entry, qint64 { 30 });
        QVERIFY2(late.findings[0].message.contains(
                     QLatin1String("expired on 2026-11-01T08:29:30.000Z, before entry 30")),
                 qPrintable(late.findings[0].message));

        // A certificate for one key on an export signed by another.
        AuditExport mismatch = good;
        mismatch.certificate = certify(KeyFactory::generateWorkstation(QStringLiteral("other")), m_root,
                                       m_enrolled.addYears(1));
        expectOnly(mismatch, trust(), QStringLiteral("key mismatch: the certificate is for workstation key"));

        AuditExport uncertified = good;
        uncertified.certificate.reset();
        expectOnly(uncertified, trust(), QStringLiteral("carries no workstation certificate"));

        // Each finding stands on its own: a modified entry and a foreign root give two lines.
        AuditExport both = good;
        both.entries[9].canonical.replace("Entry ", "Entrx ");
        const AuditVerification two = both.check(otherRoot);
        QCOMPARE(two.findings.size(), 2);
        QCOMPARE(two.findings[0].entry, qint64 { 10 });
    }

    void damagedFilesAreRefusedWithThePlace()
    {
        const QByteArray bytes = certified(3).encode();
        QCOMPARE(bytes.count('\n'), 1 + 3 + 1);  // header, entries, checkpoint
        const qsizetype secondLine = bytes.indexOf('\n') + 1;

        QByteArray badHash = bytes;
        badHash[secondLine] = 'X';
        auto result = AuditExport::decode(badHash, QStringLiteral("h.veilaudit"));
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(QLatin1String(
                     "h.veilaudit: damaged audit export: line 2 (the entry at position 1) is not")),
                 qPrintable(result.error()));

        auto cut = AuditExport::decode(bytes.left(bytes.size() - 40), QStringLiteral("c.veilaudit"));
        QVERIFY(!cut);
        QVERIFY2(
            cut.error().contains(QLatin1String("c.veilaudit: damaged audit export: the file ends after 0 of "
                                               "its 1 checkpoints")),
            qPrintable(cut.error()));
        auto fewerLines = AuditExport::decode(bytes.left(secondLine + 10), QStringLiteral("e.veilaudit"));
        QVERIFY(!fewerLines);
        QVERIFY2(fewerLines.error().contains(QLatin1String("the file ends after 0 of its 3 entries")),
                 qPrintable(fewerLines.error()));

        auto trailing = AuditExport::decode(bytes + "{}\n", QStringLiteral("t.veilaudit"));
        QVERIFY(!trailing);
        QVERIFY2(
            trailing.error().contains(QLatin1String("t.veilaudit: damaged audit export: unexpected content "
                                                    "after line 5")),
            qPrintable(trailing.error()));

        QByteArray unknownField = bytes;
        unknownField.replace("{\"certificate\":", "{\"extra\":1,\"certificate\":");
        auto unknown = AuditExport::decode(unknownField, QStringLiteral("u.veilaudit"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QLatin1String("unknown header field \"extra\"")),
                 qPrintable(unknown.error()));

        // Canonical bytes are compact JSON and hold no newline, so they are
        // stored verbatim: the file shows each entry as it was hashed.
        QVERIFY(bytes.contains(certified(3).entries[1].canonical));
        QVERIFY(AuditExport::decode(bytes, QStringLiteral("ok.veilaudit")).value().check(trust()).intact());
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_audit_export.moc"
