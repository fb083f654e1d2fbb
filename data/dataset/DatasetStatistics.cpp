#include "data/dataset/DatasetStatistics.h"

#include <algorithm>

#include "data/dataset/BucketIterator.h"

namespace sentiment::data {

namespace {
DatasetStatistics::Split splitOf(const Examples& e, std::size_t classes) {
    DatasetStatistics::Split s;
    s.total = e.size();
    s.positives = e.positives();
    s.perClass.assign(classes, 0);
    for (const auto l : e.labels) {
        if (const auto c = static_cast<std::size_t>(l); c < classes) ++s.perClass[c];
    }
    for (std::size_t i = 0; i < e.size(); ++i) {
        s.longest = std::max(s.longest, e.length(i));
        s.tokens += e.length(i);
    }
    return s;
}
}  // namespace

DatasetStatistics DatasetStatistics::of(const Dataset& dataset, std::size_t batchSize,
                                        std::size_t top) {
    DatasetStatistics s;
    const auto classes = dataset.classes().size();
    s.train = splitOf(dataset.train, classes);
    s.valid = splitOf(dataset.valid, classes);
    s.test = splitOf(dataset.test, classes);
    s.vocabSize = dataset.vocab.size();
    if (dataset.corpus) {
        s.dictionarySize = dataset.corpus->dictionary.size();
        s.tokens = dataset.corpus->tokenCount();
    }
    s.mostCommon = dataset.vocab.mostCommon(top);
    BatchingOptions batching;
    batching.batchSize = batchSize;
    batching.seed = dataset.options.seed;
    const BucketIterator it(dataset.train, batching);
    s.paddingBucketed = it.padding(it.plan(0)).ratio();
    s.paddingRandom = it.randomPadding(0).ratio();
    std::vector<std::size_t> lengths(dataset.train.size());
    for (std::size_t i = 0; i < lengths.size(); ++i) lengths[i] = dataset.train.length(i);
    if (!lengths.empty()) {
        std::nth_element(lengths.begin(),
                         lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2),
                         lengths.end());
        s.medianLength = lengths[lengths.size() / 2];
        const auto p99 = lengths.size() * 99 / 100;
        std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(p99),
                         lengths.end());
        const std::size_t longTail = lengths[p99];
        for (const std::size_t width : {1, 2, 5, 10, 25, 50, 100}) {
            s.binWidth = width;
            if (width * kBins > longTail) break;
        }
        s.lengthCounts.assign(kBins, 0.0);
        for (const auto n : lengths) s.lengthCounts[std::min(kBins - 1, n / s.binWidth)] += 1;
    }
    return s;
}

}  // namespace sentiment::data
