// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace veil::model {

/// What happened (DESIGN.md, "Audit log"). Names are part of the export
/// format: never rename one.
enum class AuditEvent {
    Unlock,
    Lock,
    BatchImported,
    BatchRefused,
    BatchPurged,
    RevealGranted,
    RevealDenied,
    ResultSubmitted,
    MarkedPersonalData,
    Export,
    PolicyViolation,
};

QString auditEventName(AuditEvent event);
std::optional<AuditEvent> auditEventFromName(const QString& name);

/// What a caller asks to log. Never holds a revealed value: at most
/// `valueMac`, a keyed BLAKE2b of it (AuditChain::valueMac), so a supervisor
/// holding the audit key can test a suspected value without the log
/// carrying personal data.
struct AuditRecord {
    AuditEvent event = AuditEvent::Unlock;
    QString actor;  ///< reviewer id
    QString batchId;
    QString taskId;
    int spanId = -1;
    QString category;
    QString reasonCode;
    QString justification;
    QString decision;  ///< the policy's reason, in words
    QByteArray valueMac;
    QString detail;  ///< free text without personal data (e.g. refusal reason)
};

/// One entry of the chain as stored and exported.
struct AuditEntry {
    qint64 sequence = 0;  ///< 1, 2, 3, … without gaps
    QDateTime time;  ///< UTC, whole milliseconds
    QString workstationId;
    AuditRecord record;
    QByteArray canonical;  ///< the exact bytes hashed (AuditChain::canonical)
    QByteArray hash;  ///< BLAKE2b-256(previous hash ‖ canonical)
};

/// The workstation's signature over the chain head at `sequence`.
struct AuditCheckpoint {
    qint64 sequence = 0;
    QByteArray headHash;
    QDateTime time;
    QByteArray signature;  ///< Ed25519 by the workstation key over AuditChain::checkpointMessage
};

/// One thing a verifier found wrong, in words a supervisor can act on.
struct AuditFinding {
    qint64 entry = 0;  ///< the entry (sequence number) it concerns; 0 when none
    QString message;  ///< names the entry and what is wrong, without the file name
};

}  // namespace veil::model
