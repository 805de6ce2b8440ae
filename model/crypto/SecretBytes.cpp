// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "model/crypto/SecretBytes.h"

#include "model/crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <utility>

namespace veil::model {

SecretBytes::SecretBytes(std::size_t size)
{
    if (size == 0 || !Sodium::initialise()) {
        return;
    }
    // sodium_malloc wipes nothing on free by itself; clear() does. Its guard
    // pages turn an overflow into a crash instead of a silent leak.
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (m_data != nullptr) {
        m_size = size;
        sodium_memzero(m_data, m_size);
    }
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::copyOf(QByteArrayView bytes)
{
    SecretBytes secret(static_cast<std::size_t>(bytes.size()));
    if (!secret.isEmpty()) {
        std::memcpy(secret.m_data, bytes.data(), secret.m_size);
    }
    return secret;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes secret(size);
    if (!secret.isEmpty()) {
        randombytes_buf(secret.m_data, secret.m_size);
    }
    return secret;
}

bool SecretBytes::equals(const SecretBytes& other) const noexcept
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::clear() noexcept
{
    if (m_data != nullptr) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

}  // namespace veil::model
