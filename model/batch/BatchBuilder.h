// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/ConversationMasker.h"
#include "model/core/Result.h"
#include "model/keys/KeyTypes.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace veil::redact {
class Detector;
}

namespace veil::model {

/// `veilctl batch build`: raw conversations (JSONL) → scrubbed, sealed,
/// signed .veilbatch for one workstation.
class BatchBuilder {
public:
    struct Options {
        QString inputPath;
        QString outputPath;
        QJsonObject policy;
        QJsonObject rubric;
        QDateTime expires;
        bool skipBad = false;
        /// Called now and then with (bytes read, total bytes).
        std::function<void(qint64, qint64)> progress;
    };
    struct Report {
        int tasks = 0;
        int spans = 0;
        qint64 inputBytes = 0;
        QStringList skipped;  ///< "line N: reason", only with skipBad
        QString batchId;
    };

    BatchBuilder(std::shared_ptr<const redact::Detector> detector, const SecretKey& issuer,
                 PublicKey recipient);
    /// With another source of detections (benchmarks replay the detector's
    /// results to time everything but detection); an empty finder masks
    /// upstream spans only.
    BatchBuilder(SpanFinder finder, const SecretKey& issuer, PublicKey recipient);

    /// Fails on the first malformed line ("raw.jsonl line 7: …") unless
    /// skipBad is set; on failure no output file is left behind.
    [[nodiscard]] Result<Report> build(const Options& options) const;

    /// The policy and rubric used when none is given (resources/).
    static QJsonObject defaultPolicy();
    static QJsonObject defaultRubric();

private:
    SpanFinder m_find;
    const SecretKey& m_issuer;
    PublicKey m_recipient;
};

}  // namespace veil::model
