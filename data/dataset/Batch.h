#pragma once

#include <cstdint>
#include <vector>

namespace sentiment::data {

/// One padded batch in the lecture's `[seq_len, batch]` layout, longest review first.
struct Batch {
    std::vector<std::int64_t> tokens;   ///< maxLength * size(), time-major: tokens[t * size() + b]
    std::vector<std::int64_t> lengths;  ///< true length of each column, descending
    std::vector<float> labels;
    std::vector<std::uint32_t> examples;  ///< example indices within the split
    std::int64_t maxLength = 0;

    std::size_t size() const { return labels.size(); }
    /// Number of real (non-padding) tokens.
    std::int64_t realTokens() const;
};

}  // namespace sentiment::data
