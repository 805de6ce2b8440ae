// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

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

// Subcommand entry points, one group per .cpp file.
int runVersion(const QStringList& arguments);
int runScan(const QStringList& arguments);  // ScanCommand.cpp

}  // namespace veil::cli
