// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/audit/AuditExport.h"

#include "model/keys/KeyFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::model {

Result<QByteArray> AuditExport::fromLog(AuditLog& log, const SecretKey& workstationKey)
{
    auto checkpoint = log.checkpoint(workstationKey);
    if (!checkpoint) {
        return fail(checkpoint.error());
    }
    AuditExport out;
    out.workstationId = log.workstationId();
    out.workstation = workstationKey.publicKey;
    auto entries = log.entries();
    auto checkpoints = log.checkpoints();
    if (!entries || !checkpoints) {
        return fail(entries ? checkpoints.error() : entries.error());
    }
    out.entries = std::move(entries).value();
    out.checkpoints = std::move(checkpoints).value();
    return out.encode();
}

QByteArray AuditExport::encode() const
{
    QJsonArray entryArray;
    for (const AuditEntry& entry : entries) {
        entryArray.append(
            QJsonObject { { QStringLiteral("seq"), entry.sequence },
                          { QStringLiteral("canonical"), QString::fromUtf8(entry.canonical) },
                          { QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex()) } });
    }
    QJsonArray checkpointArray;
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        checkpointArray.append(QJsonObject {
            { QStringLiteral("seq"), checkpoint.sequence },
            { QStringLiteral("head"), QString::fromLatin1(checkpoint.headHash.toHex()) },
            { QStringLiteral("time"), checkpoint.time.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("signature"), QString::fromLatin1(checkpoint.signature.toBase64()) } });
    }
    const QJsonObject json {
        { QStringLiteral("format"), QStringLiteral("veilaudit") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("workstation_id"), workstationId },
        { QStringLiteral("workstation_key"), QString::fromUtf8(KeyFile::encodePublic(workstation)) },
        { QStringLiteral("entries"), entryArray },
        { QStringLiteral("checkpoints"), checkpointArray },
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<AuditExport> AuditExport::decode(const QByteArray& bytes, const QString& source)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("%1: not an audit export (%2 at byte %3)")
                        .arg(source, error.errorString())
                        .arg(error.offset));
    }
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("veilaudit")) {
        return fail(QStringLiteral("%1: not an audit export (format is not \"veilaudit\")").arg(source));
    }
    if (json.value(QStringLiteral("version")).toInt() != 1) {
        return fail(QStringLiteral("%1: unsupported audit export version %2 (this Veil reads 1)")
                        .arg(source)
                        .arg(json.value(QStringLiteral("version")).toInt()));
    }
    AuditExport out;
    out.workstationId = json.value(QStringLiteral("workstation_id")).toString();
    auto key
        = KeyFile::decodePublic(json.value(QStringLiteral("workstation_key")).toString().toUtf8(), source);
    if (!key) {
        return fail(key.error());
    }
    if (key.value().role != KeyRole::Workstation) {
        return fail(QStringLiteral("%1: the export's key is not a workstation key").arg(source));
    }
    out.workstation = std::move(key).value();
    for (const QJsonValue& value : json.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject e = value.toObject();
        AuditEntry entry;
        entry.sequence = e.value(QStringLiteral("seq")).toInteger(-1);
        entry.canonical = e.value(QStringLiteral("canonical")).toString().toUtf8();
        entry.hash = QByteArray::fromHex(e.value(QStringLiteral("hash")).toString().toLatin1());
        out.entries.append(entry);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("checkpoints")).toArray()) {
        const QJsonObject c = value.toObject();
        out.checkpoints.append(
            { c.value(QStringLiteral("seq")).toInteger(-1),
              QByteArray::fromHex(c.value(QStringLiteral("head")).toString().toLatin1()),
              QDateTime::fromString(c.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs),
              QByteArray::fromBase64(c.value(QStringLiteral("signature")).toString().toLatin1()) });
    }
    return out;
}

Result<AuditChain::Verified> AuditExport::verify(const AuditExport* previous) const
{
    std::optional<AuditChain::KnownHead> known;
    if (previous != nullptr) {
        if (previous->workstationId != workstationId
            || previous->workstation.keyId() != workstation.keyId()) {
            return fail(QStringLiteral("the earlier export is from another workstation (%1)")
                            .arg(previous->workstationId));
        }
        auto earlier = previous->verify();
        if (!earlier) {
            return fail(QStringLiteral("the earlier export itself fails: %1").arg(earlier.error()));
        }
        known = AuditChain::KnownHead { earlier.value().entries, earlier.value().head };
    }
    return AuditChain::verify(workstationId, entries, checkpoints, workstation, known);
}

}  // namespace veil::model
