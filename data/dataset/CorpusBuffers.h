#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "data/io/HugePageAllocator.h"

namespace sentiment::data {

/// The memory a freshly built Corpus views: review texts, token ids and the dictionary's
/// characters. (A corpus loaded from the cache views the memory-mapped cache file instead.)
struct CorpusBuffers {
    HugeBuffer<char> texts;
    std::vector<HugeBuffer<std::uint32_t>> tokens;  ///< one buffer per tokenizing thread
    std::string words;
};

}  // namespace sentiment::data
