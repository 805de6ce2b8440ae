// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QStringList>

#include <memory>

namespace veil::redact {
class Detector;
}

namespace veil::model {

/// Builds the detector every Veil tool uses: the built-in catalogue plus the
/// organisation rule files given (docs/redact.md, "Organisation rules").
class DetectorFactory {
public:
    static Result<std::shared_ptr<const redact::Detector>> create(const QStringList& organisationRuleFiles
                                                                  = {});
};

}  // namespace veil::model
