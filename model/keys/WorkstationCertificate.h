// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/KeyTypes.h"
#include "model/keys/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace veil::model {

/// What an enrolled workstation may do (DESIGN.md, "Keys and trust").
enum class ReviewerRole { Reviewer, Supervisor };

QString reviewerRoleName(ReviewerRole role);  // "reviewer", "supervisor"
std::optional<ReviewerRole> reviewerRoleFromName(const QString& name);

/// A workstation's request to be enrolled: its public keys and who uses it,
/// signed by the workstation's own signing key (proof of possession).
/// File: `*.veilrequest` (docs/formats.md, "Enrolment").
struct EnrolmentRequest {
    QString reviewerId;
    PublicKey workstation;
    QDateTime created;
    QByteArray signature;  ///< Ed25519 by the workstation key over signedBody()

    [[nodiscard]] QByteArray signedBody() const;
    [[nodiscard]] QByteArray encode() const;
    static Result<EnrolmentRequest> create(const QString& reviewerId, const SecretKey& workstation,
                                           const QDateTime& now);
    /// Parses and checks the self-signature; `source` names the file in messages.
    static Result<EnrolmentRequest> decode(const QByteArray& bytes, const QString& source);
};

/// The organisation root's statement binding a reviewer id, a role and an
/// expiry to one workstation key. File: `*.veilcert` (docs/formats.md,
/// "Enrolment"). Carried in every `.veilaudit` export.
struct WorkstationCertificate {
    QString reviewerId;
    ReviewerRole role = ReviewerRole::Reviewer;
    PublicKey workstation;  ///< role Workstation, with both public keys
    QDateTime issued;
    QDateTime expires;
    QString rootKeyId;
    QByteArray signature;  ///< Ed25519 by the root over signedBody()

    [[nodiscard]] QByteArray signedBody() const;
    [[nodiscard]] QByteArray encode() const;
    /// Certifies the workstation of a (verified) request.
    static Result<WorkstationCertificate> issue(const EnrolmentRequest& request, ReviewerRole role,
                                                const SecretKey& root, const QDateTime& now,
                                                const QDateTime& expires);
    /// Parses; does not check the signature (see verify). `source` names the file.
    static Result<WorkstationCertificate> decode(const QByteArray& bytes, const QString& source);
    /// Why this certificate is not valid at `now` under `trust` (unknown root,
    /// bad signature, expired, not yet valid), or Done.
    [[nodiscard]] Status verify(const TrustStore& trust, const QDateTime& now) const;
};

}  // namespace veil::model
