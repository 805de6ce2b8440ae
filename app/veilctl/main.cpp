// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl: dispatches `veilctl <subcommand> [options]` to app/veilctl/*Command.cpp.

#include "Subcommand.h"

#include "model/about/AppInfo.h"
#include "model/platform/ProcessHardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace veil;

namespace {

QString subcommandList()
{
    QString text;
    for (const auto& command : cli::subcommands()) {
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.summary);
    }
    return text;
}

QString subcommandNames()
{
    QStringList names;
    for (const auto& command : cli::subcommands()) {
        names << command.name;
    }
    return names.join(QStringLiteral(", "));
}

}  // namespace

int main(int argc, char* argv[])
{
    model::ProcessHardening::apply();
    // `audit report` draws a PDF: fonts need a GUI application, offscreen.
    const bool drawsPdf = argc > 2 && qstrcmp(argv[1], "audit") == 0 && qstrcmp(argv[2], "report") == 0;
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application = drawsPdf ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("veilctl"));
    QCoreApplication::setApplicationVersion(model::AppInfo::version());
    QCoreApplication::setOrganizationName(model::AppInfo::organisationName());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("veilctl", "Veil command-line tool.\n\nSubcommands:\n") + subcommandList()
        + QCoreApplication::translate("veilctl", "\nRun 'veilctl <subcommand> --help' for its options."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 QCoreApplication::translate("veilctl", "One of: %1").arg(subcommandNames()),
                                 QStringLiteral("<subcommand> [options]"));
    // Everything after the subcommand name belongs to the subcommand's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(QCoreApplication::arguments())) {
        cli::printError(parser.errorText());
        return cli::kExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        cli::printOut(model::AppInfo::versionLine() + QLatin1Char('\n'));
        return cli::kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        cli::printOut(parser.helpText());
        return positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? cli::kExitUsage : cli::kExitOk;
    }

    const QString name = positional.first();
    for (const auto& command : cli::subcommands()) {
        if (command.name == name) {
            QStringList arguments = positional.mid(1);
            arguments.prepend(QStringLiteral("veilctl %1").arg(name));
            return command.run(arguments);
        }
    }
    cli::printError(QCoreApplication::translate("veilctl", "unknown subcommand '%1'; valid subcommands: %2")
                        .arg(name, subcommandNames()));
    return cli::kExitUsage;
}
