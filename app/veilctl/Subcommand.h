// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace veil::cli {

/// Exit codes shared by every subcommand (documented in docs/veilctl.md).
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  ///< the operation ran and failed (bad input, refused file, …)
    kExitUsage = 2,  ///< the command line itself is wrong
};

/// One `veilctl <name>` entry. `run` receives the arguments after the
/// subcommand name, with argv[0] set to "veilctl <name>" so that a
/// QCommandLineParser inside the command prints a correct usage line.
struct Subcommand {
    QString name;
    QString summary;
    int (*run)(const QStringList& arguments);
};

/// The registered subcommands, in the order `veilctl --help` lists them.
const QList<Subcommand>& subcommands();

/// Writes to stderr as "veilctl: <message>\n".
void printError(const QString& message);
/// Writes `text` to stdout unchanged.
void printOut(const QString& text);

/// Parses `arguments` (argv[0] first); handles --help. Returns false with
/// `exitCode` set when the caller should return at once.
bool parseOrExit(QCommandLineParser& parser, const QStringList& arguments, int& exitCode);

/// Runs `veilctl <group> <action> …` for a group of actions (e.g. `keys
/// generate`): unknown or missing action → usage error naming the valid ones.
int dispatchGroup(const QStringList& arguments, const QList<Subcommand>& actions);

// Subcommand entry points, one group per .cpp file.
int runOrg(const QStringList& arguments);  // KeysCommand.cpp
int runIssuer(const QStringList& arguments);  // KeysCommand.cpp
int runKeys(const QStringList& arguments);  // KeysCommand.cpp
int runBatch(const QStringList& arguments);  // BatchCommand.cpp
int runVersion(const QStringList& arguments);
int runScan(const QStringList& arguments);  // ScanCommand.cpp
int runAudit(const QStringList& arguments);  // AuditCommand.cpp
int auditSimulate(const QStringList& arguments);  // AuditReportCommand.cpp
int auditReport(const QStringList& arguments);  // AuditReportCommand.cpp
int auditImport(const QStringList& arguments);  // AuditImportCommand.cpp
int runProfile(const QStringList& arguments);  // ProfileCommand.cpp
int runSelftest(const QStringList& arguments);  // SelftestCommand.cpp

}  // namespace veil::cli
