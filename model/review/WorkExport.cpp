// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/WorkExport.h"

#include "model/profile/Profile.h"
#include "model/profile/ReviewWork.h"

#include <QSaveFile>

#include <functional>

namespace veil::model {

namespace {

/// Opens the target before producing the bytes, so that an unwritable path
/// fails before anything is exported (an audit export is itself audited).
Status writeFile(const QString& path, const std::function<Result<QByteArray>()>& produce)
{
    if (path.isEmpty()) {
        return fail(QStringLiteral("no file was chosen"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    }
    const Result<QByteArray> bytes = produce();
    if (!bytes) {
        file.cancelWriting();
        return fail(bytes.error());
    }
    if (file.write(bytes.value()) != bytes.value().size() || !file.commit()) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return Done {};
}

}  // namespace

Status WorkExport::writeResults(ReviewWork& work, const QString& batchId, const QString& path)
{
    if (batchId.isEmpty()) {
        return fail(QStringLiteral("choose a task of the batch whose results to export"));
    }
    return writeFile(path, [&]() { return work.exportResults(batchId); });
}

Status WorkExport::writeAudit(Profile& profile, const QString& path)
{
    return writeFile(path, [&]() { return profile.exportAudit(); });
}

}  // namespace veil::model
