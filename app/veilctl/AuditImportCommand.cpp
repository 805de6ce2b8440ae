// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl audit import: a thin shell over model::AuditArchive (docs/veilctl.md,
// "Audit exports"; docs/profile.md, "Supervisor archive").

#include "Subcommand.h"

#include "model/keys/PassphraseSource.h"
#include "model/profile/Profile.h"
#include "model/supervisor/AuditArchive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace veil::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

}  // namespace

int auditImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import .veilaudit exports (files, or directories of them) into a supervisor profile's archive. "
           "Each export is verified against the profile's trusted roots and must extend what was imported "
           "before from the same workstation: a truncated or forked history is refused and named, never "
           "merged. Prints one line per file. Exit 0 when no file failed, 1 otherwise. The passphrase is "
           "read from VEIL_PASSPHRASE / VEIL_PASSPHRASE_FILE or asked."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("inputs"), tr("Exports or directories of exports."),
                                 QStringLiteral("FILES_OR_DIRS…"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Supervisor profile directory."),
                                           QStringLiteral("DIR"));
    parser.addOption(profileOption);
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() || !parser.isSet(profileOption)) {
        printError(tr("usage: audit import --profile DIR FILES_OR_DIRS…"));
        return kExitUsage;
    }
    for (const QString& input : inputs) {
        if (!QFileInfo::exists(input)) {
            printError(tr("%1: no such file or directory").arg(input));
            return kExitFailure;
        }
    }
    auto profile = model::Profile::open(parser.value(profileOption), {});
    if (!profile) {
        printError(profile.error());
        return kExitFailure;
    }
    auto passphrase = model::PassphraseSource::obtain(tr("Profile passphrase: "), false);
    if (!passphrase) {
        printError(passphrase.error());
        return kExitFailure;
    }
    if (auto unlocked = profile.value()->unlock(passphrase.value()); !unlocked) {
        printError(unlocked.error());
        return kExitFailure;
    }
    model::Profile& supervisor = *profile.value();
    // Other reviewers' justifications belong in a supervisor's vault only.
    if (supervisor.role() != QLatin1String("supervisor")) {
        printError(tr("%1: this profile is enrolled as \"%2\", not as a supervisor; audit exports are "
                      "imported into a supervisor profile")
                       .arg(parser.value(profileOption),
                            supervisor.role().isEmpty() ? tr("not enrolled") : supervisor.role()));
        supervisor.lock();
        return kExitFailure;
    }
    model::AuditArchive archive(supervisor.vault(), supervisor.trust(),
                                [&supervisor] { return supervisor.now(); });
    auto summary = archive.import(inputs);
    supervisor.lock();
    if (!summary) {
        printError(summary.error());
        return kExitFailure;
    }
    printOut(summary.value().text());
    return summary.value().count(model::ImportOutcome::Kind::Failed) > 0 ? kExitFailure : kExitOk;
}

}  // namespace veil::cli
