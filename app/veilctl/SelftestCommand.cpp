// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl selftest session: runs model::ScriptedSession (docs/veilctl.md,
// "Self-tests").

#include "Subcommand.h"

#include "model/profile/ScriptedSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace veil::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

int session(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run a scripted review session against the demo organisation through the model API: create a "
           "profile in DIR, import the demo batch, one denied and one granted reveal, submit a result, "
           "export the audit log (and the results). Prints what it did, never a revealed value."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), tr("New profile directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption exportAudit(QStringLiteral("export"),
                                         tr("Where to write the .veilaudit export."),
                                         QStringLiteral("OUT.veilaudit"));
    const QCommandLineOption results(QStringLiteral("results"), tr("Where to write the .veilresults export."),
                                     QStringLiteral("OUT.veilresults"));
    parser.addOptions({ profile, exportAudit, results });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.isSet(profile) || !parser.isSet(exportAudit) || !parser.positionalArguments().isEmpty()) {
        printError(
            tr("usage: selftest session --profile DIR --export OUT.veilaudit [--results OUT.veilresults]"));
        return kExitUsage;
    }
    model::ScriptedSession::Options options;
    options.profileDir = parser.value(profile);
    options.auditOut = parser.value(exportAudit);
    options.resultsOut = parser.value(results);
    auto outcome = model::ScriptedSession::run(options, [](const QString& line) { printOut(line + u'\n'); });
    if (!outcome) {
        printError(tr("selftest session failed: %1").arg(outcome.error()));
        return kExitFailure;
    }
    printOut(tr("selftest session passed\n"));
    return kExitOk;
}

}  // namespace

int runSelftest(const QStringList& arguments)
{
    return dispatchGroup(
        arguments,
        { { QStringLiteral("session"), tr("Scripted review session on the demo organisation"), &session } });
}

}  // namespace veil::cli
