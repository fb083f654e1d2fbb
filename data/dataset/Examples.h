#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "data/io/HugePageAllocator.h"

namespace sentiment::data {

/// Numericalized reviews of one split: vocabulary indices back to back, a label each, and the
/// index of each example's review in the Corpus (for browsing and error analysis).
struct Examples {
    UninitHugeBuffer<std::int32_t> tokens;
    std::vector<std::uint64_t> starts{0};  ///< size()+1 offsets into tokens
    std::vector<float> labels;             ///< the class index (two: 1 positive, 0 negative)
    std::vector<std::uint32_t> reviewIndex;

    std::size_t size() const { return labels.size(); }
    std::size_t length(std::size_t i) const { return starts[i + 1] - starts[i]; }
    std::span<const std::int32_t> tokensOf(std::size_t i) const {
        return std::span<const std::int32_t>(tokens.data(), tokens.size())
            .subspan(starts[i], length(i));
    }
    /// Number of positive examples.
    std::size_t positives() const;
    /// Appends one example.
    void add(std::span<const std::int32_t> ids, float label, std::uint32_t review);
};

}  // namespace sentiment::data
