// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"

#include <QString>

namespace veil::model {

class Profile;

/// The reviewer's side of enrolment as files (docs/profile.md, "Enrolment"):
/// write this workstation's signed request for the organisation to certify
/// (`veilctl org certify`), and install the certificate that comes back.
/// Every message names the file.
class EnrolmentFiles {
public:
    /// Writes the profile's .veilrequest atomically to `path`.
    static Status writeRequest(const Profile& profile, const QString& path);
    /// Reads a .veilcert from `path` and installs it after the profile's
    /// checks (this workstation's key, this reviewer, a trusted root, a valid
    /// period). A refused certificate changes nothing.
    static Status installCertificate(Profile& profile, const QString& path);
};

}  // namespace veil::model
