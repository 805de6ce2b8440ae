// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// What a running session adds around the main window: the status bar's
// reveals left / time on task / lock countdown, the idle lock (which closes
// an open reveal dialog and returns to the start screen) and the Settings
// dialog (theme, font size, lock timeout), on real widgets offscreen.

#include "model/crypto/SecretBytes.h"
#include "model/keys/KeyFile.h"
#include "model/keys/WorkstationCertificate.h"
#include "model/profile/Profile.h"
#include "model/review/IdleTimer.h"
#include "model/review/Preferences.h"
#include "model/review/SessionController.h"
#include "ui/main/ConversationPane.h"
#include "ui/main/ConversationView.h"
#include "ui/main/EnrolmentController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SessionChrome.h"
#include "ui/main/WorkStatus.h"
#include "ui/reveal/RevealDialog.h"
#include "ui/settings/Appearance.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;
using veil::model::Preferences;
using veil::model::SessionController;
using veil::ui::MainWindow;

namespace {

struct Workstation {
    QTemporaryDir root;
    std::unique_ptr<SessionController> session;
    std::unique_ptr<MainWindow> window;

    Workstation()
    {
        veil::model::Profile::Options options;
        options.kdf = veil::model::KdfLimits { 1, 8 << 20 };
        session = std::make_unique<SessionController>(veil::model::ProfileLocator(root.path()), options);
        window = std::make_unique<MainWindow>(session.get());
        window->show();
    }
    ~Workstation() { window.reset(); }
    template<typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    [[nodiscard]] QString page() const
    {
        return find<QStackedWidget>(QStringLiteral("windowPages"))->currentWidget()->objectName();
    }
    /// The demo organisation, unlocked, with its first task open.
    bool openDemoTask()
    {
        QTest::mouseClick(find<QPushButton>(QStringLiteral("demoButton")), Qt::LeftButton);
        return QTest::qWaitFor([this] { return page() == QLatin1String("workspace"); })
            && QTest::qWaitFor([this] {
                   return window->conversationPane()->conversationView()->model()->rowCount() > 0;
               });
    }
};

}  // namespace

