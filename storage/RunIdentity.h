#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace sentiment::storage {

/// A run's (and a group's) identity across machines: an id in the UUID form
/// ("1b4e28ba-2fa1-41d2-883f-0016d3cca427") that stays with it when its store is imported
/// elsewhere, beside the integer id, which is only this store's row number.
struct RunIdentity {
    /// A new random id (version 4).
    static std::string random();
    /// An id derived from a recorded run's own facts, the same wherever it is computed: runs
    /// recorded before ids existed get it when their store is brought up to date, and the same
    /// one when such a store is imported without being brought up to date first.
    static std::string derived(std::initializer_list<std::string_view> facts);
    /// Whether `text` has the form of an id.
    static bool looksLikeOne(std::string_view text);
};

}  // namespace sentiment::storage
