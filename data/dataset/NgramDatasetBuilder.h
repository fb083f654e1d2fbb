#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "data/dataset/Dataset.h"

namespace sentiment::data {

/// The vocabulary and numericalization of reviews read as words and n-grams: FastText's bigrams
/// (notebook 3's `generate_bigrams`) and NBSVM's bigrams or trigrams. Every review gets its
/// distinct bigrams appended after its tokens, then (order 3) its distinct trigrams, then (with
/// `charNgrams`) the distinct character n-grams of its words (`CharNgrams`, ordered by
/// vocabulary index); words (counted per occurrence) and n-grams (counted once per review, as the
/// lecture's set does) share the vocabulary by the usual rule. N-grams are held as packed ids;
/// only those that can make the cut get a string ("a b", "a b c").
class NgramDatasetBuilder {
public:
    /// Token ids of a trigram key take 21 bits each: a trigram with a token of a larger id (a
    /// corpus of more than two million distinct tokens) is left out.
    static constexpr std::uint32_t kTrigramIdLimit = 1u << 21;

    /// `options.ngrams` is 1 to 3; with 1, `options.charNgrams` is above 0.
    explicit NgramDatasetBuilder(DatasetOptions options) : options_(options) {}

    /// Fills `ds.vocab`, `ds.train`, `ds.valid` and `ds.test`.
    void build(Dataset& ds, const Corpus& corpus, const std::vector<std::uint32_t>& trainIdx,
               const std::vector<std::uint32_t>& validIdx) const;

    /// The distinct bigrams of a review as (first << 32 | second) keys, sorted.
    static void bigramsOf(std::span<const std::uint32_t> tokens, std::vector<std::uint64_t>& out);
    /// The distinct trigrams of a review as (first << 42 | second << 21 | third) keys, sorted.
    static void trigramsOf(std::span<const std::uint32_t> tokens, std::vector<std::uint64_t>& out);

private:
    DatasetOptions options_;
};

}  // namespace sentiment::data