class TestSessionChrome : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("veil-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_session_chrome"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void statusBarShowsQuotaTimeAndLockCountdown()
    {
        Workstation ws;
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        auto* status = ws.window->sessionChrome()->workStatus();
        QVERIFY(!status->idleLabel()->isVisible());  // nothing to lock yet
        QVERIFY(ws.openDemoTask());
        QTRY_VERIFY(status->idleLabel()->isVisible());
        QVERIFY2(status->idleLabel()->text().startsWith(QLatin1String("Locks in 5:00"))
                     || status->idleLabel()->text().startsWith(QLatin1String("Locks in 4:5")),
                 qPrintable(status->idleLabel()->text()));
        QVERIFY(status->timeLabel()->isVisible());
        QVERIFY(status->timeLabel()->text().startsWith(QLatin1String("On task 0:0")));
        // The demo policy's quotas, counted from the audit log.
        QTRY_VERIFY(status->quotaLabel()->isVisible());
        QVERIFY2(status->quotaLabel()->text().contains(
                     QRegularExpression(QStringLiteral("^Reveals left: \\d+ task · \\d+ today$"))),
                 qPrintable(status->quotaLabel()->text()));
    }

    /// No input for the lock timeout: the reveal dialog left open closes and
    /// the session ends on the start screen, nothing of it left in the window.
    void idleLockClosesTheRevealDialogAndLocks()
    {
        Workstation ws;
        QVERIFY(ws.openDemoTask());
        auto* view = ws.window->conversationPane()->conversationView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F8);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(ws.window->conversationPane()->revealDialog() != nullptr);
        QPointer<veil::ui::RevealDialog> dialog = ws.window->conversationPane()->revealDialog();
        QVERIFY(dialog->isVisible());

        ws.window->sessionChrome()->setIdleTimeout(400ms);
        QTRY_VERIFY_WITH_TIMEOUT(ws.page() != QLatin1String("workspace"), 5000);
        QCOMPARE(ws.session->stage() == SessionController::Stage::Unlocked, false);
        const auto closed = [&dialog] {
            const veil::ui::RevealDialog* shown = dialog.data();
            return shown == nullptr || !shown->isVisible();
        };
        QTRY_VERIFY(closed());
        QCOMPARE(ws.window->conversationPane()->conversationView()->model()->rowCount(), 0);
        QVERIFY(!ws.window->sessionChrome()->workStatus()->timeLabel()->isVisible());
    }

    void activityKeepsTheSessionOpen()
    {
        Workstation ws;
        QVERIFY(ws.openDemoTask());
        ws.window->sessionChrome()->setIdleTimeout(700ms);
        auto* view = ws.window->conversationPane()->conversationView();
        for (int i = 0; i < 8; ++i) {  // 1.6 s, never 700 ms idle
            QTest::qWait(200);
            QTest::mouseMove(view->viewport(), QPoint(20 + i, 40));
        }
        QCOMPARE(ws.page(), QStringLiteral("workspace"));
        QTRY_VERIFY_WITH_TIMEOUT(ws.page() != QLatin1String("workspace"), 5000);
    }

    void settingsApplyAndPersist()
    {
        Workstation ws;
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        auto* action = ws.find<QAction>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QVERIFY(ws.window->shortcutActions().contains(action));
        bool seen = false;
        QTimer::singleShot(0, ws.window.get(), [&seen] {
            auto* dialog = qobject_cast<veil::ui::SettingsDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            dialog->findChild<QSpinBox*>(QStringLiteral("settingsFontSize"))->setValue(14);
            auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("settingsTheme"));
            theme->setCurrentIndex(theme->findData(static_cast<int>(Preferences::Theme::Dark)));
            dialog->findChild<QSpinBox*>(QStringLiteral("settingsLockMinutes"))->setValue(12);
            dialog->accept();
        });
        action->trigger();
        QVERIFY(seen);
        QCOMPARE(QApplication::font().pointSize(), 14);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(ws.window->sessionChrome()->idleTimer()->timeout(), 12min);
        const Preferences saved = Preferences::load(QSettings());
        QCOMPARE(saved.fontPoints, 14);
        QCOMPARE(saved.theme, Preferences::Theme::Dark);
        QCOMPARE(saved.lockMinutes, 12);

        // Back to the system's look.
        ws.window->sessionChrome()->setPreferences(Preferences {});
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    /// A new profile is not enrolled: the window says so, File exports the
    /// enrolment request, and installing the organisation's certificate
    /// (here issued with the demo root) enrols it; a bad file is refused
    /// with its name and changes nothing.
    void enrolmentFromTheFileMenu()
    {
        Workstation ws;
        QVERIFY(QTest::qWaitForWindowExposed(ws.window.get()));
        auto created = ws.session->createProfile(
            QStringLiteral("dana"), QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys/root.pub"),
            veil::model::SecretBytes::copyOf("orchard violet kettle 58 umbrella"));
        QVERIFY2(created, qPrintable(created.error()));
        QTRY_COMPARE(ws.page(), QStringLiteral("workspace"));
        auto* chrome = ws.window->sessionChrome();
        auto* notice = chrome->workStatus()->noticeLabel();
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().startsWith(QLatin1String("Not enrolled yet")));
        auto* request = ws.find<QAction>(QStringLiteral("actionExportEnrolmentRequest"));
        auto* install = ws.find<QAction>(QStringLiteral("actionInstallCertificate"));
        QVERIFY(request && request->isEnabled() && install && install->isEnabled());

        QTemporaryDir files;
        const QString requestPath = files.filePath(QStringLiteral("dana.veilrequest"));
        auto written = chrome->enrolment()->writeRequestTo(requestPath);
        QVERIFY2(written, qPrintable(written.error()));

        // The organisation's side (veilctl org certify).
        QFile requestFile(requestPath);
        QVERIFY(requestFile.open(QIODevice::ReadOnly));
        auto parsed = veil::model::EnrolmentRequest::decode(requestFile.readAll(), requestPath);
        QVERIFY2(parsed, qPrintable(parsed.error()));
        auto root = veil::model::KeyFile::readSecret(
            QStringLiteral(VEIL_SOURCE_DIR "/resources/demo/keys/root.key"),
            veil::model::SecretBytes::copyOf("demo"));
        QVERIFY2(root, qPrintable(root.error()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto certificate = veil::model::WorkstationCertificate::issue(
            parsed.value(), veil::model::ReviewerRole::Reviewer, root.value(), now, now.addDays(30));
        QVERIFY2(certificate, qPrintable(certificate.error()));

        const QString bad = files.filePath(QStringLiteral("garbage.veilcert"));
        QFile garbage(bad);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a certificate");
        garbage.close();
        auto refused = chrome->enrolment()->installCertificateFrom(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("garbage.veilcert")), qPrintable(refused.error()));
        QVERIFY(notice->isVisible());

        const QString certPath = files.filePath(QStringLiteral("dana.veilcert"));
        QFile certFile(certPath);
        QVERIFY(certFile.open(QIODevice::WriteOnly));
        certFile.write(certificate.value().encode());
        certFile.close();
        auto installed = chrome->enrolment()->installCertificateFrom(certPath);
        QVERIFY2(installed, qPrintable(installed.error()));
        QCOMPARE(ws.session->profile()->role(), QStringLiteral("reviewer"));
        QVERIFY(!notice->isVisible());
    }

    /// Last: the German translation stays installed for the process.
    void germanTranslationLoads()
    {
        Preferences german;
        german.language = QStringLiteral("de");
        QCOMPARE(veil::ui::Appearance::installTranslation(german), QStringLiteral("de"));
        Workstation ws;
        auto* file = ws.window->findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&Datei"));
        QCOMPARE(ws.find<QAction>(QStringLiteral("actionSettings"))->text(),
                 QStringLiteral("&Einstellungen…"));
    }
};

QTEST_MAIN(TestSessionChrome)
#include "tst_session_chrome.moc"
