// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/WorkstationCertificate.h"

#include "model/crypto/Sodium.h"
#include "model/keys/SignedDocument.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace veil::model {

namespace {

constexpr char kRequestFormat[] = "veil-enrolment-request";
constexpr char kCertificateFormat[] = "veil-workstation-certificate";
constexpr int kVersion = 1;
constexpr qsizetype kMaxFileBytes = 16 * 1024;

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue& value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

/// The workstation key's public fields, shared by request and certificate.
void putWorkstation(QJsonObject& body, const PublicKey& key)
{
    body.insert(QStringLiteral("workstation-name"), key.name);
    body.insert(QStringLiteral("workstation-key-id"), key.keyId());
    body.insert(QStringLiteral("sign-public"), QString::fromLatin1(key.signPublic.toBase64()));
    body.insert(QStringLiteral("box-public"), QString::fromLatin1(key.boxPublic.toBase64()));
    body.insert(QStringLiteral("workstation-created"), isoTime(key.created));
}

std::optional<QByteArray> base64Field(const QJsonObject& body, const char* name, qsizetype size)
{
    const auto decoded = QByteArray::fromBase64Encoding(body.value(QLatin1String(name)).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != size) {
        return std::nullopt;
    }
    return decoded.decoded;
}

Result<PublicKey> takeWorkstation(const QJsonObject& body)
{
    PublicKey key;
    key.role = KeyRole::Workstation;
    key.name = body.value(QStringLiteral("workstation-name")).toString();
    key.created = parseTime(body.value(QStringLiteral("workstation-created")));
    const auto sign = base64Field(body, "sign-public", Sodium::kSignPublicBytes);
    const auto box = base64Field(body, "box-public", Sodium::kBoxPublicBytes);
    if (!sign || !box) {
        return fail(QStringLiteral("the workstation's public keys are missing or not 32-byte base64"));
    }
    key.signPublic = *sign;
    key.boxPublic = *box;
    if (key.keyId() != body.value(QStringLiteral("workstation-key-id")).toString()) {
        return fail(QStringLiteral("workstation-key-id does not match sign-public"));
    }
    return key;
}

}  // namespace

QString reviewerRoleName(ReviewerRole role)
{
    return role == ReviewerRole::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("reviewer");
}

std::optional<ReviewerRole> reviewerRoleFromName(const QString& name)
{
    if (name == QLatin1String("reviewer")) {
        return ReviewerRole::Reviewer;
    }
    if (name == QLatin1String("supervisor")) {
        return ReviewerRole::Supervisor;
    }
    return std::nullopt;
}

QByteArray EnrolmentRequest::signedBody() const
{
    QJsonObject body;
    body.insert(QStringLiteral("format"), QLatin1String(kRequestFormat));
    body.insert(QStringLiteral("version"), kVersion);
    body.insert(QStringLiteral("reviewer"), reviewerId);
    body.insert(QStringLiteral("created"), isoTime(created));
    putWorkstation(body, workstation);
    return SignedDocument::canonical(body);
}

QByteArray EnrolmentRequest::encode() const
{
    return SignedDocument::wrap(signedBody(), signature);
}

Result<EnrolmentRequest> EnrolmentRequest::create(const QString& reviewerId, const SecretKey& workstation,
                                                  const QDateTime& now)
{
    if (reviewerId.trimmed().isEmpty() || reviewerId.size() > 128) {
        return fail(QStringLiteral("a reviewer id must be 1 to 128 characters"));
    }
    if (workstation.publicKey.role != KeyRole::Workstation) {
        return fail(QStringLiteral("an enrolment request needs a workstation key"));
    }
    EnrolmentRequest request;
    request.reviewerId = reviewerId.trimmed();
    request.workstation = workstation.publicKey;
    request.workstation.certificate.reset();
    request.created = now.toUTC();
    request.signature = Sodium::signDetached(request.signedBody(), workstation.signSecret);
    return request;
}

Result<EnrolmentRequest> EnrolmentRequest::decode(const QByteArray& bytes, const QString& source)
{
    const QString what = QStringLiteral("Veil enrolment request");
    auto opened = SignedDocument::open(bytes, source, kRequestFormat, kVersion, what, kMaxFileBytes);
    if (!opened) {
        return fail(opened.error());
    }
    const SignedDocument& file = opened.value();
    auto key = takeWorkstation(file.fields);
    if (!key) {
        return fail(QStringLiteral("%1: not a valid %2: %3").arg(source, what, key.error()));
    }
    EnrolmentRequest request;
    request.reviewerId = file.fields.value(QStringLiteral("reviewer")).toString();
    request.created = parseTime(file.fields.value(QStringLiteral("created")));
    request.workstation = key.value();
    request.signature = file.signature;
    if (request.reviewerId.isEmpty() || !request.created.isValid()) {
        return fail(QStringLiteral("%1: not a valid %2: reviewer or created is missing").arg(source, what));
    }
    if (!Sodium::verifyDetached(request.signature, file.body, request.workstation.signPublic)) {
        return fail(QStringLiteral("%1: the request's signature does not match its workstation key "
                                   "(the file was altered)")
                        .arg(source));
    }
    return request;
}

