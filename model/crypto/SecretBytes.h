// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace veil::model {

/// Key material or revealed plaintext. Lives in sodium_malloc'd memory
/// (guard pages, locked against swapping where the OS allows), is wiped on
/// destruction, cannot be copied and never converts implicitly to QString,
/// QByteArray or std::string. Move-only.
class SecretBytes {
public:
    SecretBytes() = default;
    /// Zero-filled secret of `size` bytes. A failed allocation leaves it empty.
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;

    /// Copies `bytes` into a new secret (the caller wipes its own copy).
    static SecretBytes copyOf(QByteArrayView bytes);
    /// `size` random bytes from the OS CSPRNG.
    static SecretBytes random(std::size_t size);

    [[nodiscard]] std::uint8_t* data() noexcept { return m_data; }
    [[nodiscard]] const std::uint8_t* data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }
    /// A view for passing to libsodium; never store it past this object's life.
    [[nodiscard]] QByteArrayView view() const noexcept
    {
        return { reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size) };
    }
    /// Constant-time comparison.
    [[nodiscard]] bool equals(const SecretBytes& other) const noexcept;

    /// Wipes and frees now.
    void clear() noexcept;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

}  // namespace veil::model
