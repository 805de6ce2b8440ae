// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// docs/formats.md, ".veilaudit". A supervisor verifies exports of a million
// entries and more, so encoding writes the JSON by hand and decoding uses
// simdjson's on-demand parser straight over the file's bytes; QJsonDocument
// would take several seconds and gigabytes for such a file.
#include "model/audit/AuditExport.h"

#include "model/keys/KeyFile.h"

#include <QFile>
#include <QSet>

#include <simdjson.h>

#include <string_view>

namespace veil::model {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// Appends `text` (UTF-8) as a JSON string literal.
void appendJsonString(QByteArray& out, QByteArrayView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c != '"' && c != '\\' && c >= 0x20) {
            continue;
        }
        out.append(text.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        default:
            out.append("\\u00");
            out.append(kHex[c >> 4]);
            out.append(kHex[c & 0xf]);
            break;
        }
    }
    out.append(text.sliced(plainFrom));
    out.append('"');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;  // upper case is not written by Veil and not accepted
}

/// Exactly 64 lower-case hex digits → 32 bytes.
std::optional<QByteArray> hash32(std::string_view hex)
{
    if (hex.size() != 64) {
        return std::nullopt;
    }
    QByteArray out(32, Qt::Uninitialized);
    for (qsizetype i = 0; i < 32; ++i) {
        const int high = hexValue(hex[static_cast<std::size_t>(2 * i)]);
        const int low = hexValue(hex[static_cast<std::size_t>(2 * i + 1)]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        out[i] = static_cast<char>((high << 4) | low);
    }
    return out;
}

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

/// Takes the parsed document into `out`; returns why not, or an empty
/// string. Every element is checked for its type: a file that is not what
/// encode() writes (modulo whitespace and key order) is refused with the
/// place that is wrong.
QString takeDocument(const simdjson::dom::element& document, AuditExport& out, std::string_view& format,
                     int64_t& version, std::string_view& keyText, std::string_view& certificateText)
{
    simdjson::dom::object root;
    if (document.get_object().get(root) != simdjson::SUCCESS) {
        return QStringLiteral("not a JSON object");
    }
    QSet<QString> seen;
    for (const auto [key, value] : root) {
        const QString name = text(key);
        if (seen.contains(name)) {
            return QStringLiteral("\"%1\" appears twice").arg(name);
        }
        seen.insert(name);
        if (key == "format" || key == "workstation_id" || key == "workstation_key" || key == "certificate") {
            std::string_view string;
            if (value.get_string().get(string) != simdjson::SUCCESS) {
                return QStringLiteral("\"%1\" is not a string").arg(name);
            }
            if (key == "format") {
                format = string;
            } else if (key == "workstation_id") {
                out.workstationId = text(string);
            } else if (key == "workstation_key") {
                keyText = string;
            } else {
                certificateText = string;
            }
        } else if (key == "version") {
            if (value.get_int64().get(version) != simdjson::SUCCESS) {
                return QStringLiteral("\"version\" is not an integer");
            }
        } else if (key == "entries") {
            simdjson::dom::array entries;
            if (value.get_array().get(entries) != simdjson::SUCCESS) {
                return QStringLiteral("\"entries\" is not an array");
            }
            out.entries.reserve(static_cast<qsizetype>(entries.size()));
            for (const simdjson::dom::element element : entries) {
                const qsizetype position = out.entries.size() + 1;
                const auto bad = [position](const char* why) {
                    return QStringLiteral("the entry at position %1 in \"entries\" %2")
                        .arg(position)
                        .arg(QLatin1String(why));
                };
                simdjson::dom::object entryObject;
                if (element.get_object().get(entryObject) != simdjson::SUCCESS) {
                    return bad("is not an object");
                }
                AuditEntry entry;
                int fields = 0;
                for (const auto [entryKey, entryValue] : entryObject) {
                    std::string_view string;
                    if (entryKey == "seq") {
                        int64_t sequence = 0;
                        if (entryValue.get_int64().get(sequence) != simdjson::SUCCESS) {
                            return bad("has a \"seq\" that is not an integer");
                        }
                        entry.sequence = sequence;
                        fields |= 1;
                    } else if (entryKey == "canonical") {
                        if (entryValue.get_string().get(string) != simdjson::SUCCESS) {
                            return bad("has a \"canonical\" that is not a string");
                        }
                        entry.canonical = QByteArray(string.data(), static_cast<qsizetype>(string.size()));
                        fields |= 2;
                    } else if (entryKey == "hash") {
                        std::optional<QByteArray> hash;
                        if (entryValue.get_string().get(string) != simdjson::SUCCESS
                            || !(hash = hash32(string))) {
                            return bad("has a \"hash\" that is not 64 lower-case hex digits");
                        }
                        entry.hash = std::move(*hash);
                        fields |= 4;
                    } else {
                        return bad("has an unknown field");
                    }
                }
                if (fields != 7) {
                    return bad("lacks \"seq\", \"canonical\" or \"hash\"");
                }
                out.entries.append(std::move(entry));
            }
        } else if (key == "checkpoints") {
            simdjson::dom::array checkpoints;
            if (value.get_array().get(checkpoints) != simdjson::SUCCESS) {
                return QStringLiteral("\"checkpoints\" is not an array");
            }
            for (const simdjson::dom::element element : checkpoints) {
                const QString bad = QStringLiteral("checkpoint %1 in \"checkpoints\" is malformed")
                                        .arg(out.checkpoints.size() + 1);
                simdjson::dom::object checkpointObject;
                if (element.get_object().get(checkpointObject) != simdjson::SUCCESS) {
                    return bad;
                }
                AuditCheckpoint checkpoint;
                int fields = 0;
                for (const auto [checkpointKey, checkpointValue] : checkpointObject) {
                    if (checkpointKey == "seq") {
                        int64_t sequence = 0;
                        if (checkpointValue.get_int64().get(sequence) != simdjson::SUCCESS) {
                            return bad;
                        }
                        checkpoint.sequence = sequence;
                        fields |= 1;
                        continue;
                    }
                    std::string_view string;
                    if (checkpointValue.get_string().get(string) != simdjson::SUCCESS) {
                        return bad;
                    }
                    if (checkpointKey == "head") {
                        auto head = hash32(string);
                        if (!head) {
                            return bad;
                        }
                        checkpoint.headHash = std::move(*head);
                        fields |= 2;
                    } else if (checkpointKey == "time") {
                        checkpoint.time = QDateTime::fromString(text(string), Qt::ISODateWithMs);
                        if (!checkpoint.time.isValid()) {
                            return bad;
                        }
                        fields |= 4;
                    } else if (checkpointKey == "signature") {
                        const auto decoded = QByteArray::fromBase64Encoding(
                            QByteArray(string.data(), static_cast<qsizetype>(string.size())),
                            QByteArray::AbortOnBase64DecodingErrors);
                        if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
                            return bad;
                        }
                        checkpoint.signature = decoded.decoded;
                        fields |= 8;
                    } else {
                        return bad;
                    }
                }
                if (fields != 15) {
                    return bad;
                }
                out.checkpoints.append(std::move(checkpoint));
            }
        } else {
            return QStringLiteral("unknown field \"%1\"").arg(name);
        }
    }
    for (AuditEntry& entry : out.entries) {
        entry.workstationId = out.workstationId;
    }
    return {};
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
    QByteArray out;
    qsizetype estimate = 4096;
    for (const AuditEntry& entry : entries) {
        estimate += entry.canonical.size() * 5 / 4 + 120;
    }
    out.reserve(estimate + checkpoints.size() * 240);
    out.append(R"({"format":"veilaudit","version":1,"workstation_id":)");
    appendJsonString(out, workstationId.toUtf8());
    out.append(R"(,"workstation_key":)");
    appendJsonString(out, KeyFile::encodePublic(workstation));
    if (certificate) {
        out.append(R"(,"certificate":)");
        appendJsonString(out, certificate->encode());
    }
    out.append(R"(,"entries":[)");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries[i];
        out.append(i == 0 ? R"({"seq":)" : R"(,{"seq":)");
        out.append(QByteArray::number(entry.sequence));
        out.append(R"(,"canonical":)");
        appendJsonString(out, entry.canonical);
        out.append(R"(,"hash":")");
        out.append(entry.hash.toHex());
        out.append(R"("})");
    }
    out.append(R"(],"checkpoints":[)");
    for (qsizetype i = 0; i < checkpoints.size(); ++i) {
        const AuditCheckpoint& checkpoint = checkpoints[i];
        out.append(i == 0 ? R"({"seq":)" : R"(,{"seq":)");
        out.append(QByteArray::number(checkpoint.sequence));
        out.append(R"(,"head":")");
        out.append(checkpoint.headHash.toHex());
        out.append(R"(","time":")");
        out.append(isoTime(checkpoint.time).toLatin1());
        out.append(R"(","signature":")");
        out.append(checkpoint.signature.toBase64());
        out.append(R"("})");
    }
    out.append("]}");
    return out;
}

