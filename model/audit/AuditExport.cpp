// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/formats.md, ".veilaudit". A supervisor verifies exports of a million
// entries and more, so the file is a JSON header line followed by one line
// per entry holding its canonical bytes verbatim: decoding is a scan for
// newlines over the mapped file, with no unescaping and no parse tree. (A
// single JSON document, even parsed with simdjson, kept three copies of every
// entry in memory and ran at a third of the speed.)
#include "model/audit/AuditExport.h"

#include "model/keys/KeyFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace veil::model {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// Lower-case hex digit values, -1 elsewhere (upper case is not written by
/// Veil and not accepted).
constexpr std::array<signed char, 256> kHexValues = [] {
    std::array<signed char, 256> table {};
    table.fill(-1);
    for (int i = 0; i < 10; ++i) {
        table[static_cast<std::size_t>('0' + i)] = static_cast<signed char>(i);
    }
    for (int i = 0; i < 6; ++i) {
        table[static_cast<std::size_t>('a' + i)] = static_cast<signed char>(10 + i);
    }
    return table;
}();

/// Exactly 64 lower-case hex digits → 32 bytes.
std::optional<QByteArray> hash32(std::string_view hex)
{
    if (hex.size() != 64) {
        return std::nullopt;
    }
    QByteArray out(32, Qt::Uninitialized);
    int invalid = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        const int high = kHexValues[static_cast<unsigned char>(hex[2 * i])];
        const int low = kHexValues[static_cast<unsigned char>(hex[2 * i + 1])];
        invalid |= high | low;  // negative if either is -1
        out[static_cast<qsizetype>(i)] = static_cast<char>((high << 4) | low);
    }
    if (invalid < 0) {
        return std::nullopt;
    }
    return out;
}

/// Lower-case hex of exactly `size` bytes, or nullopt.
std::optional<QByteArray> fixedHex(QByteArrayView hex, qsizetype size)
{
    if (hex.size() != 2 * size) {
        return std::nullopt;
    }
    return hash32(std::string_view(hex.data(), static_cast<std::size_t>(hex.size())));
}

/// One checkpoint line: `<seq> <head hex> <time> <signature base64>`.
std::optional<AuditCheckpoint> parseCheckpoint(QByteArrayView line)
{
    const QList<QByteArrayView> fields = [&line] {
        QList<QByteArrayView> parts;
        qsizetype from = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == ' ') {
                parts.append(line.sliced(from, i - from));
                from = i + 1;
            }
        }
        return parts;
    }();
    if (fields.size() != 4) {
        return std::nullopt;
    }
    AuditCheckpoint checkpoint;
    bool ok = false;
    checkpoint.sequence = fields[0].toLongLong(&ok);
    const auto head = fixedHex(fields[1], 32);
    checkpoint.time = QDateTime::fromString(QString::fromLatin1(fields[2]), Qt::ISODateWithMs);
    const auto signature
        = QByteArray::fromBase64Encoding(fields[3].toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || !head || !checkpoint.time.isValid()
        || signature.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        return std::nullopt;
    }
    checkpoint.headHash = *head;
    checkpoint.signature = signature.decoded;
    return checkpoint;
}

qint64 countField(const QJsonObject& header, const char* name)
{
    const QJsonValue value = header.value(QLatin1String(name));
    return value.isDouble() ? value.toInteger(-1) : -1;
}

}  // namespace

