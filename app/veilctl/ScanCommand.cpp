// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl scan [FILE] [--jobs N] [--mask] [--rules FILE…]: a thin shell over
// model::ScanPipeline (docs/redact.md, "veilctl scan").

#include "Subcommand.h"

#include "model/scan/DetectorFactory.h"
#include "model/scan/ScanPipeline.h"
#include "redact/detect/Detector.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <fstream>
#include <iostream>

namespace veil::cli {

int runScan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "veilctl",
        "Detect personal data in JSONL lines {\"id\", \"text\"} and write "
        "{\"id\", \"spans\": [{\"start\", \"end\", \"category\"}]} per line, with Unicode code point "
        "offsets. Lines that are not valid JSON or UTF-8 are reported on stderr and skipped; "
        "the exit status is then 1."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("veilctl", "JSONL input (default or '-': stdin)."),
        QStringLiteral("[FILE]"));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"),
        QCoreApplication::translate("veilctl", "Scan with N threads (output stays in input order)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption mask(
        QStringLiteral("mask"),
        QCoreApplication::translate("veilctl", "Write {\"id\", \"text\"} with personal data masked."));
    const QCommandLineOption rules(
        QStringLiteral("rules"),
        QCoreApplication::translate("veilctl", "Add organisation rules from a JSON file (repeatable)."),
        QStringLiteral("FILE"));
    parser.addOptions({ jobs, mask, rules });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    bool jobsOk = false;
    const int jobCount = parser.value(jobs).toInt(&jobsOk);
    if (!jobsOk || jobCount < 1 || jobCount > 256) {
        printError(QCoreApplication::translate("veilctl", "--jobs needs a number from 1 to 256"));
        return kExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QCoreApplication::translate("veilctl", "scan takes at most one input file"));
        return kExitUsage;
    }

    auto detector = model::DetectorFactory::create(parser.values(rules));
    if (!detector) {
        printError(detector.error());
        return kExitFailure;
    }

    std::ifstream file;
    std::istream* input = &std::cin;
    if (!positional.isEmpty() && positional.first() != QStringLiteral("-")) {
        file.open(positional.first().toStdString(), std::ios::binary);
        if (!file) {
            printError(QCoreApplication::translate("veilctl", "cannot open '%1'").arg(positional.first()));
            return kExitFailure;
        }
        input = &file;
    }
    std::ios::sync_with_stdio(false);
    const model::ScanPipeline pipeline(detector.value(), { jobCount, parser.isSet(mask) });
    const auto report = pipeline.run(*input, std::cout, std::cerr);
    if (report.skipped > 0) {
        printError(QCoreApplication::translate("veilctl", "%1 of %2 lines skipped")
                       .arg(report.skipped)
                       .arg(report.lines));
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace veil::cli
