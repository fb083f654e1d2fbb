#pragma once

#include <memory>

#include "data/dataset/Dataset.h"

namespace sentiment::data {

/// Split, vocabulary and numericalization over a tokenized corpus, by the lecture's rules:
/// a seeded shuffle of the training reviews cut `trainFraction` / rest into train / valid
/// (17,500 / 7,500 by default), the test split untouched, the vocabulary from train only.
class DatasetBuilder {
public:
    explicit DatasetBuilder(DatasetOptions options) : options_(options) {}

    /// Builds the three splits; fills everything but `timings` and `sourceName`.
    Dataset build(std::shared_ptr<const Corpus> corpus) const;

    /// Training-review indices (into the corpus) for train and valid, as the seeded split cuts
    /// them.
    static std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> split(
        const Corpus& corpus, double trainFraction, std::uint64_t seed);

private:
    DatasetOptions options_;
};

}  // namespace sentiment::data
