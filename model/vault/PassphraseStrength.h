// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/crypto/SecretBytes.h"

#include <QString>
#include <QStringList>

namespace veil::model {

/// Passphrase strength as zxcvbn estimates it (guessing entropy in bits,
/// dictionary words, names, keyboard patterns and l33t substitutions count
/// for little). A vault refuses passphrases below kMinimumBits.
struct PassphraseStrength {
    static constexpr double kMinimumBits = 50.0;

    double bits = 0;
    bool acceptable = false;
    QString advice;  ///< what to do about it, in words; empty when acceptable

    /// `userWords`: the reviewer id and other words an attacker would try first.
    static PassphraseStrength estimate(const SecretBytes& passphrase, const QStringList& userWords = {});
};

}  // namespace veil::model
