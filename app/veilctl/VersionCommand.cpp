// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "Subcommand.h"

#include "model/about/AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace veil::cli {

int runVersion(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("veilctl", "Print versions of Veil and its libraries."));
    parser.addHelpOption();
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("veilctl", "version takes no arguments"));
        return kExitUsage;
    }
    QString text = model::AppInfo::versionLine() + QLatin1Char('\n');
    for (const auto& component : model::AppInfo::components()) {
        text += QStringLiteral("  %1 %2 (%3)\n").arg(component.name, component.version, component.licence);
    }
    printOut(text);
    return kExitOk;
}

}  // namespace veil::cli
