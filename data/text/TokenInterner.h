#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sentiment::data {

/// Maps token strings to dense ids 0, 1, 2 ... in order of first appearance. An open-addressing
/// hash table over one character arena: the hot loop of tokenization (tens of millions of
/// lookups) costs one hash and usually one comparison.
class TokenInterner {
public:
    static constexpr std::uint32_t kMissing = UINT32_MAX;

    TokenInterner();

    /// Makes room for `words` entries without rehashing.
    void reserve(std::size_t words);

    /// The id of `token`, adding it when new.
    std::uint32_t intern(std::string_view token);
    /// The id of `token`, or kMissing.
    std::uint32_t find(std::string_view token) const;

    std::size_t size() const { return starts_.size() - 1; }
    std::string_view word(std::uint32_t id) const {
        return std::string_view(arena_).substr(starts_[id], starts_[id + 1] - starts_[id]);
    }

    static std::uint64_t hash(std::string_view s);

private:
    std::size_t slotOf(std::string_view token, std::uint64_t h) const;
    void grow();

    std::string arena_;
    std::vector<std::uint32_t> starts_;  // size()+1 offsets into arena_
    // Each slot: high 32 bits of the hash (to skip most comparisons) | id+1; 0 = empty.
    std::vector<std::uint64_t> slots_;
    // A small direct-mapped cache of recent entries (same format): the frequent words of a
    // corpus stay in L1/L2 here while the main table is megabytes.
    std::vector<std::uint64_t> hot_;
};

}  // namespace sentiment::data
