// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace veil::model {

/// One imported `.veilaudit` file, as the integrity view shows it.
struct LogStatus {
    QString file;
    QString workstation;  ///< key id, or empty when the file could not be read
    QString reviewer;
    QString role;
    QDateTime lastEntry;
    qint64 entries = 0;
    bool verified = false;
    QString reason;  ///< the first finding, in words; empty when verified
    qint64 entry = 0;  ///< the entry the first finding concerns (0: none)
};

/// A reveal decision (granted or denied) from a verified log.
struct RevealEvent {
    QString workstation;
    QString reviewer;
    qint64 sequence = 0;
    QDateTime time;
    bool granted = false;
    QString batch;
    QString task;
    int span = -1;
    QString category;
    QString reasonCode;
    QString justification;
    QString decision;
};

/// A pattern that needs a supervisor's closer look, with the events behind it.
struct Flag {
    QString rule;  ///< stable name, e.g. "high-reveal-rate"
    QString reviewer;
    QList<int> events;  ///< indices into the analysis' events
    QString explanation;  ///< the rule and the numbers, in words
};

}  // namespace veil::model
