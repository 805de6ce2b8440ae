// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// The start screen and the session through real widgets: create a profile,
// wrong passphrase (inline message, countdown, disabled button), unlock,
// import (command line, refusal with the verifier's reason), queue, lock,
// and the demo organisation.
#include "model/demo/DemoOrganisation.h"
#include "model/profile/Profile.h"
#include "model/review/ConversationModel.h"
#include "model/review/QueueModel.h"
#include "model/review/SessionController.h"
#include "ui/main/MainWindow.h"
#include "ui/start/StartScreen.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using veil::model::SessionController;
using veil::ui::MainWindow;

namespace {

const QString kPassphrase = QStringLiteral("orbit velvet canyon drizzle 42");

QString demoRootKey()
{
    return QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys/root.pub");
}

/// A session in a temporary profile root with the fast KDF and a clock the
/// test advances (the unlock delay is measured on it), and its window.
struct Workstation {
    QTemporaryDir root;
    QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;

    veil::model::Profile::Options options()
    {
        veil::model::Profile::Options options;
        options.kdf = veil::model::KdfLimits { 1, 8 << 20 };
        options.clock = [this]() { return now; };
        return options;
    }
    void start()
    {
        session = std::make_unique<SessionController>(veil::model::ProfileLocator(root.path()), options());
        window = std::make_unique<MainWindow>(session.get());
        window->show();
    }
    template<typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    [[nodiscard]] bool showsWorkspace() const
    {
        return find<QStackedWidget>(QStringLiteral("windowPages"))->currentWidget()->objectName()
            == QLatin1String("workspace");
    }
    [[nodiscard]] bool showsPage(const QString& name) const
    {
        auto* page = find<QWidget>(name);
        return page != nullptr && page->isVisible();
    }
};

/// With VEIL_SCREENSHOT_DIR set, saves the window as NAME.png there
/// (docs/screenshots/ is made this way).
void screenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("VEIL_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Polls for a modal dialog named `name`, hands it to `check`, closes it.
void onModal(const QString& name, std::function<void(QDialog*)> check, bool* seen)
{
    auto* timer = new QTimer(qApp);
    auto deadline = std::make_shared<QDeadlineTimer>(5000);
    QObject::connect(timer, &QTimer::timeout, timer, [=]() {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog != nullptr && dialog->objectName() == name) {
            *seen = true;
            check(dialog);
            dialog->reject();
            timer->deleteLater();
        } else if (deadline->hasExpired()) {
            if (dialog != nullptr) {
                dialog->reject();
            }
            timer->deleteLater();
        }
    });
    timer->start(20);
}

}  // namespace