QByteArray WorkstationCertificate::signedBody() const
{
    QJsonObject body;
    body.insert(QStringLiteral("format"), QLatin1String(kCertificateFormat));
    body.insert(QStringLiteral("version"), kVersion);
    body.insert(QStringLiteral("reviewer"), reviewerId);
    body.insert(QStringLiteral("role"), reviewerRoleName(role));
    body.insert(QStringLiteral("issued"), isoTime(issued));
    body.insert(QStringLiteral("expires"), isoTime(expires));
    body.insert(QStringLiteral("root-key-id"), rootKeyId);
    putWorkstation(body, workstation);
    return SignedDocument::canonical(body);
}

QByteArray WorkstationCertificate::encode() const
{
    return SignedDocument::wrap(signedBody(), signature);
}

Result<WorkstationCertificate> WorkstationCertificate::issue(const EnrolmentRequest& request,
                                                             ReviewerRole role, const SecretKey& root,
                                                             const QDateTime& now, const QDateTime& expires)
{
    if (root.publicKey.role != KeyRole::Root) {
        return fail(QStringLiteral("only the organisation root key can certify a workstation"));
    }
    if (!expires.isValid() || expires <= now) {
        return fail(QStringLiteral("the certificate's expiry must be in the future"));
    }
    WorkstationCertificate certificate;
    certificate.reviewerId = request.reviewerId;
    certificate.role = role;
    certificate.workstation = request.workstation;
    certificate.issued = now.toUTC();
    certificate.expires = expires.toUTC();
    certificate.rootKeyId = root.publicKey.keyId();
    certificate.signature = Sodium::signDetached(certificate.signedBody(), root.signSecret);
    return certificate;
}

Result<WorkstationCertificate> WorkstationCertificate::decode(const QByteArray& bytes, const QString& source)
{
    const QString what = QStringLiteral("Veil workstation certificate");
    auto opened = SignedDocument::open(bytes, source, kCertificateFormat, kVersion, what, kMaxFileBytes);
    if (!opened) {
        return fail(opened.error());
    }
    const SignedDocument& file = opened.value();
    auto key = takeWorkstation(file.fields);
    if (!key) {
        return fail(QStringLiteral("%1: not a valid %2: %3").arg(source, what, key.error()));
    }
    WorkstationCertificate certificate;
    certificate.workstation = key.value();
    certificate.reviewerId = file.fields.value(QStringLiteral("reviewer")).toString();
    const auto role = reviewerRoleFromName(file.fields.value(QStringLiteral("role")).toString());
    certificate.issued = parseTime(file.fields.value(QStringLiteral("issued")));
    certificate.expires = parseTime(file.fields.value(QStringLiteral("expires")));
    certificate.rootKeyId = file.fields.value(QStringLiteral("root-key-id")).toString();
    certificate.signature = file.signature;
    if (!role) {
        return fail(QStringLiteral("%1: not a valid %2: role must be \"reviewer\" or \"supervisor\"")
                        .arg(source, what));
    }
    certificate.role = *role;
    if (certificate.reviewerId.isEmpty() || !certificate.issued.isValid() || !certificate.expires.isValid()
        || certificate.rootKeyId.isEmpty()) {
        return fail(QStringLiteral("%1: not a valid %2: reviewer, issued, expires or root-key-id is missing")
                        .arg(source, what));
    }
    return certificate;
}

Status WorkstationCertificate::verify(const TrustStore& trust, const QDateTime& now) const
{
    const QString who = QStringLiteral("workstation %1 (reviewer %2)").arg(workstation.keyId(), reviewerId);
    for (const PublicKey& root : trust.roots()) {
        if (root.keyId() != rootKeyId) {
            continue;
        }
        if (!Sodium::verifyDetached(signature, signedBody(), root.signPublic)) {
            return fail(QStringLiteral("%1: its certificate signature is not valid").arg(who));
        }
        if (now < issued) {
            return fail(
                QStringLiteral("%1: its certificate is not valid before %2").arg(who, isoTime(issued)));
        }
        if (expires < now) {
            return fail(QStringLiteral("%1: its certificate expired on %2").arg(who, isoTime(expires)));
        }
        return Done {};
    }
    return fail(
        QStringLiteral("%1: certified by root %2, which is not in the trust store").arg(who, rootKeyId));
}

}  // namespace veil::model
