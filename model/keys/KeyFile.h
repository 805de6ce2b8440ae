// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/keys/KeyTypes.h"

#include <QByteArray>
#include <QString>

namespace veil::model {

/// Reads and writes key files (docs/formats.md, "Key files"): a small text
/// format of `field: value` lines ending in a BLAKE2b checksum line. Secret
/// files hold the secret halves encrypted with XChaCha20-Poly1305 under an
/// Argon2id-derived key; every line above the secret is its associated data,
/// so no field can be altered without the passphrase check failing.
///
/// A damaged file (checksum mismatch, missing field) and a wrong passphrase
/// are told apart.
class KeyFile {
public:
    static QByteArray encodePublic(const PublicKey& key);
    static Result<QByteArray> encodeSecret(const SecretKey& key, const SecretBytes& passphrase,
                                           const KdfLimits& limits = KdfLimits::moderate());

    /// `source` names the file in error messages.
    static Result<PublicKey> decodePublic(QByteArrayView text, const QString& source);
    /// Accepts a secret key file too and returns its public half.
    static Result<PublicKey> decodeAnyPublic(QByteArrayView text, const QString& source);
    static Result<SecretKey> decodeSecret(QByteArrayView text, const SecretBytes& passphrase,
                                          const QString& source);

    static Result<PublicKey> readPublic(const QString& path);
    static Result<SecretKey> readSecret(const QString& path, const SecretBytes& passphrase);
    /// Atomic write (QSaveFile); secret files are created owner-read/write only.
    static Status write(const QString& path, const QByteArray& contents, bool secret);

    /// Largest key file accepted, to refuse garbage quickly.
    static constexpr qsizetype kMaxFileBytes = 16 * 1024;
};

}  // namespace veil::model