class TestStart : public QObject {
    Q_OBJECT

private slots:
    void firstRunCreatesProfileThroughTheForm()
    {
        Workstation ws;
        QVERIFY(ws.root.isValid());
        ws.start();
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        QVERIFY(ws.showsPage(QStringLiteral("createProfilePage")));
        QVERIFY(!ws.showsWorkspace());

        auto* create = ws.find<QPushButton>(QStringLiteral("createButton"));
        auto* advice = ws.find<QLabel>(QStringLiteral("strengthAdvice"));
        auto* meter = ws.find<QProgressBar>(QStringLiteral("strengthMeter"));
        auto* passphrase = ws.find<QLineEdit>(QStringLiteral("passphraseEdit"));
        auto* confirm = ws.find<QLineEdit>(QStringLiteral("confirmEdit"));
        QVERIFY(create && advice && meter && passphrase && confirm);
        QVERIFY(!create->isEnabled());

        QTest::keyClicks(ws.find<QLineEdit>(QStringLiteral("reviewerIdEdit")), QStringLiteral("alice"));
        QTest::keyClicks(ws.find<QLineEdit>(QStringLiteral("rootKeyEdit")), demoRootKey());
        // A weak passphrase: the meter stays low, the advice says why, no button.
        QTest::keyClicks(passphrase, QStringLiteral("password1"));
        QTest::keyClicks(confirm, QStringLiteral("password1"));
        QVERIFY(!create->isEnabled());
        QVERIFY2(advice->text().startsWith(QLatin1String("Too easy")), qPrintable(advice->text()));
        QVERIFY(meter->value() < 50);

        // Strong but not repeated identically: still no button.
        typeInto(passphrase, kPassphrase);
        typeInto(confirm, kPassphrase + QLatin1Char('x'));
        QVERIFY(meter->value() >= 50);
        QVERIFY(!create->isEnabled());
        QVERIFY(advice->text().contains(QLatin1String("differ")));

        typeInto(confirm, kPassphrase);
        QVERIFY(create->isEnabled());
        screenshot(ws.window.get(), QStringLiteral("create-profile"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(ws.showsWorkspace());
        QVERIFY(ws.window->windowTitle().contains(QLatin1String("alice")));
        QVERIFY(
            QFileInfo::exists(veil::model::Profile::vaultPath(ws.root.filePath(QStringLiteral("alice")))));
        QVERIFY(passphrase->text().isEmpty() && confirm->text().isEmpty());
        QVERIFY(ws.find<QAction>(QStringLiteral("actionLock"))->isEnabled());
    }

    void wrongPassphraseWaitsThenUnlocksAndImportsFromTheCommandLine()
    {
        Workstation ws;
        // A demo-enrolled profile of "dana" without batches, locked: a later run.
        {
            auto created = veil::model::DemoOrganisation::createProfile(
                ws.root.filePath(QStringLiteral("dana")), QStringLiteral("dana"),
                veil::model::SecretBytes::copyOf(kPassphrase.toUtf8()), ws.options());
            QVERIFY2(created, qPrintable(created.error()));
            created.value()->lock();
        }
        ws.start();
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        QVERIFY(ws.showsPage(QStringLiteral("unlockPage")));
        QVERIFY(ws.find<QLabel>(QStringLiteral("unlockReviewer"))->text().contains(QLatin1String("dana")));
        // `veil FILE.veilbatch`: the file waits for the unlock.
        ws.window->importBatches({ veil::model::DemoOrganisation::batchPath() });

        auto* edit = ws.find<QLineEdit>(QStringLiteral("unlockPassphraseEdit"));
        auto* unlock = ws.find<QPushButton>(QStringLiteral("unlockButton"));
        auto* error = ws.find<QLabel>(QStringLiteral("unlockError"));
        auto* countdown = ws.find<QLabel>(QStringLiteral("unlockCountdown"));
        QVERIFY(!unlock->isEnabled());
        QTest::keyClicks(edit, QStringLiteral("not my passphrase"));
        QVERIFY(unlock->isEnabled());
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("wrong passphrase"), Qt::CaseInsensitive),
                 qPrintable(error->text()));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(countdown->isVisible());
        QVERIFY(countdown->text().contains(QLatin1String("1 s")));
        QTest::keyClicks(edit, kPassphrase);
        QVERIFY2(!unlock->isEnabled(), "no attempt before the delay is over");
        screenshot(ws.window.get(), QStringLiteral("unlock"));
        QVERIFY(ws.showsPage(QStringLiteral("unlockPage")));

        ws.now = ws.now.addSecs(2);
        QTRY_VERIFY(unlock->isEnabled());
        QVERIFY(!countdown->isVisible());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(ws.showsWorkspace());

        // The pending command-line batch was imported: one batch, its tasks, all new.
        veil::model::QueueModel* queue = ws.window->queueModel();
        QAbstractItemModelTester tester(queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(queue->rowCount(), 1);
        const QModelIndex batch = queue->index(0, 0);
        QCOMPARE(queue->rowCount(batch), 30);
        QCOMPARE(queue->index(0, 0, batch).data().toString(), QStringLiteral("demo-001"));
        QCOMPARE(queue->index(0, 1, batch).data().toString(), QStringLiteral("new"));
        QVERIFY(queue->index(0, 1).data().toString().startsWith(QLatin1String("0 of 30 done")));
        auto* view = ws.find<QTreeView>(QStringLiteral("queueView"));
        QVERIFY(view->isVisible());
        QCOMPARE(view->currentIndex().data(veil::model::QueueModel::TaskIdRole).toString(),
                 QStringLiteral("demo-001"));
        QCOMPARE(ws.window->currentBatchId(), queue->index(0, 0).data().toString());
        QVERIFY(ws.window->revealService() != nullptr);
        QTRY_VERIFY(ws.window->conversationModel()->rowCount() > 0);

        // File → Lock (Ctrl+L) returns to the unlock screen and forgets the queue.
        QTest::keySequence(ws.window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(ws.showsPage(QStringLiteral("unlockPage")));
        QCOMPARE(queue->rowCount(), 0);
        QVERIFY(ws.window->profile() == nullptr);
        QVERIFY(ws.window->revealService() == nullptr);
        QVERIFY(!ws.find<QAction>(QStringLiteral("actionImportBatch"))->isEnabled());
    }

    void refusedBatchShowsTheVerifiersReason()
    {
        Workstation ws;
        ws.start();
        QVERIFY(ws.session->createProfile(QStringLiteral("erin"), demoRootKey(),
                                          veil::model::SecretBytes::copyOf(kPassphrase.toUtf8())));
        QTRY_VERIFY(ws.showsWorkspace());
        // Erin's own workstation key is not the one the demo batch is sealed to.
        bool seen = false;
        QString reason;
        onModal(
            QStringLiteral("batchRefusedMessage"),
            [&reason](QDialog* dialog) { reason = qobject_cast<QMessageBox*>(dialog)->informativeText(); },
            &seen);
        ws.window->importBatches({ veil::model::DemoOrganisation::batchPath() });
        QTRY_VERIFY(seen);
        QVERIFY2(reason.contains(QLatin1String("workstation"), Qt::CaseInsensitive)
                     || reason.contains(QLatin1String("recipient"), Qt::CaseInsensitive),
                 qPrintable(reason));
        QCOMPARE(ws.window->queueModel()->rowCount(), 0);
    }

    void demoButtonOpensTheDemoAndLockReturnsToStart()
    {
        Workstation ws;
        ws.start();
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        QTest::mouseClick(ws.find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_VERIFY(ws.showsWorkspace());
        QVERIFY(ws.session->isDemo());
        QVERIFY(ws.find<QLabel>(QStringLiteral("demoBanner"))->isVisible());
        QCOMPARE(ws.window->queueModel()->rowCount(), 1);
        QCOMPARE(ws.window->queueModel()->rowCount(ws.window->queueModel()->index(0, 0)), 30);

        // The demo is not a reviewer's profile: locking it goes back to "create".
        ws.find<QAction>(QStringLiteral("actionLock"))->trigger();
        QTRY_VERIFY(ws.showsPage(QStringLiteral("createProfilePage")));
        // Trying it again unlocks the same demo profile, batch and all.
        QTest::mouseClick(ws.find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_VERIFY(ws.showsWorkspace());
        QCOMPARE(ws.window->queueModel()->rowCount(), 1);
    }

    /// A larger font (the Settings font size) enlarges the page title with
    /// the text and widens the card, so that its rows keep what they need.
    void startCardFollowsTheFontSize()
    {
        Workstation ws;
        ws.start();
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        auto* title = ws.find<QLabel>(QStringLiteral("createTitle"));
        auto* card = ws.find<QWidget>(QStringLiteral("startCard"));
        const QFont original = QApplication::font();
        const int width = card->width();
        QFont large = original;
        large.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(large);
        QTRY_COMPARE(title->font().pointSizeF(), large.pointSizeF() * 1.5);
        QTRY_VERIFY(card->width() > width);
        QVERIFY(card->width() >= card->minimumSizeHint().width());
        for (auto* button : card->findChildren<QPushButton*>()) {
            if (button->isVisible()) {
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
        }
        QApplication::setFont(original);
        QTRY_COMPARE(title->font().pointSizeF(), original.pointSizeF() * 1.5);
    }
};

QTEST_MAIN(TestStart)
#include "tst_start.moc"
