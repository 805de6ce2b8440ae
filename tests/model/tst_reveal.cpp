// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchBuilder.h"
#include "model/demo/DemoOrganisation.h"
#include "model/reveal/RevealService.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace veil::model;

namespace {

const QString kGoodWhy
    = QStringLiteral("The assistant's reply quotes the number; I must check it matches the user's.");

/// The first span of `category` in the demo batch.
std::optional<RevealService::Target> findSpan(const BatchReader& batch, const QString& category)
{
    for (int t = 0; t < batch.taskCount(); ++t) {
        const MaskedTask task = batch.task(t).value();
        for (const MaskedMessage& message : task.messages) {
            for (const MaskedSpan& span : message.spans) {
                if (span.category == category) {
                    return RevealService::Target { t, span.spanId, category };
                }
            }
        }
    }
    return std::nullopt;
}

}  // namespace

class TestReveal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BatchReader> m_batch;
    QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    int m_logs = 0;

    std::unique_ptr<AuditLog> freshLog(const QString& name = {})
    {
        auto log = AuditLog::open(
            m_dir.filePath(name.isEmpty() ? QStringLiteral("audit-%1.db").arg(m_logs++) : name),
            QStringLiteral("ws-demo"), SecretBytes::random(32), [this] { return m_now; });
        return std::move(log).value();
    }

    RevealService service(AuditLog& log, const QString& role = QStringLiteral("reviewer"))
    {
        return RevealService(*m_batch, log,
                             PolicyEngine(RevealPolicy::fromJson(m_batch->header().policy).value()),
                             QStringLiteral("reviewer-7"), role, [this] { return m_now; });
    }

private slots:
    void initTestCase()
    {
        auto batch = DemoOrganisation::openBatch();
        QVERIFY2(batch, qPrintable(batch.error()));
        m_batch = std::move(batch).value();
    }

    void grantIsAuditedBeforeTheValueAndExpires()
    {
        auto log = freshLog();
        RevealService reveals = service(*log);
        const auto phone = findSpan(*m_batch, QStringLiteral("PHONE"));
        QVERIFY(phone);
        auto outcome = reveals.request(*phone, QStringLiteral("context_needed"), kGoodWhy);
        QVERIFY2(outcome.decision.granted, qPrintable(outcome.decision.reason + outcome.error));
        QVERIFY(outcome.value.has_value());
        QCOMPARE(outcome.auditSequence, qint64 { 1 });
        const auto entries = log->entries().value();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].record.event, AuditEvent::RevealGranted);
        QCOMPARE(entries[0].record.justification, kGoodWhy);
        QCOMPARE(entries[0].record.category, QStringLiteral("PHONE"));

        // The value is there during the display time, and gone after it.
        const SecretBytes* shown = outcome.value->value(m_now);
        QVERIFY(shown != nullptr);
        const QByteArray original = shown->view().toByteArray();
        QVERIFY(!original.isEmpty());
        for (const AuditEntry& entry : entries) {
            QVERIFY2(!entry.canonical.contains(original), "the audit log never holds the revealed value");
        }
        const int seconds = outcome.decision.displaySeconds;
        QVERIFY(seconds > 0);
        QVERIFY(outcome.value->value(m_now.addSecs(seconds - 1)) != nullptr);
        QVERIFY(outcome.value->value(m_now.addSecs(seconds)) == nullptr);
        QVERIFY(outcome.value->isWiped());
    }

    void denialIsAuditedAndRevealsNothing()
    {
        auto log = freshLog();
        RevealService reveals = service(*log);
        const auto card = findSpan(*m_batch, QStringLiteral("CREDIT_CARD"));
        QVERIFY(card);
        auto outcome = reveals.request(*card, QStringLiteral("context_needed"), kGoodWhy);
        QVERIFY(!outcome.decision.granted);
        QVERIFY(!outcome.value.has_value());
        QVERIFY2(outcome.decision.reason.contains(QLatin1String("CREDIT_CARD")),
                 qPrintable(outcome.decision.reason));
        QCOMPARE(log->entries().value().size(), 1);
        QCOMPARE(log->entries().value()[0].record.event, AuditEvent::RevealDenied);

        // A supervisor's policy allows it; still audited.
        auto supervisorLog = freshLog();
        RevealService supervisor = service(*supervisorLog, QStringLiteral("supervisor"));
        auto granted = supervisor.request(*card, QStringLiteral("safety_concern"), kGoodWhy);
        QVERIFY2(granted.decision.granted, qPrintable(granted.decision.reason));
        QCOMPARE(supervisorLog->size(), qint64 { 1 });
    }

    void auditFailureMeansNoReveal()
    {
        const QString name = QStringLiteral("locked.db");
        auto log = freshLog(name);
        RevealService reveals = service(*log);
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(m_dir.filePath(name));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto outcome = reveals.request(*findSpan(*m_batch, QStringLiteral("PHONE")),
                                       QStringLiteral("context_needed"), kGoodWhy);
        QVERIFY(!outcome.decision.granted);
        QVERIFY(!outcome.value.has_value());
        QVERIFY2(outcome.decision.reason.contains(QLatin1String("nothing was revealed")),
                 qPrintable(outcome.decision.reason));
        lock.exec(QStringLiteral("ROLLBACK"));
        other.close();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QCOMPARE(log->size(), qint64 { 0 });
    }

    void quotasAndRepeatsComeFromTheAuditLog()
    {
        auto log = freshLog();
        RevealService reveals = service(*log);
        const RevealPolicy policy = RevealPolicy::fromJson(m_batch->header().policy).value();
        const auto person = findSpan(*m_batch, QStringLiteral("PERSON"));
        QVERIFY(person);
        int granted = 0;
        for (int i = 0; i < 10; ++i) {
            const QString why
                = QStringLiteral("Checking whether reply %1 addresses the right family member by name")
                      .arg(i);
            auto outcome = reveals.request(*person, QStringLiteral("context_needed"), why);
            granted += outcome.decision.granted ? 1 : 0;
        }
        QCOMPARE(granted, policy.quotaPerTask());
        QCOMPARE(log->size(), qint64 { 10 });  // denials over quota are recorded too

        // The same justification again is refused as repeated, and recorded.
        auto fresh = freshLog();
        RevealService again = service(*fresh);
        QVERIFY(again.request(*person, QStringLiteral("context_needed"), kGoodWhy).decision.granted);
        auto repeated = again.request(*person, QStringLiteral("context_needed"), kGoodWhy);
        QVERIFY(!repeated.decision.granted);
        QCOMPARE(fresh->size(), qint64 { 2 });
    }
};

QTEST_GUILESS_MAIN(TestReveal)
#include "tst_reveal.moc"
