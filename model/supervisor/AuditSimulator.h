// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/KeyTypes.h"

#include <QList>
#include <QString>

namespace veil::model {

/// Realistic `.veilaudit` exports of a team of reviewers, with planted
/// misbehaviour, for tests, benchmarks and demos of the supervisor console
/// (`veilctl audit simulate`). Deterministic for a seed.
///
/// Writes DIR/ws-NNN.veilaudit (one per workstation, each certified by one
/// organisation root), DIR/root.pub (that root), and DIR/planted.json:
/// `{"root": "root.pub", "planted": [{"kind", "reviewer", "workstation",
/// "file", "entry"}]}` with the kinds "high-reveal-rate",
/// "copy-paste-justifications", "tampered" and "truncated".
class AuditSimulator {
public:
    struct Options {
        QString outDir;
        int workstations = 200;
        int days = 30;
        quint32 seed = 1;
        /// Healthy reviewers' tasks per working day (reveals scale with it).
        int tasksPerDay = 14;
        /// The organisation root that certifies every workstation (e.g. a
        /// supervisor profile's own root, so its archive trusts the exports);
        /// a fresh one when null. Not owned.
        const SecretKey* root = nullptr;
    };
    struct Planted {
        QString kind;
        QString reviewer;
        QString workstation;
        QString file;
        qint64 entry = 0;  ///< for "tampered": the altered entry
    };

    static Result<QList<Planted>> run(const Options& options);
};

}  // namespace veil::model
