// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "Subcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace veil::cli {

const QList<Subcommand>& subcommands()
{
    static const QList<Subcommand> table = {
        { QStringLiteral("version"),
          QCoreApplication::translate("veilctl", "Print versions of Veil and its libraries"), &runVersion },
        { QStringLiteral("scan"),
          QCoreApplication::translate("veilctl", "Detect personal data in JSONL text (spans or masked text)"),
          &runScan },
        { QStringLiteral("org"),
          QCoreApplication::translate("veilctl",
                                      "Organisation root key and enrolment (org init, org certify)"),
          &runOrg },
        { QStringLiteral("issuer"),
          QCoreApplication::translate("veilctl", "Batch issuer keys (issuer create)"), &runIssuer },
        { QStringLiteral("keys"),
          QCoreApplication::translate("veilctl", "Workstation keys (keys generate, keys show)"), &runKeys },
        { QStringLiteral("batch"),
          QCoreApplication::translate("veilctl", "Task batches (batch build, batch verify, batch inspect)"),
          &runBatch },
        { QStringLiteral("audit"),
          QCoreApplication::translate("veilctl", "Workstation audit exports (audit verify)"), &runAudit },
        { QStringLiteral("profile"),
          QCoreApplication::translate("veilctl",
                                      "Workstation profiles (profile create, request, enrol, wipe)"),
          &runProfile },
        { QStringLiteral("selftest"),
          QCoreApplication::translate("veilctl", "Self-tests through the model API (selftest session)"),
          &runSelftest },
    };
    return table;
}

bool parseOrExit(QCommandLineParser& parser, const QStringList& arguments, int& exitCode)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        exitCode = kExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the executable's path; show "veilctl <subcommand>" instead.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
        printOut(help);
        exitCode = kExitOk;
        return false;
    }
    return true;
}

int dispatchGroup(const QStringList& arguments, const QList<Subcommand>& actions)
{
    const QString group = arguments.value(0);
    QStringList names;
    QString listing;
    for (const Subcommand& action : actions) {
        names << action.name;
        listing += QStringLiteral("  %1  %2\n").arg(action.name.leftJustified(10), action.summary);
    }
    const QString action = arguments.value(1);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(QStringLiteral("Usage: %1 <action> [options]\n\nActions:\n%2").arg(group, listing));
        return kExitOk;
    }
    for (const Subcommand& candidate : actions) {
        if (candidate.name == action) {
            QStringList rest = arguments.mid(2);
            rest.prepend(group + QLatin1Char(' ') + action);
            return candidate.run(rest);
        }
    }
    printError(action.isEmpty()
                   ? QCoreApplication::translate("veilctl", "%1 needs an action: %2")
                         .arg(group, names.join(QStringLiteral(", ")))
                   : QCoreApplication::translate("veilctl", "unknown action '%1' for %2; valid actions: %3")
                         .arg(action, group, names.join(QStringLiteral(", "))));
    return kExitUsage;
}

void printError(const QString& message)
{
    const QByteArray line = QStringLiteral("veilctl: %1\n").arg(message).toLocal8Bit();
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

}  // namespace veil::cli
