// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/KeyTypes.h"

namespace veil::model {

/// Makes fresh key pairs: the organisation root, issuers certified by the
/// root, and workstations (signing + sealing keys).
class KeyFactory {
public:
    static SecretKey generateRoot(const QString& name);
    /// An issuer key whose certificate, signed by `root`, is valid until `expires`.
    static Result<SecretKey> generateIssuer(const QString& name, const SecretKey& root,
                                            const QDateTime& expires);
    static SecretKey generateWorkstation(const QString& name);

    /// Re-signs `issuer`'s certificate with `root` (used by generateIssuer).
    static Status certifyIssuer(PublicKey& issuer, const SecretKey& root, const QDateTime& expires);
};

}  // namespace veil::model
