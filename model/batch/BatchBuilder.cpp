// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/batch/BatchBuilder.h"

#include "model/batch/BatchWriter.h"
#include "model/batch/ConversationMasker.h"
#include "model/batch/RawConversation.h"
#include "model/crypto/Sodium.h"

#include <QFile>

#include <QFileInfo>
#include <QJsonDocument>
#include <unordered_map>

namespace veil::model {

namespace {

QJsonObject loadJsonResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

}  // namespace

BatchBuilder::BatchBuilder(std::shared_ptr<const redact::Detector> detector, const SecretKey& issuer,
                           PublicKey recipient)
    : m_detector(std::move(detector))
    , m_issuer(issuer)
    , m_recipient(std::move(recipient))
{ }

QJsonObject BatchBuilder::defaultPolicy()
{
    return loadJsonResource(QStringLiteral(":/veil/model/default-policy.json"));
}

QJsonObject BatchBuilder::defaultRubric()
{
    return loadJsonResource(QStringLiteral(":/veil/model/default-rubric.json"));
}

Result<BatchBuilder::Report> BatchBuilder::build(const Options& options) const
{
    if (m_issuer.publicKey.role != KeyRole::Issuer) {
        return fail(QStringLiteral("batches are signed with an issuer key (got a %1 key)")
                        .arg(keyRoleName(m_issuer.publicKey.role)));
    }
    QFile input(options.inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot open: %2").arg(options.inputPath, input.errorString()));
    }
    const QDir baseDir = QFileInfo(options.inputPath).absoluteDir();

    Report report;
    report.batchId = QStringLiteral("b-") + QString::fromLatin1(Sodium::randomBytes(8).toHex());
    BatchHeader header;
    header.batchId = report.batchId;
    header.created = QDateTime::currentDateTimeUtc();
    header.created.setTime(header.created.time().addMSecs(-header.created.time().msec()));
    header.expires = options.expires.toUTC();
    header.issuer = m_issuer.publicKey;
    header.policy = options.policy.isEmpty() ? defaultPolicy() : options.policy;
    header.rubric = options.rubric.isEmpty() ? defaultRubric() : options.rubric;

    BatchWriter writer;
    auto opened = writer.open(options.outputPath, header, m_recipient);
    if (!opened) {
        return fail(opened.error());
    }
    const ConversationMasker masker(m_detector);
    const qint64 total = input.size();
    qint64 lastProgress = 0;
    int lineNumber = 0;
    std::unordered_map<QString, int> seenIds;  // id → line
    while (!input.atEnd()) {
        QByteArray line = input.readLine();
        ++lineNumber;
        report.inputBytes += line.size();
        if (line.endsWith('\n')) {
            line.chop(1);
        }
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        auto raw = RawConversation::parse(line, baseDir);
        if (const auto seen = raw ? seenIds.find(raw.value().id) : seenIds.end(); seen != seenIds.end()) {
            // Span keys and associated data are bound to the task id: two
            // tasks with one id would share them (docs/formats.md, "Sealing").
            raw = fail(QStringLiteral("id \"%1\" was already used on line %2")
                           .arg(raw.value().id)
                           .arg(seen->second));
        }
        Result<MaskedConversation> masked
            = raw ? masker.mask(raw.value()) : Result<MaskedConversation>(fail(raw.error()));
        if (!masked) {
            const QString where
                = QStringLiteral("%1 line %2: %3").arg(options.inputPath).arg(lineNumber).arg(masked.error());
            if (!options.skipBad) {
                writer.cancel();
                return fail(where);
            }
            report.skipped.append(where);
            continue;
        }
        auto added = writer.addTask(masked.value().task, masked.value().originals);
        if (!added) {
            writer.cancel();
            return fail(added.error());
        }
        seenIds.emplace(raw.value().id, lineNumber);
        ++report.tasks;
        report.spans += static_cast<int>(masked.value().originals.size());
        if (options.progress && report.inputBytes - lastProgress >= (8 << 20)) {
            lastProgress = report.inputBytes;
            options.progress(report.inputBytes, total);
        }
    }
    if (input.error() != QFileDevice::NoError) {
        writer.cancel();
        return fail(QStringLiteral("%1: read error: %2").arg(options.inputPath, input.errorString()));
    }
    if (report.tasks == 0) {
        writer.cancel();
        return fail(QStringLiteral("%1: no valid conversations; no batch written").arg(options.inputPath));
    }
    auto finished = writer.finish(m_issuer);
    if (!finished) {
        return fail(finished.error());
    }
    if (options.progress) {
        options.progress(report.inputBytes, total);
    }
    return report;
}

}  // namespace veil::model
