// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace veil::model {

/// The scripted review session of `veilctl selftest session` (issue 5,
/// acceptance 1), run through the model API only: create a profile in the
/// demo organisation, import the demo batch, one granted and one denied
/// reveal, submit a result whose note holds personal data, export the audit
/// log (and the results). `say` receives one line per step; no line ever
/// holds a revealed value.
class ScriptedSession {
public:
    struct Options {
        QString profileDir;
        QString auditOut;
        QString resultsOut;  ///< optional
        /// Fast key derivation for tests; the default is the product's.
        bool fastKdf = false;
    };
    struct Outcome {
        QString batchId;
        qint64 grantedSequence = 0;  ///< audit entry of the granted reveal
        qint64 deniedSequence = 0;
        int auditEntries = 0;
    };
    static Result<Outcome> run(const Options& options, const std::function<void(const QString&)>& say);
};

}  // namespace veil::model