Result<AuditExport> AuditExport::decode(const QByteArray& bytes, const QString& source)
{
    const auto notExport = [&source](const QString& why) {
        return fail(QStringLiteral("%1: not an audit export (%2)").arg(source, why));
    };
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: parse in
    // place when the array has that much spare capacity (read() arranges
    // it), else let the parser copy.
    const auto size = static_cast<std::size_t>(bytes.size());
    const bool padded = bytes.isDetached()
        && static_cast<std::size_t>(bytes.capacity()) - size >= simdjson::SIMDJSON_PADDING;
    simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (const auto error = parser.parse(bytes.constData(), size, !padded).get(document);
        error != simdjson::SUCCESS) {
        return notExport(QString::fromLatin1(simdjson::error_message(error)));
    }
    AuditExport out;
    std::string_view format;
    int64_t version = 0;
    std::string_view keyText;
    std::string_view certificateText;
    const QString why = takeDocument(document, out, format, version, keyText, certificateText);
    if (format != "veilaudit") {
        return notExport(why.isEmpty() ? QStringLiteral("format is not \"veilaudit\"") : why);
    }
    if (version != 1) {
        return fail(QStringLiteral("%1: unsupported audit export version %2 (this Veil reads 1)")
                        .arg(source)
                        .arg(version));
    }
    if (!why.isEmpty()) {
        return fail(QStringLiteral("%1: damaged audit export: %2").arg(source, why));
    }
    if (out.workstationId.isEmpty() || keyText.empty()) {
        return fail(QStringLiteral("%1: damaged audit export: workstation_id or workstation_key is missing")
                        .arg(source));
    }
    auto key
        = KeyFile::decodePublic(QByteArray(keyText.data(), static_cast<qsizetype>(keyText.size())), source);
    if (!key) {
        return fail(key.error());
    }
    if (key.value().role != KeyRole::Workstation) {
        return fail(QStringLiteral("%1: the export's key is not a workstation key").arg(source));
    }
    out.workstation = std::move(key).value();
    if (!certificateText.empty()) {
        auto certificate = WorkstationCertificate::decode(
            QByteArray(certificateText.data(), static_cast<qsizetype>(certificateText.size())),
            source + QStringLiteral(" (its workstation certificate)"));
        if (!certificate) {
            return fail(certificate.error());
        }
        out.certificate = std::move(certificate).value();
    }
    return out;
}

