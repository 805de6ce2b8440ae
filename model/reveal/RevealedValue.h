// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/crypto/SecretBytes.h"

#include <QDateTime>

namespace veil::model {

/// A revealed original for its display time only. The bytes live in
/// sodium_malloc'd memory and are wiped by wipe(), by take-over, or on
/// destruction; value() returns nothing once the display time is over.
/// Never converted to QString here: the view that shows it does so for one
/// paint and drops the copy.
class RevealedValue {
public:
    RevealedValue(SecretBytes value, QDateTime until);

    /// The bytes while `now` is before the deadline, else nullptr (and wiped).
    [[nodiscard]] const SecretBytes* value(const QDateTime& now);
    [[nodiscard]] const QDateTime& until() const { return m_until; }
    [[nodiscard]] bool isWiped() const { return m_value.isEmpty(); }
    void wipe() { m_value.clear(); }

private:
    SecretBytes m_value;
    QDateTime m_until;
};

}  // namespace veil::model
