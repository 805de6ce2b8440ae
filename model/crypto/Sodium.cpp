// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/crypto/Sodium.h"

#include <sodium.h>

namespace veil::model {

namespace {

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}
unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}
unsigned long long length(QByteArrayView view)
{
    return static_cast<unsigned long long>(view.size());
}

}  // namespace

bool Sodium::initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QByteArray Sodium::randomBytes(qsizetype size)
{
    initialise();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<std::size_t>(size));
    return out;
}

QByteArray Sodium::hash(QByteArrayView message, qsizetype size, QByteArrayView key)
{
    initialise();
    QByteArray out(size, Qt::Uninitialized);
    crypto_generichash(bytes(out), static_cast<std::size_t>(size), bytes(message), length(message),
                       key.isEmpty() ? nullptr : bytes(key), static_cast<std::size_t>(key.size()));
    return out;
}

QByteArray Sodium::aeadSeal(QByteArrayView plaintext, QByteArrayView associatedData, const SecretBytes& key)
{
    return aeadSealWithRawKey(plaintext, associatedData, key.data());
}

QByteArray Sodium::aeadSealWithRawKey(QByteArrayView plaintext, QByteArrayView associatedData,
                                      const unsigned char* key)
{
    initialise();
    QByteArray out(kAeadNonceBytes + plaintext.size() + kAeadTagBytes, Qt::Uninitialized);
    randombytes_buf(out.data(), kAeadNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kAeadNonceBytes, &written, bytes(plaintext),
                                               length(plaintext), bytes(associatedData),
                                               length(associatedData), nullptr, bytes(out), key);
    return out;
}

std::optional<SecretBytes> Sodium::aeadOpenSecret(QByteArrayView sealed, QByteArrayView associatedData,
                                                  const SecretBytes& key)
{
    initialise();
    if (sealed.size() < kAeadNonceBytes + kAeadTagBytes || key.size() != kAeadKeyBytes) {
        return std::nullopt;
    }
    const auto plainSize = static_cast<std::size_t>(sealed.size() - kAeadNonceBytes - kAeadTagBytes);
    SecretBytes out(plainSize == 0 ? 1 : plainSize);
    if (out.isEmpty()) {
        return std::nullopt;  // no locked memory to decrypt into
    }
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            out.data(), &written, nullptr, bytes(sealed) + kAeadNonceBytes, length(sealed) - kAeadNonceBytes,
            bytes(associatedData), length(associatedData), bytes(sealed), key.data())
        != 0) {
        return std::nullopt;
    }
    if (plainSize == 0) {
        return SecretBytes();
    }
    return out;
}

std::optional<QByteArray> Sodium::aeadOpen(QByteArrayView sealed, QByteArrayView associatedData,
                                           const SecretBytes& key)
{
    initialise();
    if (sealed.size() < kAeadNonceBytes + kAeadTagBytes || key.size() != kAeadKeyBytes) {
        return std::nullopt;
    }
    QByteArray out(sealed.size() - kAeadNonceBytes - kAeadTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(out), &written, nullptr, bytes(sealed) + kAeadNonceBytes, length(sealed) - kAeadNonceBytes,
            bytes(associatedData), length(associatedData), bytes(sealed), key.data())
        != 0) {
        return std::nullopt;
    }
    return out;
}

QByteArray Sodium::signDetached(QByteArrayView message, const SecretBytes& signSecret)
{
    initialise();
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), length(message), signSecret.data());
    return signature;
}

bool Sodium::verifyDetached(QByteArrayView signature, QByteArrayView message, QByteArrayView signPublic)
{
    initialise();
    if (signature.size() != kSignatureBytes || signPublic.size() != kSignPublicBytes) {
        return false;
    }
    return crypto_sign_verify_detached(bytes(signature), bytes(message), length(message), bytes(signPublic))
        == 0;
}

QByteArray Sodium::sealTo(QByteArrayView plaintext, QByteArrayView boxPublic)
{
    initialise();
    QByteArray out(plaintext.size() + kSealOverheadBytes, Qt::Uninitialized);
    crypto_box_seal(bytes(out), bytes(plaintext), length(plaintext), bytes(boxPublic));
    return out;
}

std::optional<SecretBytes> Sodium::openSealed(QByteArrayView sealed, QByteArrayView boxPublic,
                                              const SecretBytes& boxSecret)
{
    initialise();
    if (sealed.size() <= kSealOverheadBytes || boxPublic.size() != kBoxPublicBytes
        || boxSecret.size() != kBoxSecretBytes) {
        return std::nullopt;
    }
    SecretBytes out(static_cast<std::size_t>(sealed.size() - kSealOverheadBytes));
    if (out.isEmpty()) {
        return std::nullopt;
    }
    if (crypto_box_seal_open(out.data(), bytes(sealed), length(sealed), bytes(boxPublic), boxSecret.data())
        != 0) {
        return std::nullopt;
    }
    return out;
}

std::optional<SecretBytes> Sodium::deriveKey(const SecretBytes& passphrase, QByteArrayView salt,
                                             quint64 opsLimit, quint64 memLimit, qsizetype size)
{
    initialise();
    if (salt.size() != kPwhashSaltBytes || opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || opsLimit > crypto_pwhash_OPSLIMIT_MAX || memLimit < crypto_pwhash_MEMLIMIT_MIN
        || memLimit > crypto_pwhash_MEMLIMIT_MAX) {
        return std::nullopt;
    }
    SecretBytes key(static_cast<std::size_t>(size));
    if (key.isEmpty()) {
        return std::nullopt;
    }
    const char* password = passphrase.isEmpty() ? "" : reinterpret_cast<const char*>(passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), password, passphrase.size(), bytes(salt), opsLimit,
                      static_cast<std::size_t>(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return std::nullopt;
    }
    return key;
}

quint64 Sodium::pwhashOpsModerate()
{
    return crypto_pwhash_OPSLIMIT_MODERATE;
}
quint64 Sodium::pwhashMemModerate()
{
    return crypto_pwhash_MEMLIMIT_MODERATE;
}

bool Sodium::equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size()
        && (a.isEmpty() || sodium_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0);
}

}  // namespace veil::model
