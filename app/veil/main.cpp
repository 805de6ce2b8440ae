// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veil: the reviewer's desktop application. Parses arguments, hardens the
// process, builds the main window. No behaviour lives here.

#include "model/about/AppInfo.h"
#include "model/demo/DemoOrganisation.h"
#include "model/platform/DisplayEnvironment.h"
#include "model/platform/ProcessHardening.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>

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
};

enum class Next { RunGui, Exit };

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
                                                              "Open the bundled demo batch (synthetic data, "
                                                              "demo organisation keys)."));
    parser.addOption(demo);
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
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "veil: unexpected argument '%s' (see veil --help)\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        exitCode = 2;
        return Next::Exit;
    }
    launch.demo = parser.isSet(demo);
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

    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(model::AppInfo::applicationId());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/veil/icons/veil-256.png")));

    auto window = std::make_unique<ui::MainWindow>();
    window->show();
    if (launch.demo) {
        auto demo = model::DemoOrganisation::openBatch();
        if (demo) {
            window->showBatch(std::move(demo).value());
        } else {
            QMessageBox::warning(
                window.get(), QCoreApplication::translate("veil", "Demo batch"),
                QCoreApplication::translate("veil", "The demo batch could not be opened:\n%1")
                    .arg(demo.error()));
        }
    }
    return QApplication::exec();
}
