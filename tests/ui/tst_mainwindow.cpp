// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/about/AppInfo.h"
#include "model/demo/DemoOrganisation.h"
#include "model/review/ConversationModel.h"
#include "model/review/TaskListModel.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/MainWindow.h"
#include "ui/main/QueuePane.h"
#include "ui/main/ReviewFormPane.h"

#include <QAction>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using veil::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    /// Polls for the modal dialog named `name`; once it is up, runs `check` on
    /// it and closes it. Gives up (leaving *seen false) after five seconds.
    static void onModal(const QString& name, std::function<void(QDialog*)> check, bool* seen)
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

private slots:
    void showsThreePanesWithSensibleSizes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        QCOMPARE(splitter->widget(0)->objectName(), QStringLiteral("queuePane"));
        QCOMPARE(splitter->widget(1)->objectName(), QStringLiteral("conversationPane"));
        QCOMPARE(splitter->widget(2)->objectName(), QStringLiteral("reviewFormPane"));
        const QList<int> sizes = splitter->sizes();
        for (int size : sizes) {
            QVERIFY2(size >= 200, "every pane is wide enough to be usable");
        }
        QVERIFY2(sizes[1] > sizes[0] && sizes[1] > sizes[2], "the conversation gets most room");
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(!window.queuePane()->emptyText().isEmpty());

        // Text is drawn with a real font (the set-up script installs DejaVu).
        QVERIFY(QFontMetrics(window.font()).inFont(QLatin1Char('H')));
    }

    void helpAboutViaKeyboardShowsVersionAndLicences()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();

        bool seen = false;
        onModal(
            QStringLiteral("aboutDialog"),
            [](QDialog* dialog) {
                auto* title = dialog->findChild<QLabel*>(QStringLiteral("aboutTitle"));
                QVERIFY(title);
                QVERIFY(title->text().contains(veil::model::AppInfo::version()));
                auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("aboutComponents"));
                QVERIFY(table);
                QStringList libraries;
                for (int row = 0; row < table->rowCount(); ++row) {
                    libraries << table->item(row, 0)->text();
                    QVERIFY(!table->item(row, 2)->text().isEmpty());
                }
                QVERIFY(libraries.contains(QStringLiteral("libsodium")));
                QVERIFY(libraries.contains(QStringLiteral("Qt")));
            },
            &seen);

        // Drive the menu as a user would: Alt+H opens Help, then pick "About Veil".
        auto* help = window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        auto* about = window.findChild<QAction*>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        QTimer::singleShot(0, help, [help, about]() {
            help->setActiveAction(about);
            QTest::keyClick(help, Qt::Key_Return);
        });
        window.menuBar()->setActiveAction(help->menuAction());
        QTRY_VERIFY(seen);
    }

    void viewMenuTogglesPanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* toggle = window.findChild<QAction*>(QStringLiteral("actionShowQueue"));
        QVERIFY(toggle);
        QVERIFY(window.queuePane()->isVisible());
        QTest::keySequence(&window, toggle->shortcut());
        QVERIFY(!window.queuePane()->isVisible());
        QTest::keySequence(&window, toggle->shortcut());
        QVERIFY(window.queuePane()->isVisible());
    }

    void demoBatchShowsBannerQueueAndMaskedConversation()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("demoBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        auto batch = veil::model::DemoOrganisation::openBatch();
        QVERIFY2(batch, qPrintable(batch.error()));
        window.showBatch(std::move(batch).value());
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1String("Demo organisation")));

        auto* queue = window.findChild<QTreeView*>(QStringLiteral("queueView"));
        QVERIFY(queue && queue->isVisible());
        QCOMPARE(queue->model()->rowCount(), 30);
        auto* conversation = window.findChild<QListView*>(QStringLiteral("conversationView"));
        QVERIFY2(conversation && conversation->isVisible(),
                 qPrintable(window.findChild<QLabel*>(QStringLiteral("statusText"))->text()
                            + QStringLiteral(" current=%1 hasContent=%2")
                                  .arg(queue->currentIndex().row())
                                  .arg(window.conversationPane()->hasContent())));
        QTRY_VERIFY(conversation->model()->rowCount() > 0);
        const QString firstTask = window.conversationModel()->task().id;
        QCOMPARE(firstTask, QStringLiteral("demo-001"));

        // Keyboard: Down in the queue opens the next task.
        queue->setFocus();
        QTest::keyClick(queue, Qt::Key_Down);
        QTRY_COMPARE(window.conversationModel()->task().id, QStringLiteral("demo-002"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusText"))
                    ->text()
                    .contains(QLatin1String("30 tasks")));

        // The conversation is drawn (layout is delayed): bubbles and text, not a blank view.
        const auto colourCount = [conversation]() {
            const QImage shot = conversation->grab().toImage();
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height(); y += 2) {
                for (int x = 0; x < shot.width(); x += 2) {
                    colours.insert(shot.pixel(x, y));
                }
            }
            return colours.size();
        };
        QTRY_VERIFY2(colourCount() > 8, "conversation view draws bubbles and text");
    }

    void shortcutsDialogListsEveryShortcut()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool seen = false;
        const int expected = static_cast<int>(window.shortcutActions().size());
        QVERIFY(expected >= 4);
        onModal(
            QStringLiteral("shortcutsDialog"),
            [expected](QDialog* dialog) {
                auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
                QVERIFY(table);
                QCOMPARE(table->rowCount(), expected);
            },
            &seen);
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(seen);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
