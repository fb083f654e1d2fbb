#include "data/dataset/Batch.h"

#include <numeric>

namespace sentiment::data {

std::int64_t Batch::realTokens() const {
    return std::accumulate(lengths.begin(), lengths.end(), std::int64_t{0});
}

}  // namespace sentiment::data
