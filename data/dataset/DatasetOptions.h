#pragma once

#include <cstdint>

#include "data/dataset/LengthLimit.h"
#include "data/dataset/Vocabulary.h"
#include "data/table/TableOptions.h"
#include "data/text/TokenizerOptions.h"

namespace sentiment::data {

/// Everything that decides how reviews become training examples (the lecture's defaults).
struct DatasetOptions {
    TokenizerOptions tokenizer;
    VocabularyOptions vocabulary;
    double trainFraction = 0.7;  ///< of the 25,000 training reviews; the rest is validation
    std::uint64_t seed = 1234;   ///< split seed
    unsigned threads = 0;        ///< 0 = one per core
    bool useCache = true;        ///< read/write the tokenized-dataset cache
    /// The longest n-grams a review is read as: 1 words only; 2 (FastText, notebook 3; NBSVM)
    /// each review's distinct bigrams ("a b") are appended to its tokens and compete with the
    /// words for the vocabulary; 3 its distinct trigrams ("a b c") too (NBSVM's option).
    int ngrams = 1;
    /// The longest character n-grams (fastText's subwords, `CharNgrams`) a review's words add to
    /// it, each counted once per review; 0 none. FastText and NBSVM only.
    int charNgrams = 0;
    /// How a labelled table (.csv, .tsv, .txt, .jsonl) is read; IMDb ignores it.
    TableOptions table;
    /// The most tokens of a review the examples keep (sequence models; the bag-of-n-grams
    /// models read every token): none by default.
    LengthLimit length;
    bool bigrams() const { return ngrams >= 2; }
    /// Whether reviews are read as a bag of n-grams (`NgramDatasetBuilder`).
    bool ngramFeatures() const { return ngrams >= 2 || charNgrams > 0; }
};

}  // namespace sentiment::data
