// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
//
// Key file parser (docs/formats.md, "Key files"): any bytes must give a key
// or a message naming the file, never a crash, and a decoded key must
// re-encode to the same public file.

#include "model/keys/KeyFile.h"

#include <cstdint>
#include <cstdlib>

using namespace veil::model;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString source = QStringLiteral("fuzz.key");
    auto key = KeyFile::decodeAnyPublic(bytes, source);
    if (key) {
        if (KeyFile::decodePublic(KeyFile::encodePublic(key.value()), source).value().keyId()
            != key.value().keyId()) {
            std::abort();
        }
    } else if (!key.error().startsWith(source)) {
        std::abort();
    }
    static const SecretBytes passphrase = SecretBytes::copyOf(QByteArray("fuzz passphrase"));
    auto secret = KeyFile::decodeSecret(bytes, passphrase, source);
    if (!secret && !secret.error().startsWith(source)) {
        std::abort();
    }
    return 0;
}
