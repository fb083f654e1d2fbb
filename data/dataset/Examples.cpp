#include "data/dataset/Examples.h"

#include <algorithm>

namespace sentiment::data {

std::size_t Examples::positives() const {
    return static_cast<std::size_t>(
        std::count_if(labels.begin(), labels.end(), [](float y) { return y > 0.5f; }));
}

void Examples::add(std::span<const std::int32_t> ids, float label, std::uint32_t review) {
    tokens.insert(tokens.end(), ids.begin(), ids.end());
    starts.push_back(tokens.size());
    labels.push_back(label);
    reviewIndex.push_back(review);
}

}  // namespace sentiment::data
