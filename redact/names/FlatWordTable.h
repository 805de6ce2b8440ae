// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace veil::redact {

/// Word → 16-bit flags for words of up to 24 bytes, in one flat array with
/// the key bytes inline (open addressing, linear probing): a look-up touches
/// one 32-byte slot, where a node-based map chases two or three pointers.
/// Built once, then read-only and safe to share between threads.
class FlatWordTable {
public:
    static constexpr std::size_t kMaxKey = 24;

    /// Replaces the contents; words longer than kMaxKey are left out.
    template<typename Map> void build(const Map& words)
    {
        std::size_t count = 0;
        for (const auto& entry : words) {
            count += entry.first.size() <= kMaxKey ? 1U : 0U;
        }
        reset(count);
        for (const auto& entry : words) {
            if (entry.first.size() <= kMaxKey) {
                insert(entry.first, entry.second);
            }
        }
    }
    void clear() noexcept
    {
        m_slots.clear();
        m_slots.shrink_to_fit();
    }
    /// Calls visit(word, flags) for every entry.
    template<typename Visit> void forEach(Visit&& visit) const
    {
        for (const Slot& slot : m_slots) {
            if (slot.used) {
                visit(std::string_view(reinterpret_cast<const char*>(slot.key.data()), slot.length),
                      slot.flags);
            }
        }
    }
    [[nodiscard]] bool empty() const noexcept { return m_slots.empty(); }

    /// Flags of `word` (at most kMaxKey bytes), 0 if absent.
    [[nodiscard]] std::uint16_t find(std::string_view word) const noexcept;

private:
    struct alignas(32) Slot {
        std::array<std::uint64_t, 3> key {};  // zero-padded bytes
        std::uint16_t flags = 0;
        std::uint8_t length = 0;
        bool used = false;
    };
    using Key = std::array<std::uint64_t, 3>;

    static Key keyOf(std::string_view word) noexcept;
    static std::size_t hashOf(const Key& key, std::size_t length) noexcept;
    void reset(std::size_t count);
    void insert(std::string_view word, std::uint16_t flags);

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

}  // namespace veil::redact
