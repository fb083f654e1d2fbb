#include "data/vectors/WordVectors.h"

namespace sentiment::data {

WordVectors::WordVectors(TokenInterner words, const float* rows, std::shared_ptr<const void> owner,
                         VectorsInfo info)
    : words_(std::move(words)), rows_(rows), owner_(std::move(owner)), info_(std::move(info)) {}

std::int64_t WordVectors::find(std::string_view word) const {
    const auto id = words_.find(word);
    return id == TokenInterner::kMissing ? -1 : static_cast<std::int64_t>(id);
}

}  // namespace sentiment::data
