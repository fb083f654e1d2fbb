#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "data/dataset/Dataset.h"

namespace sentiment::data {

/// What the `dataset` command and the Data page show about a loaded dataset, computed in one
/// place: the splits, the vocabulary, the padding that batching leaves and the review lengths.
struct DatasetStatistics {
    struct Split {
        std::size_t total = 0, positives = 0, longest = 0;
        std::vector<std::size_t> perClass;  ///< reviews of each class, by index
        std::uint64_t tokens =
            0;  ///< the reviews' lengths summed (what a pass over the split reads)
        std::size_t negatives() const { return total - positives; }
    };
    Split train, valid, test;
    std::size_t vocabSize = 0;       ///< entries, <unk> and <pad> included
    std::size_t dictionarySize = 0;  ///< distinct tokens read
    std::uint64_t tokens = 0;        ///< tokens read, all reviews
    std::vector<std::pair<std::string, std::uint64_t>> mostCommon;
    /// Padded share of one epoch's training batches: length-bucketed (as trained) and random.
    double paddingBucketed = 0, paddingRandom = 0;
    /// Training review lengths in tokens: median, longest, and counts in bins of `binWidth`
    /// from 0 (the last bin also counting everything longer).
    std::size_t medianLength = 0;
    std::vector<double> lengthCounts;
    /// The narrowest of 1, 2, 5, 10, 25, 50, 100 tokens whose bins reach the 99th percentile:
    /// IMDb's 25 (reviews of hundreds of tokens), a tweet's or NSMC's 1 or 2.
    std::size_t binWidth = 25;
    static constexpr std::size_t kBins = 48;

    /// The statistics of `dataset`, batched `batchSize` at a time with the dataset's own seed;
    /// the `top` most common tokens.
    static DatasetStatistics of(const Dataset& dataset, std::size_t batchSize = 64,
                                std::size_t top = 20);
};

}  // namespace sentiment::data
