// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/KeyTypes.h"

#include <QList>

namespace veil::model {

/// The organisation root public keys a workstation trusts. An issuer is
/// trusted when a root in the store certified it and the certificate has not
/// expired.
class TrustStore {
public:
    void addRoot(PublicKey root);
    [[nodiscard]] const QList<PublicKey>& roots() const { return m_roots; }
    [[nodiscard]] bool isEmpty() const { return m_roots.isEmpty(); }

    /// Loads one or more root .pub files.
    static Result<TrustStore> fromFiles(const QStringList& paths);

    /// Why `issuer` may not sign batches at `now`, or Done.
    [[nodiscard]] Status verifyIssuer(const PublicKey& issuer, const QDateTime& now) const;

private:
    QList<PublicKey> m_roots;
};

}  // namespace veil::model