Result<QByteArray> AuditExport::fromLog(AuditLog& log, const SecretKey& workstationKey,
                                        const WorkstationCertificate& certificate)
{
    if (certificate.workstation.signPublic != workstationKey.publicKey.signPublic) {
        return fail(
            QStringLiteral("audit log %1: the certificate is for workstation key %2, not for this "
                           "workstation's key %3")
                .arg(log.workstationId(), certificate.workstation.keyId(), workstationKey.publicKey.keyId()));
    }
    auto checkpoint = log.checkpoint(workstationKey);
    if (!checkpoint) {
        return fail(checkpoint.error());
    }
    AuditExport out;
    out.workstationId = log.workstationId();
    out.workstation = workstationKey.publicKey;
    out.certificate = certificate;
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
    QJsonObject header {
        { QStringLiteral("format"), QStringLiteral("veilaudit") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("workstation_id"), workstationId },
        { QStringLiteral("workstation_key"), QString::fromUtf8(KeyFile::encodePublic(workstation)) },
        { QStringLiteral("entries"), entries.size() },
        { QStringLiteral("checkpoints"), checkpoints.size() },
    };
    if (certificate) {
        header.insert(QStringLiteral("certificate"), QString::fromUtf8(certificate->encode()));
    }
    const QByteArray headerLine = QJsonDocument(header).toJson(QJsonDocument::Compact);
    qsizetype size = headerLine.size() + 1 + checkpoints.size() * 200;
    for (const AuditEntry& entry : entries) {
        size += entry.canonical.size() + 66;
    }
    QByteArray out;
    out.reserve(size);
    out.append(headerLine).append('\n');
    for (const AuditEntry& entry : entries) {
        // Canonical bytes are compact JSON, which escapes every control
        // character: they never hold a newline and go in verbatim.
        out.append(entry.hash.toHex()).append(' ').append(entry.canonical).append('\n');
    }
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        out.append(QByteArray::number(checkpoint.sequence))
            .append(' ')
            .append(checkpoint.headHash.toHex())
            .append(' ')
            .append(isoTime(checkpoint.time).toLatin1())
            .append(' ')
            .append(checkpoint.signature.toBase64())
            .append('\n');
    }
    return out;
}

