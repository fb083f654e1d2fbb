#include "data/text/TokenInterner.h"

#include <cstring>

namespace sentiment::data {

namespace {
constexpr std::size_t kHotSlots = 4096;
constexpr std::uint64_t kTagMask = 0xFFFF'FFFF'0000'0000ull;
}  // namespace

TokenInterner::TokenInterner() : starts_{0}, slots_(1 << 16, 0), hot_(kHotSlots, 0) {}

std::uint64_t TokenInterner::hash(std::string_view s) {
    // wyhash-style: 8 bytes at a time, multiply-xorshift mixing.
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull;
    constexpr std::uint64_t k2 = 0xC2B2AE3D27D4EB4Full;
    std::uint64_t h = s.size() * k1;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v;
        std::memcpy(&v, s.data() + i, 8);
        h = (h ^ v) * k2;
        h ^= h >> 31;
    }
    if (i < s.size()) {
        std::uint64_t v = 0;
        std::memcpy(&v, s.data() + i, s.size() - i);
        h = (h ^ v) * k2;
        h ^= h >> 31;
    }
    h *= k1;
    return h ^ (h >> 29);
}

std::size_t TokenInterner::slotOf(std::string_view token, std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = h & mask;
    const std::uint64_t tag = h & 0xFFFF'FFFF'0000'0000ull;
    for (;;) {
        const std::uint64_t entry = slots_[slot];
        if (entry == 0) return slot;
        if ((entry & 0xFFFF'FFFF'0000'0000ull) == tag) {
            const auto id = static_cast<std::uint32_t>(entry) - 1;
            if (word(id) == token) return slot;
        }
        slot = (slot + 1) & mask;
    }
}

std::uint32_t TokenInterner::find(std::string_view token) const {
    const std::uint64_t entry = slots_[slotOf(token, hash(token))];
    return entry == 0 ? kMissing : static_cast<std::uint32_t>(entry) - 1;
}

std::uint32_t TokenInterner::intern(std::string_view token) {
    const std::uint64_t h = hash(token);
    std::uint64_t& hot = hot_[(h >> 16) & (kHotSlots - 1)];
    if ((hot & kTagMask) == (h & kTagMask) && hot != 0) {
        const auto id = static_cast<std::uint32_t>(hot) - 1;
        if (word(id) == token) return id;
    }
    const std::size_t slot = slotOf(token, h);
    if (slots_[slot] != 0) {
        hot = slots_[slot];
        return static_cast<std::uint32_t>(slots_[slot]) - 1;
    }
    const auto id = static_cast<std::uint32_t>(size());
    arena_.append(token);
    starts_.push_back(static_cast<std::uint32_t>(arena_.size()));
    slots_[slot] = (h & 0xFFFF'FFFF'0000'0000ull) | (id + 1);
    if (size() * 2 > slots_.size()) grow();
    return id;
}

void TokenInterner::reserve(std::size_t words) {
    starts_.reserve(words + 1);
    while (words * 2 > slots_.size()) grow();
}

void TokenInterner::grow() {
    std::vector<std::uint64_t> old(slots_.size() * 2, 0);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint64_t entry : old) {
        if (entry == 0) continue;
        const auto id = static_cast<std::uint32_t>(entry) - 1;
        std::size_t slot = hash(word(id)) & mask;
        while (slots_[slot] != 0) slot = (slot + 1) & mask;
        slots_[slot] = entry;
    }
}

}  // namespace sentiment::data
