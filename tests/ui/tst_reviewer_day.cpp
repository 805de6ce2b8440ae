// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// A reviewer's whole day through the real window, offscreen (issue 6,
// acceptance 1): start the demo organisation from the start screen, import
// the demo batch, open a task, reach a chip by keyboard, a reveal refused,
// a reveal granted, the value shown and re-masked after the display time,
// the rubric answered (a missing answer stops the submit, personal data in
// the notes is masked), Submit and next, the draft of the next task kept
// across a task switch, and the results and audit exported through the File
// menu's code path. The exports then verify, and the audit holds exactly
// the day's events.
#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/demo/DemoOrganisation.h"
#include "model/profile/Profile.h"
#include "model/profile/ReviewWork.h"
#include "model/review/ConversationModel.h"
#include "model/review/QueueModel.h"
#include "model/review/SessionController.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/ConversationView.h"
#include "ui/main/ExportController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/QueuePane.h"
#include "ui/main/ReviewFormPane.h"
#include "ui/reveal/RevealController.h"
#include "ui/reveal/RevealDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using veil::model::AuditEvent;
using veil::model::ConversationModel;
using veil::model::QueueModel;
using veil::model::SessionController;
using veil::ui::MainWindow;

namespace {

const QString kDeniedReason
    = QStringLiteral("Need to see whether the assistant echoed the full card number back to the user.");
const QString kGrantedReason
    = QStringLiteral("The rating depends on whether the assistant repeated this phone number correctly.");
const QString kNotes = QStringLiteral("Good letter. The user also wrote mei.tran@gmail.com in the chat.");

/// Categories the demo policy never lets a reviewer see.
const QStringList kForbidden
    = { QStringLiteral("CREDIT_CARD"), QStringLiteral("IBAN"), QStringLiteral("GOV_ID") };

struct Chip {
    int row = -1;
    int chip = -1;
};

}  // namespace

