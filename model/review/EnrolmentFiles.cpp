// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/review/EnrolmentFiles.h"

#include "model/profile/Profile.h"

#include <QFile>
#include <QSaveFile>

namespace veil::model {

namespace {

/// Certificates are a few hundred bytes; anything much larger is not one.
constexpr qint64 kMaxCertificateBytes = 64 * 1024;

}  // namespace

Status EnrolmentFiles::writeRequest(const Profile& profile, const QString& path)
{
    auto request = profile.enrolmentRequest();
    if (!request) {
        return fail(request.error());
    }
    const QByteArray bytes = request.value().encode();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(
            QStringLiteral("%1: cannot write the enrolment request: %2").arg(path, file.errorString()));
    }
    return Done {};
}

Status EnrolmentFiles::installCertificate(Profile& profile, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxCertificateBytes) {
        return fail(QStringLiteral("%1: not a Veil certificate (%2 bytes; a certificate is a few hundred)")
                        .arg(path)
                        .arg(file.size()));
    }
    return profile.installCertificate(file.readAll(), path);
}

}  // namespace veil::model
