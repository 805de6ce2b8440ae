// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/batch/BatchReader.h"
#include "model/core/Result.h"
#include "model/profile/Profile.h"

#include <memory>

namespace veil::model {

/// The demo organisation that ships with Veil (resources/demo/keys/README.md):
/// public, demo-only keys and a demo batch built from synthetic
/// conversations. Anything opened with these keys must be shown as demo.
class DemoOrganisation {
public:
    /// Key id of the demo organisation root.
    static QString rootKeyId();
    /// True when `issuer` was certified by the demo root.
    static bool isDemoIssuer(const PublicKey& issuer);

    /// Where the demo batch and keys are: $VEIL_DEMO_DIR, the installed
    /// share/veil/demo beside the executable, or the build tree.
    static QString locateDirectory();

    /// Path of the demo batch, or empty when it is not installed.
    static QString batchPath();
    /// Creates a profile enrolled in the demo organisation: it adopts the
    /// public demo workstation key (the demo batch is sealed to it) and a
    /// certificate from the demo root with `role`, valid for a year.
    static Result<std::unique_ptr<Profile>> createProfile(const QString& dir, const QString& reviewerId,
                                                          const SecretBytes& passphrase,
                                                          const Profile::Options& options,
                                                          ReviewerRole role = ReviewerRole::Reviewer);

    /// Opens the demo batch with the demo workstation key.
    static Result<std::unique_ptr<BatchReader>> openBatch();
};

}  // namespace veil::model
