// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/reveal/RevealedValue.h"

namespace veil::model {

RevealedValue::RevealedValue(SecretBytes value, QDateTime until)
    : m_value(std::move(value))
    , m_until(std::move(until))
{ }

const SecretBytes* RevealedValue::value(const QDateTime& now)
{
    if (now >= m_until) {
        m_value.clear();
    }
    return m_value.isEmpty() ? nullptr : &m_value;
}

}  // namespace veil::model
