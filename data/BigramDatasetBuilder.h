#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "data/Dataset.h"

namespace sentiment::data {

/// The FastText variant of the vocabulary and numericalization (notebook 3's
/// `generate_bigrams`): every review gets its distinct bigrams appended after its tokens; words
/// (counted per occurrence) and bigrams (counted once per review, as the lecture's set does)
/// share the vocabulary by the usual rule. Bigrams are held as pairs of ids; only those that
/// can make the cut get a string.
class BigramDatasetBuilder {
public:
    explicit BigramDatasetBuilder(DatasetOptions options) : options_(options) {}

    /// Fills `ds.vocab`, `ds.train`, `ds.valid` and `ds.test`.
    void build(Dataset& ds, const Corpus& corpus, const std::vector<std::uint32_t>& trainIdx,
               const std::vector<std::uint32_t>& validIdx) const;

    /// The distinct bigrams of a review as (first << 32 | second) keys, sorted.
    static void bigramsOf(std::span<const std::uint32_t> tokens, std::vector<std::uint64_t>& out);

private:
    DatasetOptions options_;
};

}  // namespace sentiment::data