Result<AuditExport> AuditExport::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    if (size > qint64 { 4 } * 1024 * 1024 * 1024 - 1) {
        return fail(QStringLiteral("%1: larger than 4 GiB, which this Veil cannot verify").arg(path));
    }
    // Room for simdjson's padding, so decode() reads the bytes in place.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(size) + static_cast<qsizetype>(simdjson::SIMDJSON_PADDING));
    bytes.resize(static_cast<qsizetype>(size));
    if (file.read(bytes.data(), size) != size) {
        return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    }
    return decode(bytes, path);
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
    // Canonical times are fixed-width UTC ("2026-11-01T08:00:00.000Z"), so
    // comparing the text compares the instants without parsing a million dates.
    const QByteArray expiresText = isoTime(c.expires).toLatin1();
    static const QByteArray timeKey("\"time\":\"");
    for (const AuditEntry& entry : entries) {
        // The time is inside the hashed bytes; read it only for entries the
        // chain verified, and only the first one past expiry matters.
        if (entry.sequence < 1 || entry.sequence > result.chain.entries) {
            break;
        }
        const qsizetype at = entry.canonical.indexOf(timeKey);
        if (at < 0 || at + timeKey.size() + expiresText.size() > entry.canonical.size()) {
            continue;
        }
        const QByteArrayView timeText(entry.canonical.constData() + at + timeKey.size(), expiresText.size());
        if (timeText.compare(expiresText) > 0) {
            finding(
                entry.sequence,
                QStringLiteral("expired certificate: the certificate of workstation %1 (reviewer %2) expired "
                               "on %3, before entry %4 (%5)")
                    .arg(c.workstation.keyId(), c.reviewerId, isoTime(c.expires))
                    .arg(entry.sequence)
                    .arg(QString::fromLatin1(timeText)));
            break;
        }
    }
    return result;
}

}  // namespace veil::model
