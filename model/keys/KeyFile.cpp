// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/keys/KeyFile.h"

#include "model/crypto/Sodium.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSaveFile>

#include <utility>

namespace veil::model {

namespace {

constexpr char kMagic[] = "VEIL KEY FILE v1";
constexpr qsizetype kChecksumBytes = 16;

using Field = std::pair<QByteArray, QByteArray>;

QByteArray kindName(KeyRole role, bool secret)
{
    return keyRoleName(role).toLatin1() + (secret ? "-secret" : "-public");
}

/// The public fields, in their fixed order.
QList<Field> publicFields(const PublicKey& key, bool secret)
{
    QList<Field> fields = {
        { "kind", kindName(key.role, secret) },
        { "key-id", key.keyId().toLatin1() },
        { "name", key.name.toUtf8() },
        { "created", key.created.toUTC().toString(Qt::ISODate).toLatin1() },
        { "sign-public", key.signPublic.toBase64() },
    };
    if (key.role == KeyRole::Workstation) {
        fields.append(Field { "box-public", key.boxPublic.toBase64() });
    }
    if (key.certificate) {
        fields.append(Field { "certified-by", key.certificate->rootKeyId.toLatin1() });
        fields.append(Field { "certificate-expires",
                              key.certificate->expires.toUTC().toString(Qt::ISODate).toLatin1() });
        fields.append(Field { "certificate-signature", key.certificate->signature.toBase64() });
    }
    return fields;
}

QByteArray render(const QList<Field>& fields)
{
    QByteArray text(kMagic);
    text += '\n';
    for (const auto& [name, value] : fields) {
        text += name + ": " + value + '\n';
    }
    return text;
}

QByteArray withChecksum(const QByteArray& body)
{
    return body + "checksum: " + Sodium::hash(body, kChecksumBytes).toBase64() + '\n';
}

/// A parsed file: its fields in order and the bytes each line starts at.
struct ParsedFile {
    QList<Field> fields;
    QList<qsizetype> lineStarts;
    QByteArray value(const char* name) const
    {
        for (const auto& field : fields) {
            if (field.first == name) {
                return field.second;
            }
        }
        return {};
    }
    bool has(const char* name) const
    {
        for (const auto& field : fields) {
            if (field.first == name) {
                return true;
            }
        }
        return false;
    }
};

Result<ParsedFile> parse(QByteArrayView text, const QString& source)
{
    const auto damaged = [&source](const QString& why) {
        return fail(QStringLiteral("%1: not a valid Veil key file: %2").arg(source, why));
    };
    if (text.size() > KeyFile::kMaxFileBytes) {
        return damaged(QStringLiteral("larger than %1 bytes").arg(KeyFile::kMaxFileBytes));
    }
    const QByteArray magicLine = QByteArray(kMagic) + '\n';
    if (!text.startsWith(magicLine)) {
        return damaged(QStringLiteral("it does not start with \"%1\"").arg(QLatin1String(kMagic)));
    }
    const qsizetype checksumAt = text.lastIndexOf(QByteArrayView("\nchecksum: "));
    if (checksumAt < 0 || !text.endsWith('\n')) {
        return damaged(QStringLiteral("the checksum line is missing (file truncated?)"));
    }
    const QByteArrayView body = text.first(checksumAt + 1);
    const QByteArray stored
        = QByteArray::fromBase64(text.sliced(checksumAt + 11, text.size() - checksumAt - 12).toByteArray(),
                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!Sodium::equalConstantTime(stored, Sodium::hash(body, kChecksumBytes))) {
        return damaged(QStringLiteral("checksum mismatch (the file was altered or damaged)"));
    }

    ParsedFile parsed;
    qsizetype pos = magicLine.size();
    while (pos < body.size()) {
        const qsizetype end = body.indexOf('\n', pos);
        const QByteArrayView line = body.sliced(pos, end - pos);
        const qsizetype colon = line.indexOf(QByteArrayView(": "));
        if (colon <= 0) {
            return damaged(QStringLiteral("line %1 is not \"field: value\"").arg(parsed.fields.size() + 2));
        }
        const QByteArray name = line.first(colon).toByteArray();
        if (parsed.has(name.constData())) {
            return damaged(QStringLiteral("field \"%1\" appears twice").arg(QString::fromLatin1(name)));
        }
        parsed.lineStarts.append(pos);
        parsed.fields.append({ name, line.sliced(colon + 2).toByteArray() });
        pos = end + 1;
    }
    return parsed;
}

QByteArray decodeBase64(const QByteArray& value, qsizetype expectedSize, bool* ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    *ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok
        && (expectedSize < 0 || decoded.decoded.size() == expectedSize);
    return decoded.decoded;
}

QDateTime decodeTime(const QByteArray& value)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

/// Builds the public key from parsed fields; `secretKind` tells which kind suffix is expected.
Result<PublicKey> toPublicKey(const ParsedFile& parsed, const QString& source, bool* isSecret)
{
    const auto damaged = [&source](const QString& why) {
        return fail(QStringLiteral("%1: not a valid Veil key file: %2").arg(source, why));
    };
    const QByteArray kind = parsed.value("kind");
    const qsizetype dash = kind.lastIndexOf('-');
    const QByteArray suffix = dash < 0 ? QByteArray() : kind.mid(dash + 1);
    const auto role = keyRoleFromName(QString::fromLatin1(kind.left(dash)));
    if (!role || (suffix != "public" && suffix != "secret")) {
        return damaged(QStringLiteral("unknown kind \"%1\"").arg(QString::fromUtf8(kind)));
    }
    *isSecret = suffix == "secret";

    PublicKey key;
    key.role = *role;
    key.name = QString::fromUtf8(parsed.value("name"));
    key.created = decodeTime(parsed.value("created"));
    bool ok = false;
    key.signPublic = decodeBase64(parsed.value("sign-public"), Sodium::kSignPublicBytes, &ok);
    if (!ok) {
        return damaged(QStringLiteral("sign-public is not a 32-byte base64 key"));
    }
    if (key.keyId().toLatin1() != parsed.value("key-id")) {
        return damaged(QStringLiteral("key-id does not match sign-public"));
    }
    if (key.role == KeyRole::Workstation) {
        key.boxPublic = decodeBase64(parsed.value("box-public"), Sodium::kBoxPublicBytes, &ok);
        if (!ok) {
            return damaged(QStringLiteral("box-public is not a 32-byte base64 key"));
        }
    }
    if (parsed.has("certified-by")) {
        IssuerCertificate certificate;
        certificate.rootKeyId = QString::fromLatin1(parsed.value("certified-by"));
        certificate.expires = decodeTime(parsed.value("certificate-expires"));
        certificate.signature
            = decodeBase64(parsed.value("certificate-signature"), Sodium::kSignatureBytes, &ok);
        if (!ok || !certificate.expires.isValid()) {
            return damaged(QStringLiteral("the issuer certificate is incomplete"));
        }
        key.certificate = certificate;
    } else if (key.role == KeyRole::Issuer) {
        return damaged(QStringLiteral("an issuer key must carry the root's certificate"));
    }
    if (!key.created.isValid()) {
        return damaged(QStringLiteral("created is not an ISO 8601 time"));
    }
    // Everything must be canonical: re-encoding the public part must give the
    // same lines, so two readers can never disagree about a field.
    const QList<Field> expected = publicFields(key, *isSecret);
    if (parsed.fields.mid(0, expected.size()) != expected) {
        return damaged(QStringLiteral("fields are out of order or not in canonical form"));
    }
    return key;
}

QByteArray secretAssociatedData(const QByteArray& bodyBeforeSecret)
{
    return bodyBeforeSecret;
}

}  // namespace

QByteArray KeyFile::encodePublic(const PublicKey& key)
{
    return withChecksum(render(publicFields(key, false)));
}

Result<QByteArray> KeyFile::encodeSecret(const SecretKey& key, const SecretBytes& passphrase,
                                         const KdfLimits& limits)
{
    const QByteArray salt = Sodium::randomBytes(Sodium::kPwhashSaltBytes);
    auto wrapKey = Sodium::deriveKey(passphrase, salt, limits.opsLimit, limits.memLimit);
    if (!wrapKey) {
        return fail(QStringLiteral("could not derive a key from the passphrase (out of memory?)"));
    }
    QList<Field> fields = publicFields(key.publicKey, true);
    fields.append(Field { "kdf", "argon2id13" });
    fields.append(Field { "kdf-ops", QByteArray::number(limits.opsLimit) });
    fields.append(Field { "kdf-mem", QByteArray::number(limits.memLimit) });
    fields.append(Field { "kdf-salt", salt.toBase64() });
    const QByteArray body = render(fields);

    SecretBytes plain(key.signSecret.size() + key.boxSecret.size());
    std::copy_n(key.signSecret.data(), key.signSecret.size(), plain.data());
    if (!key.boxSecret.isEmpty()) {
        std::copy_n(key.boxSecret.data(), key.boxSecret.size(), plain.data() + key.signSecret.size());
    }
    const QByteArray sealed = Sodium::aeadSeal(plain.view(), secretAssociatedData(body), *wrapKey);
    return withChecksum(body + "secret: " + sealed.toBase64() + '\n');
}

Result<PublicKey> KeyFile::decodePublic(QByteArrayView text, const QString& source)
{
    auto parsed = parse(text, source);
    if (!parsed) {
        return fail(parsed.error());
    }
    bool isSecret = false;
    auto key = toPublicKey(parsed.value(), source, &isSecret);
    if (key && isSecret) {
        return fail(QStringLiteral("%1: this is a secret key file; give the .pub file").arg(source));
    }
    if (key && parsed.value().fields.size() != publicFields(key.value(), false).size()) {
        return fail(QStringLiteral("%1: not a valid Veil key file: unexpected extra fields").arg(source));
    }
    return key;
}

Result<PublicKey> KeyFile::decodeAnyPublic(QByteArrayView text, const QString& source)
{
    auto parsed = parse(text, source);
    if (!parsed) {
        return fail(parsed.error());
    }
    bool isSecret = false;
    return toPublicKey(parsed.value(), source, &isSecret);
}

Result<SecretKey> KeyFile::decodeSecret(QByteArrayView text, const SecretBytes& passphrase,
                                        const QString& source)
{
    const auto damaged = [&source](const QString& why) {
        return fail(QStringLiteral("%1: not a valid Veil key file: %2").arg(source, why));
    };
    auto parsed = parse(text, source);
    if (!parsed) {
        return fail(parsed.error());
    }
    bool isSecret = false;
    auto publicKey = toPublicKey(parsed.value(), source, &isSecret);
    if (!publicKey) {
        return fail(publicKey.error());
    }
    if (!isSecret) {
        return fail(
            QStringLiteral("%1: this is a public key file; a secret key (.key) is needed").arg(source));
    }
    const ParsedFile& file = parsed.value();
    const qsizetype publicCount = publicFields(publicKey.value(), true).size();
    const QList<QByteArray> expectedNames = { "kdf", "kdf-ops", "kdf-mem", "kdf-salt", "secret" };
    if (file.fields.size() != publicCount + expectedNames.size()) {
        return damaged(QStringLiteral("expected the fields kdf, kdf-ops, kdf-mem, kdf-salt, secret"));
    }
    for (qsizetype i = 0; i < expectedNames.size(); ++i) {
        if (file.fields[publicCount + i].first != expectedNames[i]) {
            return damaged(
                QStringLiteral("expected field \"%1\"").arg(QString::fromLatin1(expectedNames[i])));
        }
    }
    if (file.value("kdf") != "argon2id13") {
        return damaged(QStringLiteral("unsupported kdf \"%1\"").arg(QString::fromUtf8(file.value("kdf"))));
    }
    bool opsOk = false;
    bool memOk = false;
    const quint64 ops = file.value("kdf-ops").toULongLong(&opsOk);
    const quint64 mem = file.value("kdf-mem").toULongLong(&memOk);
    bool ok = false;
    const QByteArray salt = decodeBase64(file.value("kdf-salt"), Sodium::kPwhashSaltBytes, &ok);
    const QByteArray sealed = decodeBase64(file.value("secret"), -1, &ok);
    if (!opsOk || !memOk || !ok) {
        return damaged(QStringLiteral("kdf parameters or secret are malformed"));
    }
    // Refuse absurd costs before spending them (they are not authenticated
    // until the secret opens): at most 1 GiB and 16 passes.
    if (mem > (quint64 { 1 } << 30U) || ops > 16) {
        return damaged(QStringLiteral("kdf parameters are out of range"));
    }
    auto wrapKey = Sodium::deriveKey(passphrase, salt, ops, mem);
    if (!wrapKey) {
        return damaged(QStringLiteral("kdf parameters are out of range"));
    }
    const QByteArray body = text.first(file.lineStarts[publicCount + 4]).toByteArray();
    auto plain = Sodium::aeadOpenSecret(sealed, secretAssociatedData(body), *wrapKey);
    if (!plain) {
        return fail(QStringLiteral("%1: wrong passphrase").arg(source));
    }
    const std::size_t boxSize = publicKey.value().role == KeyRole::Workstation ? Sodium::kBoxSecretBytes : 0;
    if (plain->size() != static_cast<std::size_t>(Sodium::kSignSecretBytes) + boxSize) {
        return damaged(QStringLiteral("the secret has the wrong length"));
    }
    SecretKey key;
    key.publicKey = std::move(publicKey).value();
    key.signSecret = SecretBytes::copyOf(plain->view().first(Sodium::kSignSecretBytes));
    if (boxSize > 0) {
        key.boxSecret = SecretBytes::copyOf(plain->view().sliced(Sodium::kSignSecretBytes));
    }
    return key;
}

namespace {

Result<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    }
    QByteArray data = file.read(KeyFile::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return fail(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    }
    return data;
}

}  // namespace

Result<PublicKey> KeyFile::readPublic(const QString& path)
{
    auto data = readSmallFile(path);
    if (!data) {
        return fail(data.error());
    }
    return decodePublic(data.value(), path);
}

Result<SecretKey> KeyFile::readSecret(const QString& path, const SecretBytes& passphrase)
{
    auto data = readSmallFile(path);
    if (!data) {
        return fail(data.error());
    }
    return decodeSecret(data.value(), passphrase, path);
}

Status KeyFile::write(const QString& path, const QByteArray& contents, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("%1: cannot create: %2").arg(path, file.errorString()));
    }
    if (secret) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (file.write(contents) != contents.size() || !file.commit()) {
        return fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    }
    return Done {};
}

}  // namespace veil::model
