#include "data/DatasetBuilder.h"

#include <cmath>

#include "data/Random.h"

namespace sentiment::data {

std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> DatasetBuilder::split(
    const Corpus& corpus, double trainFraction, std::uint64_t seed) {
    auto train = corpus.indicesOf(Split::Train);
    Random rng(seed);
    rng.shuffle(train);
    const auto cut = static_cast<std::size_t>(std::floor(double(train.size()) * trainFraction + 1e-9));
    std::vector<std::uint32_t> valid(train.begin() + static_cast<std::ptrdiff_t>(std::min(cut, train.size())), train.end());
    train.resize(std::min(cut, train.size()));
    return {std::move(train), std::move(valid)};
}

Dataset DatasetBuilder::build(std::shared_ptr<const Corpus> corpus) const {
    Dataset ds;
    ds.options = options_;
    auto [trainIdx, validIdx] = split(*corpus, options_.trainFraction, options_.seed);

    std::vector<std::uint64_t> counts(corpus->dictionary.size(), 0);
    for (const auto r : trainIdx) {
        for (const auto id : corpus->tokensOf(r)) ++counts[id];
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> pairs;
    pairs.reserve(counts.size());
    for (std::size_t id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0) pairs.emplace_back(corpus->dictionary[id], counts[id]);
    }
    ds.vocab = Vocabulary::build(std::move(pairs), options_.vocabulary);

    // Dictionary id -> vocabulary index, so numericalizing is one array lookup per token.
    std::vector<std::int32_t> remap(corpus->dictionary.size(), Vocabulary::kUnk);
    for (std::size_t id = 0; id < remap.size(); ++id) {
        const auto& word = corpus->dictionary[id];
        if (word != "<pad>") remap[id] = ds.vocab.index(word);
    }
    std::vector<std::int32_t> buffer;
    auto fill = [&](Examples& out, const std::vector<std::uint32_t>& indices) {
        std::size_t total = 0;
        for (const auto r : indices) total += std::max<std::size_t>(1, corpus->tokensOf(r).size());
        out.tokens.reserve(total);
        out.labels.reserve(indices.size());
        for (const auto r : indices) {
            const auto tokens = corpus->tokensOf(r);
            buffer.clear();
            for (const auto id : tokens) buffer.push_back(remap[id]);
            if (buffer.empty()) buffer.push_back(Vocabulary::kUnk);  // a review with no tokens
            out.add(buffer, corpus->reviews[r].label == Label::Positive ? 1.0f : 0.0f, r);
        }
    };
    fill(ds.train, trainIdx);
    fill(ds.valid, validIdx);
    fill(ds.test, corpus->indicesOf(Split::Test));
    ds.corpus = std::move(corpus);
    return ds;
}

}  // namespace sentiment::data
