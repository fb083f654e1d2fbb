#include "data/vectors/EmbeddingMatrix.h"

#include <algorithm>

#include "data/dataset/Random.h"
#include "data/text/Utf8.h"

namespace sentiment::data {

EmbeddingMatrix EmbeddingMatrix::build(const Vocabulary& vocab, const WordVectors& vectors,
                                       const EmbeddingOptions& options) {
    EmbeddingMatrix m;
    m.rows = vocab.size();
    m.dimension = vectors.dimension();
    m.values.resize(m.rows * m.dimension);
    m.sourceRows.assign(m.rows, -1);
    m.report.vocabSize = vocab.size();
    Random rng(options.seed);
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < vocab.size(); ++i) {
        float* row = m.values.data() + i * m.dimension;
        if (i == std::size_t(Vocabulary::kUnk) || i == std::size_t(Vocabulary::kPad))
            continue;  // zero rows
        const auto& word = vocab.token(static_cast<std::int32_t>(i));
        std::int64_t at = vectors.find(word);
        if (at < 0 && options.lowercaseFallback) {
            const std::string lower = utf8::toLower(word);
            if (lower != word) {
                at = vectors.find(lower);
                if (at >= 0) ++m.report.foundLowercase;
            }
        }
        if (at >= 0) {
            const auto v = vectors.vector(static_cast<std::size_t>(at));
            std::copy(v.begin(), v.end(), row);
            m.sourceRows[i] = at;
            ++m.report.found;
        } else {
            for (std::size_t d = 0; d < m.dimension; ++d) row[d] = static_cast<float>(rng.normal());
            missing.push_back(i);
        }
    }
    // Vocabulary order is frequency order, so the first missing entries are the most frequent.
    for (std::size_t k = 0; k < missing.size() && k < options.topMissing; ++k) {
        const auto i = static_cast<std::int32_t>(missing[k]);
        m.report.mostFrequentMissing.emplace_back(vocab.token(i), vocab.count(i));
    }
    return m;
}

}  // namespace sentiment::data
