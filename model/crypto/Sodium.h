// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/crypto/SecretBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace veil::model {

/// The few libsodium primitives Veil uses, with sizes checked and results as
/// values. Every function calls initialise() itself.
class Sodium {
public:
    static constexpr qsizetype kAeadKeyBytes = 32;  // XChaCha20-Poly1305-IETF
    static constexpr qsizetype kAeadNonceBytes = 24;
    static constexpr qsizetype kAeadTagBytes = 16;
    static constexpr qsizetype kSignPublicBytes = 32;  // Ed25519
    static constexpr qsizetype kSignSecretBytes = 64;
    static constexpr qsizetype kSignatureBytes = 64;
    static constexpr qsizetype kBoxPublicBytes = 32;  // X25519
    static constexpr qsizetype kBoxSecretBytes = 32;
    static constexpr qsizetype kSealOverheadBytes = 48;

    /// sodium_init(); false only if libsodium cannot start (no entropy source).
    static bool initialise();

    static QByteArray randomBytes(qsizetype size);

    /// BLAKE2b of `message` (unkeyed when `key` is empty), `size` bytes (16..64).
    static QByteArray hash(QByteArrayView message, qsizetype size = 32, QByteArrayView key = {});

    /// nonce ‖ ciphertext ‖ tag, with a fresh random nonce.
    static QByteArray aeadSeal(QByteArrayView plaintext, QByteArrayView associatedData,
                               const SecretBytes& key);
    /// As aeadSeal with a raw 32-byte key (the batch builder's per-span keys).
    static QByteArray aeadSealWithRawKey(QByteArrayView plaintext, QByteArrayView associatedData,
                                         const unsigned char* key);
    /// Opens aeadSeal's output into a secret; std::nullopt if the key, the
    /// associated data or any byte is wrong.
    static std::optional<SecretBytes> aeadOpenSecret(QByteArrayView sealed, QByteArrayView associatedData,
                                                     const SecretBytes& key);
    /// As aeadOpenSecret for data that is not secret (masked text).
    static std::optional<QByteArray> aeadOpen(QByteArrayView sealed, QByteArrayView associatedData,
                                              const SecretBytes& key);

    static QByteArray signDetached(QByteArrayView message, const SecretBytes& signSecret);
    static bool verifyDetached(QByteArrayView signature, QByteArrayView message, QByteArrayView signPublic);

    /// crypto_box_seal to an X25519 public key (anonymous sender).
    static QByteArray sealTo(QByteArrayView plaintext, QByteArrayView boxPublic);
    static std::optional<SecretBytes> openSealed(QByteArrayView sealed, QByteArrayView boxPublic,
                                                 const SecretBytes& boxSecret);

    /// Argon2id (crypto_pwhash) key derivation; std::nullopt when the limits
    /// are out of libsodium's range or memory cannot be had.
    static std::optional<SecretBytes> deriveKey(const SecretBytes& passphrase, QByteArrayView salt,
                                                quint64 opsLimit, quint64 memLimit, qsizetype size = 32);
    static constexpr qsizetype kPwhashSaltBytes = 16;
    static quint64 pwhashOpsModerate();
    static quint64 pwhashMemModerate();

    /// Constant-time equality of two byte strings of the same length.
    static bool equalConstantTime(QByteArrayView a, QByteArrayView b);
};

}  // namespace veil::model
