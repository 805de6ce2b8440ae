// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veil: the reviewer's desktop application. Parses arguments, hardens the
// process, builds the main window. No behaviour lives here.

#include "model/about/AppInfo.h"
#include "model/platform/CaptureProtection.h"
#include "model/platform/DisplayEnvironment.h"
#include "model/platform/ProcessHardening.h"
#include "model/review/Preferences.h"
#include "model/review/SessionController.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/Appearance.h"
#include "ui/start/StartScreen.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace veil;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(model::AppInfo::productName());
    QCoreApplication::setApplicationVersion(model::AppInfo::version());
    QCoreApplication::setOrganizationName(model::AppInfo::organisationName());
}

struct Launch {
    bool demo = false;
    bool quitWhenShown = false;  ///< smoke tests and the start-up benchmark
    QStringList batches;  ///< .veilbatch files to import once unlocked
    QStringList notOpened;  ///< .veilaudit/.veilresults files: explained, not opened
};

enum class Next { RunGui, Exit };

QString notOpenedReason()
{
    return QCoreApplication::translate("veil",
                                       "Veil's reviewer window opens only .veilbatch files. Check an audit "
                                       "export with 'veilctl audit verify FILE.veilaudit --trust ROOT.pub' "
                                       "or 'veilctl audit report'; results files are read by your "
                                       "organisation's tools.");
}

/// Parses the command line with a QCoreApplication so that --help and
/// --version work without a display.
Next parseArguments(int argc, char* argv[], int& exitCode, Launch& launch)
{
    QCoreApplication parsingApp(argc, argv);
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "veil", "Veil: review chatbot conversations with personal data kept masked."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("veil",
                                                              "Open the demo organisation's profile with its "
                                                              "batch (synthetic data, public demo keys); "
                                                              "created on first use, kept between runs."));
    parser.addOption(demo);
    const QCommandLineOption quitWhenShown(
        QStringLiteral("quit-when-shown"),
        QCoreApplication::translate("veil",
                                    "Quit as soon as the window has been painted, printing its "
                                    "title (smoke tests, start-up time)."));
    parser.addOption(quitWhenShown);
    parser.addPositionalArgument(
        QStringLiteral("batch"),
        QCoreApplication::translate("veil", "A .veilbatch file to import once the profile is unlocked."),
        QStringLiteral("[FILE.veilbatch…]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(parser.errorText()));
        exitCode = 2;
        return Next::Exit;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = 0;
        return Next::Exit;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s\n", qPrintable(model::AppInfo::versionLine()));
        exitCode = 0;
        return Next::Exit;
    }
    for (const QString& path : parser.positionalArguments()) {
        // The desktop file and the installers associate all three types
        // with Veil; only batches are opened by the reviewer's window.
        if (path.endsWith(QLatin1String(".veilaudit"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".veilresults"), Qt::CaseInsensitive)) {
            launch.notOpened.append(QFileInfo(path).absoluteFilePath());
            continue;
        }
        if (!path.endsWith(QLatin1String(".veilbatch"), Qt::CaseInsensitive)) {
            std::fprintf(stderr, "veil: '%s' is not a .veilbatch file (see veil --help)\n", qPrintable(path));
            exitCode = 2;
            return Next::Exit;
        }
        launch.batches.append(QFileInfo(path).absoluteFilePath());
    }
    launch.demo = parser.isSet(demo);
    launch.quitWhenShown = parser.isSet(quitWhenShown);
    return Next::RunGui;
}

}  // namespace

int main(int argc, char* argv[])
{
    model::ProcessHardening::apply();

    int exitCode = 0;
    Launch launch;
    if (parseArguments(argc, argv, exitCode, launch) == Next::Exit) {
        return exitCode;
    }
    const QString displayProblem
        = model::DisplayEnvironment::problem(QProcessEnvironment::systemEnvironment());
    if (!displayProblem.isEmpty()) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(displayProblem));
        return 1;
    }
    for (const QString& path : launch.notOpened) {
        std::fprintf(stderr, "veil: %s: %s\n", qPrintable(path), qPrintable(notOpenedReason()));
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(model::AppInfo::applicationId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/veil/icons/veil-256.png")));
    // Windows and macOS: no window of Veil appears in screen captures. Linux
    // has no such facility, and nothing needs saying there.
    model::CaptureProtection::protectEveryWindow(app);
    // The reviewer's language, theme and font size, before any window exists.
    const model::Preferences preferences = model::Preferences::load(QSettings());
    ui::Appearance::installTranslation(preferences);
    ui::Appearance::apply(preferences);

    // Product defaults (moderate Argon2id); only tests construct faster ones.
    model::SessionController session(model::ProfileLocator::standard(), model::Profile::Options {});
    auto window = std::make_unique<ui::MainWindow>(&session);
    // Never larger than the screen: at 150 % a 1920×1080 display offers only
    // 1280×720 logical pixels, less its panels.
    window->resize(window->size().boundedTo(window->screen()->availableSize()));
    window->show();
    if (launch.quitWhenShown) {
        // The zero timer runs once the show, expose and first paint queued
        // by show() are handled; grab() renders the window as shown.
        QTimer::singleShot(0, window.get(), [&window] {
            const bool painted = !window->grab().isNull();
            std::printf("veil: window shown: %s\n", qPrintable(window->windowTitle()));
            QCoreApplication::exit(painted ? 0 : 1);
        });
    }
    window->importBatches(launch.batches);
    if (!launch.notOpened.isEmpty()) {
        QTimer::singleShot(0, window.get(), [&window, &launch] {
            QMessageBox::information(window.get(), model::AppInfo::productName(),
                                     launch.notOpened.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                         + notOpenedReason());
        });
    }
    if (launch.demo) {
        // After the first paint; a failure is shown on the start screen.
        QTimer::singleShot(0, window->startScreen(), &ui::StartScreen::startDemo);
    }
    const int status = QApplication::exec();
    window.reset();  // before the session it shows
    return status;
}
