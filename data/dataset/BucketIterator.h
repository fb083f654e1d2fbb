#pragma once

#include <cstdint>
#include <vector>

#include "data/dataset/Batch.h"
#include "data/dataset/Examples.h"

namespace sentiment::data {

struct BatchingOptions {
    std::size_t batchSize = 64;
    bool shuffle = true;  ///< training: shuffle; evaluation: sort the whole split by length
    std::uint64_t seed = 1234;
    std::size_t poolBatches = 100;  ///< a pool of this many batches is sorted by length
    std::int64_t padIndex = 1;
    std::size_t minLength = 1;  ///< shorter reviews are padded to this (the CNN's widest filter)
};

/// Padding in an epoch: padding cells / all cells of all batches.
struct PaddingStats {
    std::uint64_t realTokens = 0;
    std::uint64_t cells = 0;
    double ratio() const { return cells == 0 ? 0.0 : 1.0 - double(realTokens) / double(cells); }
};

/// The lecture's BucketIterator (torchtext legacy, sort_within_batch=True). Training: examples
/// shuffled, cut into pools of ~100 batches, each pool sorted by length and cut into batches,
/// the batches shuffled. Evaluation: the split sorted by length, then cut. Inside a batch the
/// longest review comes first. Deterministic for (seed, epoch).
class BucketIterator {
public:
    BucketIterator(const Examples& examples, BatchingOptions options);

    /// The batches of one epoch, as example indices.
    std::vector<std::vector<std::uint32_t>> plan(std::uint64_t epoch) const;

    /// The padded batch for some example indices (sorted longest-first here).
    Batch make(std::vector<std::uint32_t> indices) const;

    /// A batch's examples cut into consecutive groups (longest first) whose padded cells (group
    /// size x its longest review) stay within `tokenBudget`: the micro-batches that a long batch
    /// is trained in, its gradients accumulated. One group when the budget is 0 or the batch fits;
    /// a review longer than the budget is a group alone.
    std::vector<std::vector<std::uint32_t>> split(const Batch& batch,
                                                  std::size_t tokenBudget) const;

    /// Padding of a plan.
    PaddingStats padding(const std::vector<std::vector<std::uint32_t>>& plan) const;

    /// Padding of randomly drawn batches of the same size (what bucketing saves).
    PaddingStats randomPadding(std::uint64_t epoch) const;

    std::size_t batchesPerEpoch() const;
    const Examples& examples() const { return examples_; }

private:
    void sortByLengthDesc(std::vector<std::uint32_t>& ids) const;
    const Examples& examples_;
    BatchingOptions options_;
};

}  // namespace sentiment::data
