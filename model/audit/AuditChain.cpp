// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/audit/AuditChain.h"

#include "model/crypto/Sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace veil::model {

namespace {

const QList<QPair<AuditEvent, const char*>>& eventNames()
{
    static const QList<QPair<AuditEvent, const char*>> names = {
        { AuditEvent::Unlock, "unlock" },
        { AuditEvent::Lock, "lock" },
        { AuditEvent::BatchImported, "batch_imported" },
        { AuditEvent::BatchRefused, "batch_refused" },
        { AuditEvent::BatchPurged, "batch_purged" },
        { AuditEvent::RevealGranted, "reveal_granted" },
        { AuditEvent::RevealDenied, "reveal_denied" },
        { AuditEvent::ResultSubmitted, "result_submitted" },
        { AuditEvent::MarkedPersonalData, "marked_personal_data" },
        { AuditEvent::Export, "export" },
        { AuditEvent::PolicyViolation, "policy_violation" },
    };
    return names;
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

}  // namespace

QString auditEventName(AuditEvent event)
{
    for (const auto& [value, name] : eventNames()) {
        if (value == event) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<AuditEvent> auditEventFromName(const QString& name)
{
    for (const auto& [value, text] : eventNames()) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QByteArray AuditChain::genesisHash(const QString& workstationId)
{
    return Sodium::hash("veil-audit-genesis-v1\n" + workstationId.toUtf8(), 32);
}

QByteArray AuditChain::canonical(const AuditEntry& entry)
{
    const AuditRecord& r = entry.record;
    // QJsonDocument writes keys sorted; the bytes are stored and hashed as
    // written, so readers never need to re-canonicalise.
    const QJsonObject json {
        { QStringLiteral("seq"), entry.sequence },
        { QStringLiteral("time"), timeText(entry.time) },
        { QStringLiteral("workstation"), entry.workstationId },
        { QStringLiteral("event"), auditEventName(r.event) },
        { QStringLiteral("actor"), r.actor },
        { QStringLiteral("batch"), r.batchId },
        { QStringLiteral("task"), r.taskId },
        { QStringLiteral("span"), r.spanId },
        { QStringLiteral("category"), r.category },
        { QStringLiteral("reason_code"), r.reasonCode },
        { QStringLiteral("justification"), r.justification },
        { QStringLiteral("decision"), r.decision },
        { QStringLiteral("value_mac"), QString::fromLatin1(r.valueMac.toHex()) },
        { QStringLiteral("detail"), r.detail },
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<AuditEntry> AuditChain::parseCanonical(const QByteArray& canonicalBytes)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(canonicalBytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return fail(QStringLiteral("not a JSON object"));
    }
    const QJsonObject json = document.object();
    AuditEntry entry;
    entry.sequence = json.value(QStringLiteral("seq")).toInteger(-1);
    entry.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.workstationId = json.value(QStringLiteral("workstation")).toString();
    const auto event = auditEventFromName(json.value(QStringLiteral("event")).toString());
    if (!event || entry.sequence < 1 || !entry.time.isValid()) {
        return fail(QStringLiteral("missing or unknown seq, time or event"));
    }
    AuditRecord& r = entry.record;
    r.event = *event;
    r.actor = json.value(QStringLiteral("actor")).toString();
    r.batchId = json.value(QStringLiteral("batch")).toString();
    r.taskId = json.value(QStringLiteral("task")).toString();
    r.spanId = json.value(QStringLiteral("span")).toInt(-1);
    r.category = json.value(QStringLiteral("category")).toString();
    r.reasonCode = json.value(QStringLiteral("reason_code")).toString();
    r.justification = json.value(QStringLiteral("justification")).toString();
    r.decision = json.value(QStringLiteral("decision")).toString();
    r.valueMac = QByteArray::fromHex(json.value(QStringLiteral("value_mac")).toString().toLatin1());
    r.detail = json.value(QStringLiteral("detail")).toString();
    entry.canonical = canonicalBytes;
    if (canonical(entry) != canonicalBytes) {
        return fail(QStringLiteral("not in canonical form"));
    }
    return entry;
}

QByteArray AuditChain::chainHash(const QByteArray& previousHash, const QByteArray& canonicalBytes)
{
    return Sodium::hash(previousHash + canonicalBytes, 32);
}

QByteArray AuditChain::valueMac(const SecretBytes& auditKey, QByteArrayView value)
{
    return Sodium::hash(value, 32, auditKey.view());
}

QByteArray AuditChain::checkpointMessage(const QString& workstationId, const AuditCheckpoint& checkpoint)
{
    return "veil-audit-checkpoint-v1\nworkstation: " + workstationId.toUtf8()
        + "\nseq: " + QByteArray::number(checkpoint.sequence) + "\nhead: " + checkpoint.headHash.toHex()
        + "\ntime: " + timeText(checkpoint.time).toLatin1() + '\n';
}

AuditCheckpoint AuditChain::signCheckpoint(const QString& workstationId, qint64 sequence,
                                           const QByteArray& head, const QDateTime& time,
                                           const SecretKey& workstation)
{
    AuditCheckpoint checkpoint { sequence, head, time.toUTC(), {} };
    checkpoint.signature
        = Sodium::signDetached(checkpointMessage(workstationId, checkpoint), workstation.signSecret);
    return checkpoint;
}

namespace {

/// hash(n) = BLAKE2b-256(hash(n−1) ‖ canonical(n)), without concatenating
/// the two into a temporary (a million entries are verified per second).
void chainHashInto(const QByteArray& previous, const QByteArray& canonicalBytes, unsigned char* out)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(previous.constData()),
                              static_cast<unsigned long long>(previous.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(canonicalBytes.constData()),
                              static_cast<unsigned long long>(canonicalBytes.size()));
    crypto_generichash_final(&state, out, 32);
}

/// Finds a key in canonical bytes. In compact JSON an unescaped `"key":`
/// can only be a key (a quote inside a string is escaped), so a search
/// replaces a full parse, which would cost ten times the hash. Keys are
/// sorted and `seq`, `time` and `workstation` come after the free-text
/// fields, so the search runs from the end: verifying a million entries
/// spent a quarter of its time in a forward search.
class PatternFinder {
public:
    explicit PatternFinder(QByteArray pattern)
        : m_pattern(std::move(pattern))
    { }
    /// Offset just past the last occurrence of the pattern, or -1.
    qsizetype after(QByteArrayView bytes) const
    {
        // Every pattern starts with a quote, which is everywhere in JSON:
        // test the second byte (the key's first letter) before the rest.
        const qsizetype length = m_pattern.size();
        const char first = m_pattern[0];
        const char second = m_pattern[1];
        const char* data = bytes.data();
        for (qsizetype i = bytes.size() - length; i >= 0; --i) {
            if (data[i + 1] == second && data[i] == first
                && std::memcmp(data + i + 2, m_pattern.constData() + 2, static_cast<std::size_t>(length - 2))
                    == 0) {
                return i + length;
            }
        }
        return -1;
    }

private:
    QByteArray m_pattern;
};

}  // namespace

qint64 AuditChain::contentSequence(QByteArrayView canonicalBytes)
{
    static const PatternFinder seqKey(QByteArrayLiteral("\"seq\":"));
    const qsizetype digits = seqKey.after(canonicalBytes);
    if (digits < 0) {
        return -1;
    }
    qsizetype end = digits;
    while (end < canonicalBytes.size()
           && std::isdigit(static_cast<unsigned char>(canonicalBytes[end])) != 0) {
        ++end;
    }
    bool ok = false;
    const qint64 value = canonicalBytes.sliced(digits, end - digits).toLongLong(&ok);
    return ok ? value : -1;
}

QByteArrayView AuditChain::canonicalTime(QByteArrayView canonicalBytes)
{
    static const PatternFinder timeKey(QByteArrayLiteral("\"time\":\""));
    static constexpr qsizetype kLength = 24;  // yyyy-MM-ddThh:mm:ss.zzzZ, as canonical() writes it
    const qsizetype at = timeKey.after(canonicalBytes);
    if (at < 0 || at + kLength >= canonicalBytes.size() || canonicalBytes[at + kLength] != '"') {
        return {};
    }
    return canonicalBytes.sliced(at, kLength);
}

AuditChain::Report AuditChain::check(const QString& workstationId, const QList<AuditEntry>& entries,
                                     const QList<AuditCheckpoint>& checkpoints, const PublicKey& workstation,
                                     const std::optional<KnownHead>& known)
{
    Report report;
    const auto finding = [&report](qint64 entry, const QString& message) {
        report.findings.append({ entry, message });
    };
    const PatternFinder workstationField(
        "\"workstation\":"
        + QJsonDocument(QJsonArray { workstationId }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    const QByteArray genesis = genesisHash(workstationId);
    QByteArray previous = genesis;
    unsigned char hash[32];
    qint64 expected = 1;
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const AuditEntry& stored = entries[index];
        if (stored.sequence != expected) {
            const bool later
                = std::any_of(entries.begin() + index + 1, entries.end(),
                              [expected](const AuditEntry& e) { return e.sequence == expected; });
            finding(
                expected,
                stored.sequence > expected && !later
                    ? QStringLiteral("entry %1 is missing (deleted?): the log jumps from %2 to %3")
                          .arg(expected)
                          .arg(expected - 1)
                          .arg(stored.sequence)
                    : QStringLiteral("entry %1 appears out of order after entry %2 (inserted or reordered)")
                          .arg(stored.sequence)
                          .arg(expected - 1));
            break;
        }
        // The sequence and workstation inside the hashed bytes must match the
        // entry's place, or an entry was moved.
        const qint64 inside = contentSequence(stored.canonical);
        if (inside < 0 || workstationField.after(stored.canonical) < 0) {
            finding(expected,
                    QStringLiteral("entry %1 is malformed or belongs to another workstation").arg(expected));
            break;
        }
        if (inside != expected) {
            finding(
                expected,
                QStringLiteral("entry %1 was moved: its content says sequence %2").arg(expected).arg(inside));
            break;
        }
        chainHashInto(previous, stored.canonical, hash);
        if (stored.hash.size() != 32 || sodium_memcmp(hash, stored.hash.constData(), 32) != 0) {
            finding(expected,
                    QStringLiteral("entry %1 was modified, or an entry before it was: its hash does "
                                   "not match the chain")
                        .arg(expected));
            break;
        }
        previous = stored.hash;
        ++expected;
    }
    Verified& result = report.verified;
    result.entries = expected - 1;
    result.head = previous;
    qint64 lastInFile = 0;  // the highest entry number the file holds, verified or not
    for (const AuditEntry& entry : entries) {
        lastInFile = std::max(lastInFile, entry.sequence);
    }
    // entries[n − 1] is entry n for every n in the verified prefix.
    const auto verifiedHash
        = [&](qint64 sequence) { return sequence == 0 ? genesis : entries[sequence - 1].hash; };
    for (const AuditCheckpoint& checkpoint : checkpoints) {
        if (!Sodium::verifyDetached(checkpoint.signature, checkpointMessage(workstationId, checkpoint),
                                    workstation.signPublic)) {
            finding(checkpoint.sequence,
                    QStringLiteral("checkpoint at entry %1 has an invalid signature (not made by workstation "
                                   "key %2)")
                        .arg(checkpoint.sequence)
                        .arg(workstation.keyId()));
            continue;
        }
        if (checkpoint.sequence < 0) {
            finding(
                0,
                QStringLiteral("a checkpoint names entry %1, which cannot exist").arg(checkpoint.sequence));
            continue;
        }
        if (checkpoint.sequence > lastInFile) {
            finding(checkpoint.sequence,
                    QStringLiteral("truncated: the workstation signed a checkpoint at entry %1 but the log "
                                   "ends at entry %2")
                        .arg(checkpoint.sequence)
                        .arg(lastInFile));
            continue;
        }
        if (checkpoint.sequence > result.entries) {
            continue;  // beyond the break already reported: nothing to compare with
        }
        if (!Sodium::equalConstantTime(verifiedHash(checkpoint.sequence), checkpoint.headHash)) {
            finding(checkpoint.sequence,
                    QStringLiteral("history rewritten: entry %1 differs from the signed checkpoint")
                        .arg(checkpoint.sequence));
            continue;
        }
        result.lastCheckpoint = std::max(result.lastCheckpoint, checkpoint.sequence);
    }
    result.unsignedTail = result.entries - result.lastCheckpoint;
    if (known && known->sequence > 0) {
        if (known->sequence > lastInFile) {
            finding(known->sequence,
                    QStringLiteral("truncated: an earlier export of this workstation reached entry %1, this "
                                   "one ends at entry %2")
                        .arg(known->sequence)
                        .arg(lastInFile));
        } else if (known->sequence <= result.entries
                   && !Sodium::equalConstantTime(verifiedHash(known->sequence), known->hash)) {
            finding(known->sequence,
                    QStringLiteral("fork: entry %1 differs from the one seen in an earlier export (history "
                                   "was rewritten)")
                        .arg(known->sequence));
        }
    }
    return report;
}

Result<AuditChain::Verified> AuditChain::verify(const QString& workstationId,
                                                const QList<AuditEntry>& entries,
                                                const QList<AuditCheckpoint>& checkpoints,
                                                const PublicKey& workstation,
                                                const std::optional<KnownHead>& known)
{
    Report report = check(workstationId, entries, checkpoints, workstation, known);
    if (!report.findings.isEmpty()) {
        return fail(report.findings.constFirst().message);
    }
    return report.verified;
}

}  // namespace veil::model