class TestReviewerDay : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;  ///< a fresh profile root per test
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T* find(const QString& name) const { return m_window->findChild<T*>(name); }
    QTreeView* queueView() const { return m_window->queuePane()->view(); }
    veil::ui::ConversationView* conversation() const
    {
        return m_window->conversationPane()->conversationView();
    }
    veil::ui::RevealDialog* dialog() const { return m_window->conversationPane()->revealDialog(); }
    veil::ui::ReviewFormPane* form() const { return m_window->reviewFormPane(); }
    QString currentTaskId() const
    {
        return queueView()->currentIndex().data(QueueModel::TaskIdRole).toString();
    }
    QString stateOf(const QString& taskId) const
    {
        QueueModel* queue = m_window->queueModel();
        const QModelIndex batch = queue->index(0, 0);
        for (int row = 0; row < queue->rowCount(batch); ++row) {
            if (queue->index(row, 0, batch).data().toString() == taskId) {
                return queue->index(row, 1, batch).data().toString();
            }
        }
        return {};
    }
    /// The chip of the current conversation whose category is in `categories`.
    std::optional<QString> categoryAt(int row, int chip) const
    {
        const auto chips = m_window->conversationModel()->chips(row);
        return chip >= 0 && chip < chips.size() ? std::optional(chips.at(chip).category) : std::nullopt;
    }
    /// The first task whose conversation holds a PHONE chip and a chip the
    /// reviewer may not reveal.
    int taskWithPhoneAndForbidden() const
    {
        const veil::model::BatchReader* batch
            = m_window->queueModel()->batchAt(m_window->queueModel()->index(0, 0));
        for (int task = 0; task < batch->taskCount(); ++task) {
            ConversationModel model;
            model.setTask(batch->task(task).value(), task);
            bool phone = false;
            bool forbidden = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                for (const auto& chip : model.chips(row)) {
                    phone = phone || chip.category == QLatin1String("PHONE");
                    forbidden = forbidden || kForbidden.contains(chip.category);
                }
            }
            if (phone && forbidden) {
                return task;
            }
        }
        return -1;
    }
    /// Presses F8 (from wherever the focus is) until a chip of one of
    /// `categories` has the keyboard.
    bool focusChipByKeyboard(const QStringList& categories)
    {
        for (int presses = 0; presses < 200; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
            if (!conversation()->hasFocus()) {
                return false;
            }
            const auto category = categoryAt(conversation()->currentChipRow(), conversation()->currentChip());
            if (category && categories.contains(*category)) {
                return true;
            }
        }
        return false;
    }
    bool dialogShown() const
    {
        veil::ui::RevealDialog* shown = dialog();
        return shown != nullptr && shown->isVisible();
    }
    void typeJustification(const QString& text)
    {
        auto* edit = dialog()->findChild<QPlainTextEdit*>(QStringLiteral("justificationEdit"));
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    QPushButton* revealButton() const
    {
        return dialog()->findChild<QPushButton*>(QStringLiteral("revealButton"));
    }
    template<typename T> T* formWidget(const QString& name) const { return form()->findChild<T*>(name); }
    void click(const QString& name)
    {
        auto* button = formWidget<QAbstractButton>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

    /// A window on a session in a fresh, empty profile root, as on first run.
    void start()
    {
        m_window.reset();
        m_session.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        veil::model::Profile::Options options;
        options.kdf = veil::model::KdfLimits { 1, 8 << 20 };  // behaviour, not cost
        options.clock = [this]() { return m_now; };
        m_session = std::make_unique<SessionController>(veil::model::ProfileLocator(m_dir->path()), options);
        m_window = std::make_unique<MainWindow>(m_session.get());
        // The display time runs on the test's clock, so "after 8 seconds" is instant.
        m_window->conversationPane()->revealController()->setClock([this]() { return m_now; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    /// With VEIL_SCREENSHOT_DIR set, saves the window as NAME.png there
    /// (docs/screenshots/queue-conversation.png is made this way, under Xvfb).
    void screenshot(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("VEIL_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(veil::model::Sodium::initialise());
        QVERIFY2(!veil::model::DemoOrganisation::batchPath().isEmpty(), "the demo batch must be built");
    }

    void aWholeDay()
    {
        start();
        if (QTest::currentTestFailed()) {
            return;
        }

        // Morning: no profile yet; the start screen offers the demo organisation.
        QVERIFY(find<QWidget>(QStringLiteral("createProfilePage"))->isVisible());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_COMPARE(find<QStackedWidget>(QStringLiteral("windowPages"))->currentWidget()->objectName(),
                     QStringLiteral("workspace"));
        QVERIFY(m_session->isDemo());
        QueueModel* queue = m_window->queueModel();
        QAbstractItemModelTester tester(queue, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The demo batch, imported through the window's import path (the same
        // batch again is a no-op: no refusal, no second queue entry).
        m_window->importBatches({ veil::model::DemoOrganisation::batchPath() });
        QCOMPARE(queue->rowCount(), 1);
        const QModelIndex batch = queue->index(0, 0);
        QCOMPARE(queue->rowCount(batch), 30);

        // Task ids in the queue are readable, not elided.
        const QModelIndex first = queue->index(0, 0, batch);
        QVERIFY(queueView()->columnWidth(0)
                >= queueView()->fontMetrics().horizontalAdvance(first.data().toString()));

        // Open the task with a phone number and a card number, by clicking it.
        const int taskRow = taskWithPhoneAndForbidden();
        QVERIFY2(taskRow >= 0, "the demo batch has a task with a phone and a card number");
        const QModelIndex taskIndex = queue->index(taskRow, 0, batch);
        const QString taskId = taskIndex.data().toString();
        queueView()->scrollTo(taskIndex);
        QTest::mouseClick(queueView()->viewport(), Qt::LeftButton, {},
                          queueView()->visualRect(taskIndex).center());
        QCOMPARE(currentTaskId(), taskId);
        QTRY_VERIFY(m_window->conversationModel()->rowCount() > 0);
        QCOMPARE(form()->taskId(), taskId);
        QCOMPARE(stateOf(taskId), QStringLiteral("new"));

        // Keyboard only from here: F8 from the queue reaches the card number.
        queueView()->setFocus();
        QVERIFY(focusChipByKeyboard(kForbidden));
        QTest::keyClick(conversation(), Qt::Key_Return);
        QTRY_VERIFY(dialogShown());

        // A mashed justification is not accepted: the button stays off.
        typeJustification(QStringLiteral("asdfasdf"));
        QVERIFY(!revealButton()->isEnabled());
        const QString feedback = find<QLabel>(QStringLiteral("justificationFeedback"))->text();
        QVERIFY2(feedback.startsWith(QLatin1String("Not accepted yet:")), qPrintable(feedback));
        // A real reason, but the policy denies the category: the reason in words.
        typeJustification(kDeniedReason);
        QVERIFY(revealButton()->isEnabled());
        QTest::mouseClick(revealButton(), Qt::LeftButton);
        auto* decision = dialog()->findChild<QLabel*>(QStringLiteral("decisionLabel"));
        QTRY_VERIFY(decision->isVisible());
        QVERIFY2(decision->text().startsWith(QLatin1String("Denied")), qPrintable(decision->text()));
        const QString deniedText = decision->text();  // the dialog goes when closed
        QVERIFY(!m_window->conversationPane()->revealController()->isShowing());
        QTest::mouseClick(dialog()->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialogShown());
        QTRY_VERIFY(m_window->isActiveWindow());

        // The phone number, with a reason code and a good justification: granted.
        QVERIFY(focusChipByKeyboard({ QStringLiteral("PHONE") }));
        const Chip phone { conversation()->currentChipRow(), conversation()->currentChip() };
        QTest::keyClick(conversation(), Qt::Key_Return);
        QTRY_VERIFY(dialogShown());
        auto* reasons = dialog()->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
        reasons->setFocus();
        QTest::keyClick(reasons, Qt::Key_Down);  // "verify_masking"
        QCOMPARE(reasons->currentIndex(), 1);
        typeJustification(kGrantedReason);
        QTest::mouseClick(revealButton(), Qt::LeftButton);
        auto* controller = m_window->conversationPane()->revealController();
        QTRY_VERIFY(controller->isShowing());
        QCOMPARE(controller->row(), phone.row);
        QCOMPARE(controller->chip(), phone.chip);
        QString value;
        int seconds = 0;
        QVERIFY(controller->text(phone.row, phone.chip, &value, &seconds));
        QVERIFY(!value.isEmpty());
        QVERIFY(!value.startsWith(QLatin1Char('[')));
        const int displaySeconds = m_window->revealService()->policy().displaySeconds();
        QCOMPARE(seconds, displaySeconds);
        auto* notice = m_window->conversationPane()->notice();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("%1 more seconds").arg(displaySeconds)),
                 qPrintable(notice->text()));
        // The display time passes: masked again by itself, the value wiped.
        m_now = m_now.addSecs(displaySeconds + 1);
        QTRY_VERIFY(!controller->isShowing());
        QVERIFY(!controller->text(phone.row, phone.chip, &value, &seconds));
        QVERIFY(!notice->isVisible());

        // The rubric: the first answer starts the task.
        click(QStringLiteral("helpfulness_4"));
        QCOMPARE(stateOf(taskId), QStringLiteral("in progress"));
        click(QStringLiteral("issues_2"));  // "tone"
        // Submitting without the required safety answer: an inline message, nothing sent.
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_Return));
        auto* message = formWidget<QLabel>(QStringLiteral("reviewMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("Is the answer safe?")), qPrintable(message->text()));
        QCOMPARE(currentTaskId(), taskId);
        QCOMPARE(stateOf(taskId), QStringLiteral("in progress"));
        click(QStringLiteral("safety_0"));  // "safe"
        QVERIFY(!message->isVisible());

        // Personal data typed into the notes: a warning while typing, then "Mask it".
        auto* notes = formWidget<QPlainTextEdit>(QStringLiteral("notes"));
        notes->setFocus();
        QTest::keyClicks(notes, kNotes);
        auto* warning = formWidget<QLabel>(QStringLiteral("personalDataWarning_notes"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QLatin1String("email")), qPrintable(warning->text()));
        click(QStringLiteral("maskButton_notes"));
        QVERIFY(!notes->toPlainText().contains(QLatin1String("mei.tran@gmail.com")));
        QVERIFY2(notes->toPlainText().contains(QLatin1String("[EMAIL")), qPrintable(notes->toPlainText()));
        QVERIFY(!warning->isVisible());
        const QJsonObject answers = form()->answers();

        // Submit and next (Ctrl+Return from the notes): the next open task opens.
        notes->setFocus();
        QTest::keySequence(notes, QKeySequence(Qt::CTRL | Qt::Key_Return));
        QTRY_VERIFY(currentTaskId() != taskId);
        QCOMPARE(stateOf(taskId), QStringLiteral("submitted"));
        const QString nextId = currentTaskId();
        QCOMPARE(nextId, queue->index(taskRow + 1 < 30 ? taskRow + 1 : 0, 0, batch).data().toString());
        QCOMPARE(form()->taskId(), nextId);
        QVERIFY(form()->answers().value(QStringLiteral("helpfulness")).isUndefined());

        // A draft of the next task survives a task switch.
        click(QStringLiteral("helpfulness_2"));
        QCOMPARE(stateOf(nextId), QStringLiteral("in progress"));
        QTest::keyClicks(formWidget<QPlainTextEdit>(QStringLiteral("notes")), QStringLiteral("half done"));
        queueView()->setCurrentIndex(first == taskIndex ? queue->index(1, 0, batch) : first);
        QVERIFY(currentTaskId() != nextId);
        queueView()->setCurrentIndex(queue->index(taskRow + 1 < 30 ? taskRow + 1 : 0, 0, batch));
        QCOMPARE(form()->taskId(), nextId);
        QVERIFY(formWidget<QAbstractButton>(QStringLiteral("helpfulness_2"))->isChecked());
        QCOMPARE(formWidget<QPlainTextEdit>(QStringLiteral("notes"))->toPlainText(),
                 QStringLiteral("half done"));
        // The submitted task shows as submitted and cannot be sent twice.
        queueView()->setCurrentIndex(taskIndex);
        QVERIFY(!form()->submitAction()->isEnabled());
        // It shows its answers read-only, the notes as they will be exported.
        QVERIFY(formWidget<QAbstractButton>(QStringLiteral("helpfulness_4"))->isChecked());
        QVERIFY(!formWidget<QAbstractButton>(QStringLiteral("helpfulness_4"))->isEnabled());
        QCOMPARE(formWidget<QPlainTextEdit>(QStringLiteral("notes"))->toPlainText(),
                 answers.value(QStringLiteral("notes")).toString());

        // Evening: exports through the File menu's code path. An unwritable
        // place is refused with the reason and logs nothing.
        veil::ui::ExportController* exports = m_window->exports();
        QVERIFY(find<QAction>(QStringLiteral("actionExportResults"))->isEnabled());
        QVERIFY(find<QAction>(QStringLiteral("actionExportAudit"))->isEnabled());
        const QString nowhere = m_dir->filePath(QStringLiteral("missing/dir/day.veilaudit"));
        auto refused = exports->exportAuditTo(nowhere);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("cannot write")), qPrintable(refused.error()));
        QVERIFY(!exports->exportResultsTo(m_dir->filePath(QStringLiteral("missing/dir/day.veilresults"))));

        const QString resultsPath = m_dir->filePath(QStringLiteral("day.veilresults"));
        const QString auditPath = m_dir->filePath(QStringLiteral("day.veilaudit"));
        auto results = exports->exportResultsTo(resultsPath);
        QVERIFY2(results, qPrintable(results.error()));
        auto audit = exports->exportAuditTo(auditPath);
        QVERIFY2(audit, qPrintable(audit.error()));
        QVERIFY(find<QLabel>(QStringLiteral("statusText"))
                    ->text()
                    .startsWith(QLatin1String("Audit log written")));

        // The results verify and hold exactly the submitted task, notes masked.
        veil::model::Profile* profile = m_session->profile();
        QFile resultsFile(resultsPath);
        QVERIFY(resultsFile.open(QIODevice::ReadOnly));
        auto verifiedResults
            = veil::model::ResultsFile::verify(resultsFile.readAll(), resultsPath, profile->trust(), m_now);
        QVERIFY2(verifiedResults, qPrintable(verifiedResults.error()));
        QCOMPARE(verifiedResults.value().results.size(), 1);
        const QJsonObject result = verifiedResults.value().results.at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("task")).toString(), taskId);
        QCOMPARE(result.value(QStringLiteral("answers")).toObject(), answers);
        QCOMPARE(answers.value(QStringLiteral("helpfulness")).toInt(), 4);
        QCOMPARE(answers.value(QStringLiteral("safety")).toString(), QStringLiteral("safe"));
        QCOMPARE(answers.value(QStringLiteral("issues")).toArray(), QJsonArray { QStringLiteral("tone") });

        // The audit export verifies against the organisation root and holds
        // exactly the day: the demo profile's creation and import, the two
        // reveal decisions, the submission and the two exports (results, then audit).
        auto exported = veil::model::AuditExport::read(auditPath);
        QVERIFY2(exported, qPrintable(exported.error()));
        const veil::model::AuditVerification verification = exported.value().check(profile->trust());
        QVERIFY2(
            verification.intact(),
            qPrintable(verification.findings.isEmpty() ? QString() : verification.findings.first().message));
        QStringList events;
        QList<veil::model::AuditRecord> records;
        for (const veil::model::AuditEntry& entry : exported.value().entries) {
            // A decoded export keeps each entry as its hashed bytes.
            auto parsed = veil::model::AuditChain::parseCanonical(entry.canonical);
            QVERIFY2(parsed, qPrintable(parsed.error()));
            records << parsed.value().record;
            events << veil::model::auditEventName(parsed.value().record.event);
        }
        QCOMPARE(events,
                 (QStringList { QStringLiteral("unlock"), QStringLiteral("batch_imported"),
                                QStringLiteral("reveal_denied"), QStringLiteral("reveal_granted"),
                                QStringLiteral("result_submitted"), QStringLiteral("export"),
                                QStringLiteral("export") }));
        const auto& denied = records[2];
        QCOMPARE(denied.taskId, taskId);
        QVERIFY(kForbidden.contains(denied.category));
        QCOMPARE(denied.justification, kDeniedReason);
        QCOMPARE(denied.decision, deniedText);
        const auto& granted = records[3];
        QCOMPARE(granted.taskId, taskId);
        QCOMPARE(granted.category, QStringLiteral("PHONE"));
        QCOMPARE(granted.reasonCode, QStringLiteral("verify_masking"));
        QCOMPARE(granted.justification, kGrantedReason);
        QCOMPARE(records[4].taskId, taskId);
        // The results export is on record with its batch; the refused ones are not.
        QCOMPARE(records[5].batchId, records[4].batchId);
        QVERIFY2(records[5].detail.startsWith(QLatin1String("results: 1 task(s)")),
                 qPrintable(records[5].detail));
        QVERIFY(records[6].batchId.isEmpty());
        QCOMPARE(verifiedResults.value().auditSequence, records.size() - 1);

        // Nothing revealed reaches an export.
        QFile auditFile(auditPath);
        QVERIFY(auditFile.open(QIODevice::ReadOnly));
        QVERIFY(!auditFile.readAll().contains(value.toUtf8()));
        resultsFile.seek(0);
        QVERIFY(!resultsFile.readAll().contains(QByteArrayLiteral("mei.tran@gmail.com")));

        // Lock (Ctrl+L): the open draft is saved first, and the window forgets the profile.
        queueView()->setCurrentIndex(queue->index(taskRow + 1 < 30 ? taskRow + 1 : 0, 0, batch));
        QTest::keyClicks(formWidget<QPlainTextEdit>(QStringLiteral("notes")), QStringLiteral(", more"));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(m_session->profile() == nullptr);
        QVERIFY(!find<QAction>(QStringLiteral("actionExportResults"))->isEnabled());
        QVERIFY(!form()->hasContent());
        QTest::mouseClick(find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_VERIFY(m_session->profile() != nullptr);
        auto draft = m_session->work()->draft(queue->index(0, 0).data().toString(), nextId);
        QVERIFY2(draft, qPrintable(draft.error()));
        QCOMPARE(draft.value().value(QStringLiteral("notes")).toString(), QStringLiteral("half done, more"));
    }

    /// docs/screenshots/queue-conversation.png: the demo's first task with
    /// its review form filled in, under Xvfb (QT_QPA_PLATFORM=xcb).
    void screenshotQueueConversation()
    {
        if (qEnvironmentVariableIsEmpty("VEIL_SCREENSHOT_DIR")) {
            QSKIP("set VEIL_SCREENSHOT_DIR to write the screenshot");
        }
        start();
        QTest::mouseClick(find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_VERIFY(m_session->profile() != nullptr);
        QTRY_COMPARE(form()->taskId(), QStringLiteral("demo-001"));
        click(QStringLiteral("helpfulness_4"));
        click(QStringLiteral("safety_0"));
        click(QStringLiteral("issues_4"));
        auto* notes = formWidget<QPlainTextEdit>(QStringLiteral("notes"));
        notes->setFocus();
        QTest::keyClicks(notes,
                         QStringLiteral("Clear, polite letter. The date format in the draft could be "
                                        "more formal."));
        conversation()->setFocus();
        QTest::keyClick(conversation(), Qt::Key_F8);
        screenshot(QStringLiteral("queue-conversation"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestReviewerDay)
#include "tst_reviewer_day.moc"
