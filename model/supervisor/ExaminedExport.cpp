// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/profile.md, "Supervisor archive": the part of an import that needs
// no vault.
#include "model/supervisor/ExaminedExport.h"

#include "model/audit/AuditChain.h"
#include "model/audit/AuditExport.h"
#include "model/crypto/Sodium.h"
#include "model/keys/WorkstationCertificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace veil::model {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditArchive", text);
}

/// An export larger than this is refused before it is read (a million
/// entries is about 600 MB; the vault keeps one sealed copy per workstation).
constexpr qint64 kMaxExportBytes = qint64(2) * 1024 * 1024 * 1024;

QString withoutPath(const QString& message, const QString& path)
{
    const QString prefix = path + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

/// The header line of a file that did not decode (docs/formats.md,
/// ".veilaudit", line 1), so a cut-short or damaged export still gets its
/// workstation's row. The reviewer is as claimed: nothing here is verified.
void readHeaderOnly(const QByteArray& bytes, ExaminedExport& out)
{
    const qsizetype end = bytes.indexOf('\n');
    const QJsonDocument header = QJsonDocument::fromJson(end < 0 ? bytes : bytes.first(end));
    if (!header.isObject()
        || header.object().value(QStringLiteral("format")).toString() != QLatin1String("veilaudit")) {
        return;
    }
    const QJsonObject o = header.object();
    out.workstation = o.value(QStringLiteral("workstation_id")).toString();
    out.entries = o.value(QStringLiteral("entries")).toInteger();
    auto certificate = WorkstationCertificate::decode(
        o.value(QStringLiteral("certificate")).toString().toUtf8(), out.path);
    if (certificate) {
        out.reviewer = certificate.value().reviewerId;
        out.role = reviewerRoleName(certificate.value().role);
    }
}

}  // namespace

ExaminedExport ExaminedExport::examine(int index, const QString& path, qint64 plannedSize, bool sizeShared,
                                       const TrustStore& trust)
{
    ExaminedExport out;
    out.index = index;
    out.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.reason = tr("cannot open: %1").arg(file.errorString());
        return out;
    }
    if (file.size() > kMaxExportBytes) {
        out.reason = tr("not an audit export the console can hold (%1 bytes)").arg(file.size());
        return out;
    }
    out.bytes = file.readAll();
    if (out.bytes.size() != file.size()) {
        out.reason = tr("cannot read: %1").arg(file.errorString());
        out.bytes.clear();
        return out;
    }
    out.readable = true;
    // A file that changed size since the import was planned may now equal any other: hash it too.
    if (sizeShared || out.bytes.size() != plannedSize) {
        out.digest = Sodium::hash(out.bytes, 32);
    }
    if (out.bytes.isEmpty()) {
        out.reason = tr("not an audit export (the file is empty)");
        return out;
    }
    auto decoded = AuditExport::decode(out.bytes, path);
    if (!decoded) {
        out.reason = withoutPath(decoded.error(), path);
        readHeaderOnly(out.bytes, out);
        out.bytes.clear();
        return out;
    }
    out.decoded = true;
    const AuditExport& log = decoded.value();
    out.workstation = log.workstationId;
    out.keyId = log.workstation.keyId();
    out.entries = log.entries.size();
    if (log.certificate) {
        out.reviewer = log.certificate->reviewerId;
        out.role = reviewerRoleName(log.certificate->role);
    }
    if (!log.entries.isEmpty()) {
        out.lastEntry = QDateTime::fromString(
            QString::fromLatin1(AuditChain::canonicalTime(log.entries.constLast().canonical)),
            Qt::ISODateWithMs);
    }
    const AuditVerification verification = log.check(trust);
    if (!verification.intact()) {
        out.reason = verification.findings.constFirst().message;
        out.entry = verification.findings.constFirst().entry;
        out.bytes.clear();
        return out;
    }
    out.events = ExportEvents::of(log);
    if (!out.events.valid()) {
        // Verified, yet an entry the console reads is not a JSON object with a
        // time: refused, since its events could not be shown.
        out.reason = out.events.failure;
        out.entry = out.events.failedEntry;
        out.events = {};
        out.bytes.clear();
        return out;
    }
    out.intact = true;
    out.hashes.reserve(log.entries.size() * kHashSize);
    for (const AuditEntry& entry : log.entries) {
        out.hashes.append(entry.hash);
    }
    return out;
}

}  // namespace veil::model
