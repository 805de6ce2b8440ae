// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// veilctl batch build | verify | inspect: thin shells over model/batch
// (docs/veilctl.md, docs/formats.md ".veilbatch").

#include "Subcommand.h"

#include "model/batch/BatchBuilder.h"
#include "model/batch/BatchFormat.h"
#include "model/batch/BatchReader.h"
#include "model/core/CodePoints.h"
#include "model/keys/KeyFile.h"
#include "model/keys/PassphraseSource.h"
#include "model/scan/DetectorFactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

namespace veil::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("veilctl", text);
}

/// "14d", "36h" or an ISO 8601 date/time.
std::optional<QDateTime> parseExpiry(const QString& text, const QDateTime& now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,5})([dh])$"));
    const auto match = relative.match(text);
    if (match.hasMatch()) {
        const int amount = match.captured(1).toInt();
        return match.captured(2) == QLatin1String("d") ? now.addDays(amount)
                                                       : now.addSecs(qint64 { amount } * 3600);
    }
    // A date, or a time without a zone, means UTC like every time in a batch.
    QDateTime absolute = QDateTime::fromString(text, Qt::ISODate);
    if (!absolute.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        absolute = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (absolute.timeSpec() == Qt::LocalTime) {
        absolute.setTimeSpec(Qt::UTC);
    }
    return absolute.toUTC();
}

