#include "data/BigramDatasetBuilder.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace sentiment::data {

void BigramDatasetBuilder::bigramsOf(std::span<const std::uint32_t> tokens, std::vector<std::uint64_t>& out) {
    out.clear();
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) out.push_back(std::uint64_t(tokens[i]) << 32 | tokens[i + 1]);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

void BigramDatasetBuilder::build(Dataset& ds, const Corpus& corpus, const std::vector<std::uint32_t>& trainIdx,
                                 const std::vector<std::uint32_t>& validIdx) const {
    const auto& opts = options_.vocabulary;
    // Counts from the train part: words per occurrence, bigrams once per review.
    std::vector<std::uint64_t> words(corpus.dictionary.size(), 0);
    std::unordered_map<std::uint64_t, std::uint64_t> bigrams;
    bigrams.reserve(1 << 20);
    std::vector<std::uint64_t> keys;
    for (const auto r : trainIdx) {
        const auto tokens = corpus.tokensOf(r);
        for (const auto id : tokens) ++words[id];
        bigramsOf(tokens, keys);
        for (const auto k : keys) ++bigrams[k];
    }
    // The lowest count that can still make the cut: only candidates at or above it get strings.
    const std::uint64_t minFreq = std::max<std::uint64_t>(opts.minFreq, 1);
    std::uint64_t threshold = minFreq;
    if (opts.maxSize > 0) {
        std::vector<std::uint64_t> all;
        all.reserve(words.size() + bigrams.size());
        for (const auto c : words) {
            if (c >= minFreq) all.push_back(c);
        }
        for (const auto& [k, c] : bigrams) {
            if (c >= minFreq) all.push_back(c);
        }
        if (all.size() > opts.maxSize) {
            std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(opts.maxSize - 1), all.end(),
                             std::greater<>());
            threshold = std::max(threshold, all[opts.maxSize - 1]);
        }
    }
    // Candidates: words by dictionary id, bigrams by key (strings "a b" in one blob).
    std::vector<std::uint64_t> bigramKeys;
    std::string blob;
    std::vector<std::size_t> blobStarts{0};
    for (const auto& [k, c] : bigrams) {
        if (c < threshold) continue;
        bigramKeys.push_back(k);
    }
    std::sort(bigramKeys.begin(), bigramKeys.end());  // deterministic
    for (const auto k : bigramKeys) {
        blob += corpus.dictionary[k >> 32];
        blob += ' ';
        blob += corpus.dictionary[k & 0xFFFF'FFFFu];
        blobStarts.push_back(blob.size());
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> pairs;
    std::vector<std::uint64_t> source;  // word id, or (1 << 63 | index into bigramKeys)
    constexpr std::uint64_t kBigram = std::uint64_t(1) << 63;
    for (std::uint32_t id = 0; id < words.size(); ++id) {
        if (words[id] >= threshold) {
            pairs.emplace_back(corpus.dictionary[id], words[id]);
            source.push_back(id);
        }
    }
    const std::string_view all = blob;
    for (std::size_t i = 0; i < bigramKeys.size(); ++i) {
        pairs.emplace_back(all.substr(blobStarts[i], blobStarts[i + 1] - blobStarts[i]), bigrams[bigramKeys[i]]);
        source.push_back(kBigram | i);
    }
    std::vector<std::uint32_t> chosen;
    ds.vocab = Vocabulary::build(pairs, opts, &chosen);

    std::vector<std::int32_t> wordIndex(corpus.dictionary.size(), Vocabulary::kUnk);
    std::unordered_map<std::uint64_t, std::int32_t> bigramIndex;
    for (std::size_t v = 0; v < chosen.size(); ++v) {
        const auto s = source[chosen[v]];
        const auto index = static_cast<std::int32_t>(v + 2);
        if ((s & kBigram) != 0) {
            bigramIndex.emplace(bigramKeys[s & ~kBigram], index);
        } else {
            wordIndex[s] = index;
        }
    }
    std::vector<std::int32_t> ids;
    auto fill = [&](Examples& out, const std::vector<std::uint32_t>& indices) {
        for (const auto r : indices) {
            const auto tokens = corpus.tokensOf(r);
            ids.clear();
            for (const auto id : tokens) ids.push_back(wordIndex[id]);
            bigramsOf(tokens, keys);
            for (const auto k : keys) {
                const auto it = bigramIndex.find(k);
                ids.push_back(it == bigramIndex.end() ? Vocabulary::kUnk : it->second);
            }
            if (ids.empty()) ids.push_back(Vocabulary::kUnk);
            out.add(ids, corpus.reviews[r].label == Label::Positive ? 1.0f : 0.0f, r);
        }
    };
    fill(ds.train, trainIdx);
    fill(ds.valid, validIdx);
    fill(ds.test, corpus.indicesOf(Split::Test));
}

}  // namespace sentiment::data
