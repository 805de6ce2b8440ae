// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl audit simulate | report: thin shells over model/supervisor
// (docs/veilctl.md, "Audit exports").

#include "Subcommand.h"

#include "model/keys/KeyFile.h"
#include "model/keys/PassphraseSource.h"
#include "model/supervisor/AuditAnalysis.h"
#include "model/supervisor/AuditReport.h"
#include "model/supervisor/AuditSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

namespace veil::cli {

using model::Status;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

/// "2026-11-01" (a whole day: its start, or its end when `end`) or an ISO 8601 time.
std::optional<QDateTime> parseDate(const QString& text, bool end)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        return end ? QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? std::optional<QDateTime>(time.toUTC()) : std::nullopt;
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return model::fail(tr("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return model::Done {};
}

}  // namespace

int auditSimulate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write realistic .veilaudit exports of a simulated team, with planted misbehaviour (a reviewer with "
        "10x the reveal rate, one with copy-pasted justifications, one tampered log, one truncated log), "
        "plus DIR/root.pub and DIR/planted.json."));
    parser.addHelpOption();
    const QCommandLineOption workstations(QStringLiteral("workstations"), tr("Number of workstations."),
                                          QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption days(QStringLiteral("days"), tr("Number of days."), QStringLiteral("D"),
                                  QStringLiteral("30"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output directory."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption root(QStringLiteral("root"),
                                  tr("Organisation root secret key that certifies the simulated workstations "
                                     "(passphrase from VEIL_PASSPHRASE / VEIL_PASSPHRASE_FILE or asked); "
                                     "default: a fresh root."),
                                  QStringLiteral("ROOT.key"));
    parser.addOptions({ workstations, days, out, seed, root });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    model::AuditSimulator::Options options;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    options.workstations = parser.value(workstations).toInt(&ok1);
    options.days = parser.value(days).toInt(&ok2);
    options.seed = parser.value(seed).toUInt(&ok3);
    options.outDir = parser.value(out);
    if (!parser.isSet(out) || !ok1 || !ok2 || !ok3 || options.workstations < 1
        || options.workstations > 100000 || options.days < 1 || options.days > 3660) {
        printError(
            tr("usage: audit simulate --workstations N --days D --out DIR [--seed S] [--root ROOT.key]"));
        return kExitUsage;
    }
    std::optional<model::SecretKey> rootKey;
    if (parser.isSet(root)) {
        auto passphrase = model::PassphraseSource::obtain(tr("Passphrase of the root key: "), false);
        auto key = passphrase ? model::KeyFile::readSecret(parser.value(root), passphrase.value())
                              : model::Result<model::SecretKey>(model::fail(passphrase.error()));
        if (!key) {
            printError(key.error());
            return kExitFailure;
        }
        rootKey = std::move(key).value();
        options.root = &*rootKey;
    }
    auto planted = model::AuditSimulator::run(options);
    if (!planted) {
        printError(planted.error());
        return kExitFailure;
    }
    printOut(tr("wrote %1 exports to %2 (%3 planted cases in planted.json)\n")
                 .arg(options.workstations)
                 .arg(options.outDir)
                 .arg(planted.value().size()));
    return kExitOk;
}

int auditReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import and verify .veilaudit exports (files or directories), then write the supervisor's report: "
           "a PDF with the integrity summary, charts and flags, and optionally the events as CSV and the "
           "findings as JSON. Logs that fail verification are listed, never merged."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("inputs"), tr("Exports or directories of exports."),
                                 QStringLiteral("DIR_OR_FILES…"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (or time) of the report."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (or time) of the report."),
                                QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("PDF report to write."),
                                 QStringLiteral("report.pdf"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Also write the events as CSV."),
                                 QStringLiteral("events.csv"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Also write the findings as JSON."),
                                  QStringLiteral("findings.json"));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   tr("Organisation root public key (repeatable); default: root.pub in each "
                                      "input directory."),
                                   QStringLiteral("ROOT.pub"));
    parser.addOptions({ from, to, out, csv, json, trust });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    const QStringList inputs = parser.positionalArguments();
    const auto fromTime
        = parser.isSet(from) ? parseDate(parser.value(from), false) : std::optional<QDateTime>();
    const auto toTime = parser.isSet(to) ? parseDate(parser.value(to), true) : std::optional<QDateTime>();
    if (inputs.isEmpty() || !parser.isSet(out) || (parser.isSet(from) && !fromTime)
        || (parser.isSet(to) && !toTime)) {
        printError(tr("usage: audit report DIR_OR_FILES… [--from DATE --to DATE] --out report.pdf "
                      "[--csv events.csv] [--json findings.json] [--trust ROOT.pub]…"));
        return kExitUsage;
    }
    QStringList roots = parser.values(trust);
    if (roots.isEmpty()) {
        for (const QString& input : inputs) {
            const QString candidate = QDir(input).filePath(QStringLiteral("root.pub"));
            if (QFileInfo(input).isDir() && QFileInfo::exists(candidate)) {
                roots.append(candidate);
            }
        }
    }
    auto store = model::TrustStore::fromFiles(roots);
    if (!store) {
        printError(store.error());
        return kExitFailure;
    }
    for (const QString& input : inputs) {
        if (!QFileInfo::exists(input)) {
            printError(tr("%1: no such file or directory").arg(input));
            return kExitFailure;
        }
    }
    const model::AuditAnalysis analysis = model::AuditAnalysis::load(inputs, store.value());
    const QList<int> events
        = analysis.eventsBetween(fromTime.value_or(QDateTime()), toTime.value_or(QDateTime()));
    const QList<model::Flag> flags = analysis.flags(model::FlagThresholds {}, events);
    const model::AuditReport report(analysis, events, flags, fromTime.value_or(QDateTime()),
                                    toTime.value_or(QDateTime()));
    int failedLogs = 0;
    for (const model::LogStatus& log : analysis.logs()) {
        if (!log.verified) {
            ++failedLogs;
            printError(tr("%1: failed: %2").arg(log.file, log.reason));
        }
    }
    auto pdf = report.writePdf(parser.value(out));
    auto csvWritten
        = parser.isSet(csv) ? writeFile(parser.value(csv), report.eventsCsv()) : Status(model::Done {});
    auto jsonWritten
        = parser.isSet(json) ? writeFile(parser.value(json), report.findingsJson()) : Status(model::Done {});
    for (const Status* written : { &pdf, &csvWritten, &jsonWritten }) {
        if (!*written) {
            printError(written->error());
            return kExitFailure;
        }
    }
    printOut(tr("%1 logs (%2 failed verification), %3 reveal decisions, %4 flags; report in %5\n")
                 .arg(analysis.logs().size())
                 .arg(failedLogs)
                 .arg(events.size())
                 .arg(flags.size())
                 .arg(parser.value(out)));
    for (const model::Flag& flag : flags) {
        printOut(tr("flag %1 %2: %3\n").arg(flag.reviewer, flag.rule, flag.explanation));
    }
    return kExitOk;
}

}  // namespace veil::cli
