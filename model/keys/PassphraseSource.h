// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/core/Result.h"
#include "model/crypto/SecretBytes.h"

namespace veil::model {

/// Where veilctl gets a passphrase: the VEIL_PASSPHRASE environment variable,
/// the file named by VEIL_PASSPHRASE_FILE (first line), or a prompt on the
/// terminal with echo off. Never from the command line, where other users
/// could read it in the process list.
class PassphraseSource {
public:
    /// `confirm` asks twice on a terminal (for a new key).
    static Result<SecretBytes> obtain(const QString& prompt, bool confirm);
};

}  // namespace veil::model
