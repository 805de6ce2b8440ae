// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/supervisor/SupervisorTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace veil::model {

/// What AuditArchive remembers of one workstation: the vault record
/// `supervisor-audit-state` (docs/profile.md, "Supervisor archive"), as JSON.
struct ArchivedWorkstation {
    QString workstation;
    QString key;  ///< workstation key id of the accepted export
    QString reviewer;
    QString role;
    QString file;  ///< file name of the accepted export
    qint64 entries = 0;  ///< accepted entries (0: none accepted yet)
    QByteArray head;  ///< hash of entry `entries`
    QDateTime lastEntry;
    QDateTime imported;
    qint64 fileEntries = 0;  ///< entries in the last refused file, when none was accepted
    struct Failure {
        QString file;
        QString reason;
        qint64 entry = 0;
        QDateTime time;
        /// The file did not decode (cut short in transfer, damaged): it says
        /// nothing about the workstation's history, so a later good export
        /// clears it. Every other failure stays.
        bool damaged = false;
    };
    QList<Failure> failures;  ///< every refused file of this workstation, oldest first

    [[nodiscard]] QByteArray encode() const;
    static std::optional<ArchivedWorkstation> decode(const QByteArray& bytes);
    /// The integrity row: verified when an export was accepted and no file of
    /// this workstation was ever refused (damaged files aside).
    [[nodiscard]] LogStatus status() const;
};

}  // namespace veil::model
