#include "data/dataset/BucketIterator.h"

#include <algorithm>
#include <numeric>

#include "data/dataset/Random.h"

namespace sentiment::data {

BucketIterator::BucketIterator(const Examples& examples, BatchingOptions options)
    : examples_(examples), options_(options) {
    if (options_.batchSize == 0) options_.batchSize = 1;
    if (options_.poolBatches == 0) options_.poolBatches = 1;
}

std::size_t BucketIterator::batchesPerEpoch() const {
    return (examples_.size() + options_.batchSize - 1) / options_.batchSize;
}

void BucketIterator::sortByLengthDesc(std::vector<std::uint32_t>& ids) const {
    std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
        return examples_.length(a) > examples_.length(b);
    });
}

std::vector<std::vector<std::uint32_t>> BucketIterator::plan(std::uint64_t epoch) const {
    std::vector<std::uint32_t> order(examples_.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t bs = options_.batchSize;
    std::vector<std::vector<std::uint32_t>> batches;
    batches.reserve(batchesPerEpoch());
    auto cut = [&](std::vector<std::uint32_t>::iterator begin,
                   std::vector<std::uint32_t>::iterator end) {
        for (auto it = begin; it < end;
             it += static_cast<std::ptrdiff_t>(std::min<std::size_t>(bs, end - it))) {
            batches.emplace_back(
                it, it + static_cast<std::ptrdiff_t>(std::min<std::size_t>(bs, end - it)));
        }
    };
    if (!options_.shuffle) {
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return examples_.length(a) < examples_.length(b);
        });
        cut(order.begin(), order.end());
    } else {
        Random rng(options_.seed * 0x9E3779B97F4A7C15ull + epoch);
        rng.shuffle(order);
        const std::size_t pool = bs * options_.poolBatches;
        for (std::size_t p = 0; p < order.size(); p += pool) {
            const auto begin = order.begin() + static_cast<std::ptrdiff_t>(p);
            const auto end =
                order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), p + pool));
            std::stable_sort(begin, end, [&](std::uint32_t a, std::uint32_t b) {
                return examples_.length(a) < examples_.length(b);
            });
            cut(begin, end);
        }
        rng.shuffle(batches);
    }
    for (auto& b : batches) sortByLengthDesc(b);
    return batches;
}

Batch BucketIterator::make(std::vector<std::uint32_t> indices) const {
    sortByLengthDesc(indices);
    Batch batch;
    const std::size_t n = indices.size();
    batch.examples = std::move(indices);
    batch.lengths.resize(n);
    batch.labels.resize(n);
    std::int64_t maxLen = static_cast<std::int64_t>(options_.minLength);
    for (std::size_t b = 0; b < n; ++b) {
        const auto i = batch.examples[b];
        batch.lengths[b] = static_cast<std::int64_t>(examples_.length(i));
        batch.labels[b] = examples_.labels[i];
        maxLen = std::max(maxLen, batch.lengths[b]);
    }
    batch.maxLength = maxLen;
    batch.tokens.assign(static_cast<std::size_t>(maxLen) * n, options_.padIndex);
    for (std::size_t b = 0; b < n; ++b) {
        const auto ids = examples_.tokensOf(batch.examples[b]);
        for (std::size_t t = 0; t < ids.size(); ++t) batch.tokens[t * n + b] = ids[t];
    }
    return batch;
}

std::vector<std::vector<std::uint32_t>> BucketIterator::split(const Batch& batch,
                                                              std::size_t tokenBudget) const {
    const std::size_t n = batch.size();
    const auto padded = [&](std::size_t longest, std::size_t count) {
        return std::max(longest, options_.minLength) * count;
    };
    if (tokenBudget == 0 || n == 0 ||
        padded(static_cast<std::size_t>(batch.lengths[0]), n) <= tokenBudget) {
        return {batch.examples};
    }
    std::vector<std::vector<std::uint32_t>> groups;
    for (std::size_t from = 0; from < n;) {
        // Longest first: the group's first review sets its padded length.
        const auto longest = static_cast<std::size_t>(batch.lengths[from]);
        const std::size_t fits =
            std::max<std::size_t>(1, tokenBudget / std::max(longest, options_.minLength));
        const std::size_t to = std::min(n, from + fits);
        groups.emplace_back(batch.examples.begin() + static_cast<std::ptrdiff_t>(from),
                            batch.examples.begin() + static_cast<std::ptrdiff_t>(to));
        from = to;
    }
    return groups;
}

PaddingStats BucketIterator::padding(const std::vector<std::vector<std::uint32_t>>& plan) const {
    PaddingStats stats;
    for (const auto& batch : plan) {
        std::size_t longest = options_.minLength;
        for (const auto i : batch) {
            stats.realTokens += examples_.length(i);
            longest = std::max(longest, examples_.length(i));
        }
        stats.cells += longest * batch.size();
    }
    return stats;
}

PaddingStats BucketIterator::randomPadding(std::uint64_t epoch) const {
    std::vector<std::uint32_t> order(examples_.size());
    std::iota(order.begin(), order.end(), 0u);
    Random rng(options_.seed * 0x9E3779B97F4A7C15ull + epoch + 0x5151);
    rng.shuffle(order);
    std::vector<std::vector<std::uint32_t>> batches;
    for (std::size_t p = 0; p < order.size(); p += options_.batchSize) {
        batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(p),
                             order.begin() + static_cast<std::ptrdiff_t>(
                                                 std::min(order.size(), p + options_.batchSize)));
    }
    return padding(batches);
}

}  // namespace sentiment::data
