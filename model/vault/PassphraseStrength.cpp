// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/vault/PassphraseStrength.h"

#include <zxcvbn.h>

#include <vector>

namespace veil::model {

PassphraseStrength PassphraseStrength::estimate(const SecretBytes& passphrase, const QStringList& userWords)
{
    PassphraseStrength strength;
    // zxcvbn reads a NUL-terminated string: copy into locked memory with one more byte.
    SecretBytes terminated(passphrase.size() + 1);
    if (terminated.isEmpty()) {
        strength.advice = QStringLiteral("could not check the passphrase (out of locked memory)");
        return strength;
    }
    std::copy_n(passphrase.data(), passphrase.size(), terminated.data());
    std::vector<QByteArray> words;
    std::vector<const char*> dictionary;
    for (const QString& word : userWords) {
        words.push_back(word.toUtf8());
    }
    for (const QByteArray& word : words) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);
    strength.bits = ZxcvbnMatch(reinterpret_cast<const char*>(terminated.data()), dictionary.data(), nullptr);
    strength.acceptable = strength.bits >= kMinimumBits;
    if (!strength.acceptable) {
        strength.advice
            = QStringLiteral("This passphrase is too easy to guess (about %1 bits; %2 needed). Use "
                             "four or more unrelated words, or a longer sentence only you would write; "
                             "avoid names, dates and keyboard patterns.")
                  .arg(static_cast<int>(strength.bits))
                  .arg(static_cast<int>(kMinimumBits));
    }
    return strength;
}

}  // namespace veil::model
