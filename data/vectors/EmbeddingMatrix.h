#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "data/dataset/Vocabulary.h"
#include "data/vectors/WordVectors.h"

namespace sentiment::data {

struct EmbeddingOptions {
    bool lowercaseFallback = true;  ///< try the lower-cased word when the word itself is missing
                                    ///< (GloVe 6B is lower-case)
    std::uint64_t seed = 1234;      ///< for the N(0,1) rows of missing words
    std::size_t topMissing = 20;    ///< how many of the most frequent missing words to report
};

/// Coverage of a vocabulary by a vectors file.
struct EmbeddingReport {
    std::size_t vocabSize = 0;
    std::size_t found = 0;           ///< rows copied from the vectors (exact or lower-case)
    std::size_t foundLowercase = 0;  ///< of which through the lower-case fallback
    double coverage() const { return vocabSize == 0 ? 0.0 : double(found) / double(vocabSize); }
    std::vector<std::pair<std::string, std::uint64_t>>
        mostFrequentMissing;  ///< word, training count
};

/// The embedding matrix for a vocabulary, by the lecture's rules: rows of words found in the
/// vectors are copied; the others are drawn from N(0,1) (`unk_init = torch.Tensor.normal_`),
/// seeded; the `<unk>` and `<pad>` rows are zero.
struct EmbeddingMatrix {
    std::size_t rows = 0;
    std::size_t dimension = 0;
    std::vector<float> values;  ///< rows * dimension, row-major
    /// Per vocabulary row, the row of the vectors it was copied from (-1: drawn or zero). The
    /// rows a vocabulary uses are all a run needs of a vectors file (see VectorsSubset).
    std::vector<std::int64_t> sourceRows;
    EmbeddingReport report;

    static EmbeddingMatrix build(const Vocabulary& vocab, const WordVectors& vectors,
                                 const EmbeddingOptions& options = {});
};

}  // namespace sentiment::data