Result<AuditExport> AuditExport::decode(QByteArrayView bytes, const QString& source)
{
    const auto damaged = [&source](const QString& why) {
        return fail(QStringLiteral("%1: damaged audit export: %2").arg(source, why));
    };
    qsizetype lineEnd = bytes.indexOf('\n');
    QJsonParseError error {};
    const QJsonDocument document
        = QJsonDocument::fromJson(bytes.first(lineEnd < 0 ? bytes.size() : lineEnd).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("%1: not an audit export (its first line is not a JSON object: %2)")
                        .arg(source, error.errorString()));
    }
    const QJsonObject header = document.object();
    if (header.value(QStringLiteral("format")).toString() != QLatin1String("veilaudit")) {
        return fail(QStringLiteral("%1: not an audit export (format is not \"veilaudit\")").arg(source));
    }
    if (header.value(QStringLiteral("version")).toInt() != 1) {
        return fail(QStringLiteral("%1: unsupported audit export version %2 (this Veil reads 1)")
                        .arg(source)
                        .arg(header.value(QStringLiteral("version")).toInt()));
    }
    static const QStringList kKnownKeys
        = { QStringLiteral("format"),         QStringLiteral("version"),
            QStringLiteral("workstation_id"), QStringLiteral("workstation_key"),
            QStringLiteral("certificate"),    QStringLiteral("entries"),
            QStringLiteral("checkpoints") };
    for (const QString& key : header.keys()) {
        if (!kKnownKeys.contains(key)) {
            return damaged(QStringLiteral("unknown header field \"%1\"").arg(key));
        }
    }
    const qint64 entryCount = countField(header, "entries");
    const qint64 checkpointCount = countField(header, "checkpoints");
    AuditExport out;
    out.workstationId = header.value(QStringLiteral("workstation_id")).toString();
    if (out.workstationId.isEmpty() || entryCount < 0 || checkpointCount < 0) {
        return damaged(
            QStringLiteral("the header lacks workstation_id, or the entries or checkpoints count"));
    }
    auto key
        = KeyFile::decodePublic(header.value(QStringLiteral("workstation_key")).toString().toUtf8(), source);
    if (!key) {
        return fail(key.error());
    }
    if (key.value().role != KeyRole::Workstation) {
        return fail(QStringLiteral("%1: the export's key is not a workstation key").arg(source));
    }
    out.workstation = std::move(key).value();
    if (header.contains(QStringLiteral("certificate"))) {
        auto certificate
            = WorkstationCertificate::decode(header.value(QStringLiteral("certificate")).toString().toUtf8(),
                                             source + QStringLiteral(" (its workstation certificate)"));
        if (!certificate) {
            return fail(certificate.error());
        }
        out.certificate = std::move(certificate).value();
    }

    // The counts come from the file: reserve no more than its lines can fill.
    out.entries.reserve(static_cast<qsizetype>(std::min<qint64>(entryCount, bytes.size() / 80)));
    qint64 line = 1;
    qsizetype at = lineEnd < 0 ? bytes.size() : lineEnd + 1;
    const auto nextLine = [&]() -> std::optional<QByteArrayView> {
        if (at >= bytes.size()) {
            return std::nullopt;
        }
        const auto* start = bytes.data() + at;
        const auto* newline
            = static_cast<const char*>(std::memchr(start, '\n', static_cast<std::size_t>(bytes.size() - at)));
        if (newline == nullptr) {
            return std::nullopt;  // a last line without its newline: cut short
        }
        const QByteArrayView view(start, newline - start);
        at += view.size() + 1;
        ++line;
        return view;
    };
    for (qint64 n = 1; n <= entryCount; ++n) {
        const auto text = nextLine();
        if (!text) {
            return damaged(QStringLiteral("the file ends after %1 of its %2 entries (cut short?)")
                               .arg(n - 1)
                               .arg(entryCount));
        }
        AuditEntry entry;
        const auto hash
            = text->size() > 65 && (*text)[64] == ' ' ? fixedHex(text->first(64), 32) : std::nullopt;
        entry.canonical = text->sliced(65).toByteArray();
        entry.sequence = hash ? AuditChain::contentSequence(entry.canonical) : -1;
        if (!hash || entry.sequence < 1) {
            return damaged(QStringLiteral("line %1 (the entry at position %2) is not \"<64 hex digits> "
                                          "<canonical entry>\"")
                               .arg(line)
                               .arg(n));
        }
        entry.hash = *hash;
        entry.workstationId = out.workstationId;
        out.entries.append(std::move(entry));
    }
    for (qint64 n = 1; n <= checkpointCount; ++n) {
        const auto text = nextLine();
        if (!text) {
            return damaged(QStringLiteral("the file ends after %1 of its %2 checkpoints (cut short?)")
                               .arg(n - 1)
                               .arg(checkpointCount));
        }
        auto checkpoint = parseCheckpoint(*text);
        if (!checkpoint) {
            return damaged(QStringLiteral("line %1 (checkpoint %2) is not \"<seq> <64 hex digits> <time> "
                                          "<signature>\"")
                               .arg(line)
                               .arg(n));
        }
        out.checkpoints.append(std::move(*checkpoint));
    }
    if (at != bytes.size()) {
        return damaged(QStringLiteral("unexpected content after line %1").arg(line));
    }
    return out;
}

Result<AuditExport> AuditExport::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    }
    if (file.size() == 0) {
        return fail(QStringLiteral("%1: not an audit export (the file is empty)").arg(path));
    }
    // Mapped, not read: a million-entry export is ~600 MB, and a copy of it
    // would double the memory the verifier touches.
    const uchar* mapped = file.map(0, file.size());
    if (mapped == nullptr) {
        const QByteArray bytes = file.readAll();
        if (bytes.size() != file.size()) {
            return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        }
        return decode(bytes, path);
    }
#ifdef MADV_POPULATE_READ
    // One call maps every page instead of a fault per 4 KiB (Linux ≥ 5.14;
    // a failure only costs the faults).
    madvise(const_cast<uchar*>(mapped), static_cast<std::size_t>(file.size()), MADV_POPULATE_READ);
#endif
    auto result = decode(QByteArrayView(mapped, file.size()), path);
    file.unmap(const_cast<uchar*>(mapped));
    return result;
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

