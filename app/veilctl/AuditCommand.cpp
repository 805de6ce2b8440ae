// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl audit verify: a thin shell over AuditExport::check (docs/veilctl.md,
// "Audit exports"; docs/formats.md, ".veilaudit").

#include "Subcommand.h"

#include "model/audit/AuditExport.h"
#include "model/keys/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace veil::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

int verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verify workstation audit exports: the hash chain, every signed checkpoint, the workstation "
           "certificate against --trust and, with --previous, that each export extends the earlier one. "
           "Prints one line per intact file (stdout) and one line per finding (stderr). Exit 0 when every "
           "file is intact, 1 on any finding."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), tr("The .veilaudit files."),
                                 QStringLiteral("FILE…"));
    const QCommandLineOption previous(QStringLiteral("previous"),
                                      tr("An earlier export of the same workstation, whose history every "
                                         "FILE must extend."),
                                      QStringLiteral("OLDER"));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Organisation root public key (repeatable). Without it the "
                                      "certificate cannot be checked, which is a finding."),
                                   QStringLiteral("ROOT.pub"));
    parser.addOptions({ previous, trust });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || parser.values(previous).size() > 1) {
        printError(tr("usage: audit verify FILE… [--previous OLDER.veilaudit] [--trust ROOT.pub]…"));
        return kExitUsage;
    }
    auto store = model::TrustStore::fromFiles(parser.values(trust));
    if (!store) {
        printError(store.error());
        return kExitFailure;
    }

    int exitCode = kExitOk;
    std::optional<model::AuditExport> earlier;
    if (parser.isSet(previous)) {
        auto read = model::AuditExport::read(parser.value(previous));
        if (!read) {
            // Still verify the files on their own: the supervisor sees every finding.
            printError(tr("%1 (--previous): %2").arg(parser.value(previous), read.error()));
            exitCode = kExitFailure;
        } else {
            earlier = std::move(read).value();
        }
    }

    for (const QString& path : files) {
        auto exported = model::AuditExport::read(path);
        if (!exported) {
            printError(exported.error());  // already names the file
            exitCode = kExitFailure;
            continue;
        }
        const model::AuditExport& file = exported.value();
        const model::AuditVerification result = file.check(store.value(), earlier ? &*earlier : nullptr);
        for (const model::AuditFinding& finding : result.findings) {
            printError(QStringLiteral("%1: %2").arg(path, finding.message));
        }
        if (!result.intact()) {
            exitCode = kExitFailure;
            continue;
        }
        const model::WorkstationCertificate& certificate = *file.certificate;
        printOut(tr("%1: intact: %2 entries, %3 checkpoints (last at entry %4), workstation %5 (key %6), "
                    "reviewer %7 (%8), certified by root %9 until %10%11\n")
                     .arg(path)
                     .arg(result.chain.entries)
                     .arg(file.checkpoints.size())
                     .arg(result.chain.lastCheckpoint)
                     .arg(file.workstationId, file.workstation.keyId(), certificate.reviewerId,
                          model::reviewerRoleName(certificate.role), certificate.rootKeyId,
                          isoTime(certificate.expires))
                     .arg(earlier ? tr(", extends %1").arg(parser.value(previous)) : QString()));
    }
    return exitCode;
}

}  // namespace

int runAudit(const QStringList& arguments)
{
    return dispatchGroup(
        arguments,
        { { QStringLiteral("verify"), tr("Verify .veilaudit exports (chain, checkpoints, certificate)"),
            &verify },
          { QStringLiteral("simulate"), tr("Write simulated exports with planted misbehaviour"),
            &auditSimulate },
          { QStringLiteral("report"), tr("Supervisor report: integrity, flags, charts (PDF, CSV, JSON)"),
            &auditReport },
          { QStringLiteral("import"), tr("Import exports into a supervisor profile's archive"),
            &auditImport } });
}

}  // namespace veil::cli