std::optional<QJsonObject> readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("%1: cannot open: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        printError(
            tr("%1: not a JSON object (%2 at byte %3)").arg(path, error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    return document.object();
}

int build(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scrub raw conversations (JSONL), seal the originals and sign a batch "
           "for one workstation."));
    parser.addHelpOption();
    const QCommandLineOption in(QStringLiteral("in"), tr("Raw conversations, one JSON object a line."),
                                QStringLiteral("FILE"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), tr("Issuer secret key file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption recipient(QStringLiteral("recipient"), tr("Workstation public key file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output .veilbatch file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption policy(QStringLiteral("policy"), tr("Reveal policy (JSON); default: built-in."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption rubric(QStringLiteral("rubric"), tr("Review rubric (JSON); default: built-in."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption expires(QStringLiteral("expires"),
                                     tr("Lifetime (14d, 36h) or ISO date; default 14d."),
                                     QStringLiteral("WHEN"), QStringLiteral("14d"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   tr("Organisation detection rules (JSON, repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption skipBad(QStringLiteral("skip-bad"),
                                     tr("Skip malformed lines (listed) instead of failing."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("No progress on stderr."));
    parser.addOptions({ in, issuer, recipient, out, policy, rubric, expires, rules, skipBad, quiet });
    if (int code = 0; !parseOrExit(parser, arguments, code)) {
        return code;
    }
    if (!parser.isSet(in) || !parser.isSet(issuer) || !parser.isSet(recipient) || !parser.isSet(out)) {
        printError(tr("batch build needs --in, --issuer, --recipient and --out"));
        return kExitUsage;
    }
    const auto expiry = parseExpiry(parser.value(expires), QDateTime::currentDateTimeUtc());
    if (!expiry || *expiry <= QDateTime::currentDateTimeUtc()) {
        printError(tr("--expires must be a future time such as 14d, 36h or 2027-01-31"));
        return kExitUsage;
    }
    model::BatchBuilder::Options options;
    options.inputPath = parser.value(in);
    options.outputPath = parser.value(out);
    options.expires = *expiry;
    options.skipBad = parser.isSet(skipBad);
    for (const auto& [option, target] :
         { std::pair { &policy, &options.policy }, std::pair { &rubric, &options.rubric } }) {
        if (parser.isSet(*option)) {
            auto json = readJsonObject(parser.value(*option));
            if (!json) {
                return kExitFailure;
            }
            *target = *json;
        }
    }
    if (!parser.isSet(quiet)) {
        options.progress = [](qint64 done, qint64 total) {
            std::fprintf(stderr, "veilctl: batch build: %lld of %lld MB read\n",
                         static_cast<long long>(done >> 20), static_cast<long long>(total >> 20));
        };
    }
    auto recipientKey = model::KeyFile::readPublic(parser.value(recipient));
    if (!recipientKey) {
        printError(recipientKey.error());
        return kExitFailure;
    }
    auto detector = model::DetectorFactory::create(parser.values(rules));
    if (!detector) {
        printError(detector.error());
        return kExitFailure;
    }
    auto passphrase = model::PassphraseSource::obtain(tr("Passphrase of the issuer key: "), false);
    if (!passphrase) {
        printError(passphrase.error());
        return kExitFailure;
    }
    auto issuerKey = model::KeyFile::readSecret(parser.value(issuer), passphrase.value());
    if (!issuerKey) {
        printError(issuerKey.error());
        return kExitFailure;
    }
    const model::BatchBuilder builder(detector.value(), issuerKey.value(), recipientKey.value());
    auto report = builder.build(options);
    if (!report) {
        printError(report.error());
        return kExitFailure;
    }
    for (const QString& skipped : report.value().skipped) {
        printError(tr("skipped %1").arg(skipped));
    }
    printOut(tr("batch %1: %2 tasks, %3 masked spans, written to %4%5\n")
                 .arg(report.value().batchId)
                 .arg(report.value().tasks)
                 .arg(report.value().spans)
                 .arg(options.outputPath,
                      report.value().skipped.isEmpty()
                          ? QString()
                          : tr(" (%1 lines skipped)").arg(report.value().skipped.size())));
    return kExitOk;
}

/// Shared by verify and inspect: opens the batch with --trust and optional --key.
struct Opened {
    model::BatchOpenResult batch;
    std::optional<model::SecretKey> workstation;
    int exitCode = kExitOk;
};

Opened openBatch(QCommandLineParser& parser, const QStringList& arguments, bool keyRequired)
{
    Opened opened;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("batch"), tr("The .veilbatch file."));
    const QCommandLineOption trust(QStringLiteral("trust"), tr("Organisation root public key (repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Workstation secret key file."),
                                 QStringLiteral("FILE"));
    parser.addOptions({ trust, key });
    if (!parseOrExit(parser, arguments, opened.exitCode)) {
        return opened;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(trust)
        || (keyRequired && !parser.isSet(key))) {
        printError(keyRequired ? tr("usage: batch inspect FILE --trust ROOT.pub --key WS.key")
                               : tr("usage: batch verify FILE --trust ROOT.pub [--key WS.key]"));
        opened.exitCode = kExitUsage;
        return opened;
    }
    auto store = model::TrustStore::fromFiles(parser.values(trust));
    if (!store) {
        printError(store.error());
        opened.exitCode = kExitFailure;
        return opened;
    }
    model::BatchReader::Options options;
    options.trust = store.value();
    if (parser.isSet(key)) {
        auto passphrase = model::PassphraseSource::obtain(tr("Passphrase of the workstation key: "), false);
        if (!passphrase) {
            printError(passphrase.error());
            opened.exitCode = kExitFailure;
            return opened;
        }
        auto secret = model::KeyFile::readSecret(parser.value(key), passphrase.value());
        if (!secret) {
            printError(secret.error());
            opened.exitCode = kExitFailure;
            return opened;
        }
        opened.workstation = std::move(secret).value();
        options.workstation = &*opened.workstation;
    }
    opened.batch = model::BatchReader::open(parser.positionalArguments().first(), options);
    if (!opened.batch) {
        printError(
            tr("refused (%1): %2").arg(model::batchRefusalName(opened.batch.refusal), opened.batch.message));
        opened.exitCode = kExitFailure;
    }
    return opened;
}

int verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a batch: structure, issuer signature and certificate, expiry and, "
           "with --key, that it is for this workstation. Exit 0 valid, 1 refused."));
    Opened opened = openBatch(parser, arguments, false);
    if (!opened.batch) {
        return opened.exitCode;
    }
    const model::BatchReader& reader = *opened.batch.reader;
    // With the key, also read every record so a damaged task is found now, not mid-review.
    for (int i = 0; reader.canDecrypt() && i < reader.taskCount(); ++i) {
        auto task = reader.task(i);
        if (!task) {
            printError(tr("refused (corrupt record): %1").arg(task.error()));
            return kExitFailure;
        }
    }
    const model::BatchHeader& header = reader.header();
    printOut(tr("%1: valid batch %2, %3 tasks, issuer %4 (\"%5\"), for workstation %6, expires %7%8\n")
                 .arg(reader.path(), header.batchId)
                 .arg(header.taskCount)
                 .arg(header.issuer.keyId(), header.issuer.name, header.recipientKeyId,
                      header.expires.toString(Qt::ISODate),
                      reader.canDecrypt() ? QString() : tr(" (recipient not checked: no --key)")));
    return kExitOk;
}

int inspect(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print a batch's header and masked conversations as JSON. Originals are never printed."));
    Opened opened = openBatch(parser, arguments, true);
    if (!opened.batch) {
        return opened.exitCode;
    }
    const model::BatchReader& reader = *opened.batch.reader;
    const model::BatchHeader& header = reader.header();
    QJsonArray tasks;
    for (int i = 0; i < reader.taskCount(); ++i) {
        auto task = reader.task(i);
        if (!task) {
            printError(task.error());
            return kExitFailure;
        }
        // A message starting with U+FEFF keeps it in the printed text too.
        QJsonParseError error {};
        tasks.append(
            model::jsonKeepingFeff(model::batchformat::encodeMaskedTask(task.value()), &error).object());
    }
    const QJsonObject json {
        { QStringLiteral("batch_id"), header.batchId },
        { QStringLiteral("created"), header.created.toString(Qt::ISODate) },
        { QStringLiteral("expires"), header.expires.toString(Qt::ISODate) },
        { QStringLiteral("issuer"),
          QJsonObject { { QStringLiteral("key_id"), header.issuer.keyId() },
                        { QStringLiteral("name"), header.issuer.name } } },
        { QStringLiteral("recipient_key_id"), header.recipientKeyId },
        { QStringLiteral("policy"), header.policy },
        { QStringLiteral("rubric"), header.rubric },
        { QStringLiteral("task_count"), header.taskCount },
        { QStringLiteral("tasks"), tasks },
    };
    printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    return kExitOk;
}

}  // namespace

int runBatch(const QStringList& arguments)
{
    return dispatchGroup(
        arguments,
        { { QStringLiteral("build"), tr("Build a signed batch from raw JSONL"), &build },
          { QStringLiteral("verify"), tr("Check a batch (exit 0 valid, 1 refused)"), &verify },
          { QStringLiteral("inspect"), tr("Print header and masked tasks as JSON"), &inspect } });
}

}  // namespace veil::cli
