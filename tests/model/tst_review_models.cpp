// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/demo/DemoOrganisation.h"
#include "model/review/ConversationModel.h"
#include "model/review/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace veil::model;

class TestReviewModels : public QObject {
    Q_OBJECT

private slots:
    void chipsAreMappedFromCodePointsToQStringPositions()
    {
        // "😀" is one code point but two QString (UTF-16) units: the chip
        // after it must start one unit later than its code point offset.
        MaskedTask task;
        task.id = QStringLiteral("t");
        MaskedMessage message;
        message.role = QStringLiteral("user");
        message.text = QStringLiteral("😀 call [PHONE 1] now");
        message.spans.append(
            { 0, 7, 16, QStringLiteral("PHONE"), QStringLiteral("PHONE 1"), QStringLiteral("phone"), 0.9 });
        task.messages.append(message);

        ConversationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTask(task);
        QCOMPARE(model.rowCount(), 1);
        const auto chips = model.chips(0);
        QCOMPARE(chips.size(), 1);
        QCOMPARE(message.text.mid(chips[0].start, chips[0].length), QStringLiteral("[PHONE 1]"));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), message.text);
        QCOMPARE(model.index(0).data(ConversationModel::RoleRole).toString(), QStringLiteral("user"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void demoBatchModelsNeverCarryAnOriginal()
    {
        auto batch = DemoOrganisation::openBatch();
        QVERIFY2(batch, qPrintable(batch.error()));
        const BatchReader* reader = batch.value().get();

        // Every original of the first tasks, decrypted here only to check
        // that no model role ever shows one.
        QStringList originals;
        for (int t = 0; t < 5; ++t) {
            const MaskedTask task = reader->task(t).value();
            for (const MaskedMessage& message : task.messages) {
                for (const MaskedSpan& span : message.spans) {
                    const QString value = QString::fromUtf8(
                        reader->openOriginal(t, span.spanId).value().view().toByteArray());
                    if (value.size() >= 4) {
                        originals << value;
                    }
                }
            }
        }
        QVERIFY(originals.size() > 10);

        TaskListModel tasks;
        QAbstractItemModelTester taskTester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tasks.setBatch(std::move(batch).value());
        QCOMPARE(tasks.rowCount(), 30);
        QVERIFY(tasks.index(0).data().toString().startsWith(QLatin1String("demo-001")));

        ConversationModel conversation;
        QAbstractItemModelTester conversationTester(&conversation,
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int t = 0; t < 5; ++t) {
            conversation.setTask(tasks.batch()->task(t).value());
            for (int row = 0; row < conversation.rowCount(); ++row) {
                for (int role : { int(Qt::DisplayRole), int(Qt::AccessibleTextRole),
                                  int(ConversationModel::TimeRole) }) {
                    const QString shown = conversation.index(row).data(role).toString();
                    for (const QString& original : originals) {
                        QVERIFY2(
                            !shown.contains(original),
                            qPrintable(QStringLiteral("task %1 row %2 shows an original").arg(t).arg(row)));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_review_models.moc"
