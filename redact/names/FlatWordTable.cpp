// SPDX-FileCopyrightText: 2026 Veil contributors
// SPDX-License-Identifier: MIT
#include "redact/names/FlatWordTable.h"

#include <cstring>

namespace veil::redact {

FlatWordTable::Key FlatWordTable::keyOf(std::string_view word) noexcept
{
    Key key {};
    if (!word.empty()) {
        std::memcpy(key.data(), word.data(), word.size());
    }
    return key;
}

std::size_t FlatWordTable::hashOf(const Key& key, std::size_t length) noexcept
{
    std::uint64_t h = key[0] * 0x9E3779B97F4A7C15ULL;
    h ^= (key[1] + length) * 0xBF58476D1CE4E5B9ULL;
    h ^= key[2] * 0x94D049BB133111EBULL;
    h ^= h >> 31U;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32U;
    return static_cast<std::size_t>(h);
}

void FlatWordTable::reset(std::size_t count)
{
    std::size_t size = 16;
    // At most two thirds full: probe runs stay short, and the table (32 bytes
    // a slot) stays half the size that "at most half full" would make it for
    // the ~150,000 words of the built-in lists (8 MiB, not 16: fewer cache
    // and TLB misses, which callgrind does not count but the clock does).
    while (size < count + count / 2) {
        size *= 2;
    }
    m_slots.assign(size, Slot {});
    m_mask = size - 1;
}

void FlatWordTable::insert(std::string_view word, std::uint16_t flags)
{
    const Key key = keyOf(word);
    for (std::size_t i = hashOf(key, word.size()) & m_mask;; i = (i + 1) & m_mask) {
        Slot& slot = m_slots[i];
        if (!slot.used) {
            slot.key = key;
            slot.length = static_cast<std::uint8_t>(word.size());
            slot.flags = flags;
            slot.used = true;
            return;
        }
        if (slot.length == word.size() && slot.key == key) {
            slot.flags = flags;
            return;
        }
    }
}

std::uint16_t FlatWordTable::find(std::string_view word) const noexcept
{
    if (m_slots.empty() || word.size() > kMaxKey) {
        return 0;
    }
    const Key key = keyOf(word);
    for (std::size_t i = hashOf(key, word.size()) & m_mask;; i = (i + 1) & m_mask) {
        const Slot& slot = m_slots[i];
        if (!slot.used) {
            return 0;
        }
        if (slot.length == word.size() && slot.key == key) {
            return slot.flags;
        }
    }
}

}  // namespace veil::redact
