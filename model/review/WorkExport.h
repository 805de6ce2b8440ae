// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

namespace veil::model {

class Profile;
class ReviewWork;

/// Writes what a reviewer hands in — a batch's signed `.veilresults` and the
/// signed `.veilaudit` export — to a file the reviewer chose. Writes are
/// atomic (QSaveFile): a failed export leaves an existing file as it was and
/// never a half-written one; the failure names the file and the reason.
class WorkExport {
public:
    static Status writeResults(ReviewWork& work, const QString& batchId, const QString& path);
    static Status writeAudit(Profile& profile, const QString& path);
};

}  // namespace veil::model