AuditVerification AuditExport::check(const TrustStore& trust, const AuditExport* previous) const
{
    AuditVerification result;
    const auto finding = [&result](qint64 entry, const QString& message) {
        result.findings.append({ entry, message });
    };

    std::optional<AuditChain::KnownHead> known;
    if (previous != nullptr) {
        auto earlier = previous->verify();
        if (previous->workstationId != workstationId) {
            finding(0,
                    QStringLiteral("the earlier export is from another workstation (%1, this is %2)")
                        .arg(previous->workstationId, workstationId));
        } else if (previous->workstation.signPublic != workstation.signPublic) {
            finding(0,
                    QStringLiteral("the earlier export of workstation %1 was signed by key %2, this one by "
                                   "key %3 (a replaced key needs a new enrolment)")
                        .arg(workstationId, previous->workstation.keyId(), workstation.keyId()));
        } else if (!earlier) {
            finding(0, QStringLiteral("the earlier export itself fails: %1").arg(earlier.error()));
        } else {
            known = AuditChain::KnownHead { earlier.value().entries, earlier.value().head };
        }
    }

    AuditChain::Report chain = AuditChain::check(workstationId, entries, checkpoints, workstation, known);
    result.chain = chain.verified;
    const bool chainIntact = chain.findings.isEmpty();
    result.findings.append(chain.findings);
    // Every export signs its head, so entries after the last signature were
    // added by someone without the workstation key.
    if (chainIntact && result.chain.unsignedTail > 0) {
        const qint64 first = result.chain.lastCheckpoint + 1;
        finding(first,
                QStringLiteral("entries %1 to %2 are not covered by a signed checkpoint (added after "
                               "the workstation signed the export?)")
                    .arg(first)
                    .arg(result.chain.entries));
    }

    if (!certificate) {
        finding(0,
                QStringLiteral("the export carries no workstation certificate (the workstation was not "
                               "enrolled), so who made it is unknown"));
        return result;
    }
    const WorkstationCertificate& c = *certificate;
    if (c.workstation.signPublic != workstation.signPublic) {
        finding(0,
                QStringLiteral("key mismatch: the certificate is for workstation key %1, but the "
                               "checkpoints are signed by key %2")
                    .arg(c.workstation.keyId(), workstation.keyId()));
    }
    if (trust.isEmpty()) {
        finding(0,
                QStringLiteral("the workstation certificate (reviewer %1, root %2) was not checked: no "
                               "organisation root is trusted")
                    .arg(c.reviewerId, c.rootKeyId));
        return result;
    }
    // Root and signature, checked at the issue time; the validity period is
    // checked against the entries below, so the finding can name one.
    if (auto signedByRoot = c.verify(trust, c.issued); !signedByRoot) {
        finding(0, signedByRoot.error());
        return result;
    }
    // The certificate must be valid at the last verified entry (times are
    // the workstation's own, so this is the rule a verifier can hold it to).
    // Canonical times are fixed-width UTC ("2026-11-01T08:00:00.000Z"), so
    // comparing texts compares instants. When it has expired, the finding
    // names the first entry written after the expiry.
    const QByteArray expiresText = isoTime(c.expires).toLatin1();
    const qsizetype verified = static_cast<qsizetype>(result.chain.entries);
    const auto after = [&](qsizetype index) {
        const QByteArrayView time = AuditChain::canonicalTime(entries[index].canonical);
        return !time.isEmpty() && time.compare(expiresText) > 0;
    };
    if (verified > 0 && after(verified - 1)) {
        qsizetype first = 0;
        while (!after(first)) {
            ++first;
        }
        finding(
            entries[first].sequence,
            QStringLiteral("expired certificate: the certificate of workstation %1 (reviewer %2) expired on "
                           "%3, before entry %4 (%5)")
                .arg(c.workstation.keyId(), c.reviewerId, isoTime(c.expires))
                .arg(entries[first].sequence)
                .arg(QString::fromLatin1(AuditChain::canonicalTime(entries[first].canonical))));
    }
    return result;
}

}  // namespace veil::model
