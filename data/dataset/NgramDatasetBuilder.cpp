#include "data/dataset/NgramDatasetBuilder.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace sentiment::data {

namespace {
void sortUnique(std::vector<std::uint64_t>& keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// One order of n-grams: the training reviews' counts, then the ids of those that made the cut.
struct Grams {
    std::unordered_map<std::uint64_t, std::uint64_t> counts;
    std::vector<std::uint64_t> kept;  // keys at or above the threshold, sorted
    std::unordered_map<std::uint64_t, std::int32_t> index;
};
}  // namespace

void NgramDatasetBuilder::bigramsOf(std::span<const std::uint32_t> tokens,
                                    std::vector<std::uint64_t>& out) {
    out.clear();
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
        out.push_back(std::uint64_t(tokens[i]) << 32 | tokens[i + 1]);
    sortUnique(out);
}

void NgramDatasetBuilder::trigramsOf(std::span<const std::uint32_t> tokens,
                                     std::vector<std::uint64_t>& out) {
    out.clear();
    for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
        const auto a = tokens[i], b = tokens[i + 1], c = tokens[i + 2];
        if (a >= kTrigramIdLimit || b >= kTrigramIdLimit || c >= kTrigramIdLimit) continue;
        out.push_back(std::uint64_t(a) << 42 | std::uint64_t(b) << 21 | c);
    }
    sortUnique(out);
}

void NgramDatasetBuilder::build(Dataset& ds, const Corpus& corpus,
                                const std::vector<std::uint32_t>& trainIdx,
                                const std::vector<std::uint32_t>& validIdx) const {
    const auto& opts = options_.vocabulary;
    const bool trigrams = options_.ngrams >= 3;
    // Counts from the train part: words per occurrence, n-grams once per review.
    std::vector<std::uint64_t> words(corpus.dictionary.size(), 0);
    Grams two, three;
    two.counts.reserve(1 << 20);
    if (trigrams) three.counts.reserve(1 << 21);
    std::vector<std::uint64_t> keys;
    for (const auto r : trainIdx) {
        const auto tokens = corpus.tokensOf(r);
        for (const auto id : tokens) ++words[id];
        bigramsOf(tokens, keys);
        for (const auto k : keys) ++two.counts[k];
        if (trigrams) {
            trigramsOf(tokens, keys);
            for (const auto k : keys) ++three.counts[k];
        }
    }
    // The lowest count that can still make the cut: only candidates at or above it get strings.
    const std::uint64_t minFreq = std::max<std::uint64_t>(opts.minFreq, 1);
    std::uint64_t threshold = minFreq;
    if (opts.maxSize > 0) {
        std::vector<std::uint64_t> all;
        all.reserve(words.size() + two.counts.size() + three.counts.size());
        for (const auto c : words) {
            if (c >= minFreq) all.push_back(c);
        }
        for (const auto* g : {&two, &three}) {
            for (const auto& [k, c] : g->counts) {
                if (c >= minFreq) all.push_back(c);
            }
        }
        if (all.size() > opts.maxSize) {
            std::nth_element(all.begin(),
                             all.begin() + static_cast<std::ptrdiff_t>(opts.maxSize - 1), all.end(),
                             std::greater<>());
            threshold = std::max(threshold, all[opts.maxSize - 1]);
        }
    }
    // Candidates: words by dictionary id, n-grams by key (their strings in one blob).
    std::string blob;
    std::vector<std::size_t> blobStarts{0};
    const auto& dict = corpus.dictionary;
    for (auto* g : {&two, &three}) {
        for (const auto& [k, c] : g->counts) {
            if (c >= threshold) g->kept.push_back(k);
        }
        std::sort(g->kept.begin(), g->kept.end());  // deterministic
    }
    for (const auto k : two.kept) {
        blob.append(dict[k >> 32]).append(" ").append(dict[k & 0xFFFF'FFFFu]);
        blobStarts.push_back(blob.size());
    }
    constexpr std::uint64_t kMask21 = kTrigramIdLimit - 1;
    for (const auto k : three.kept) {
        blob.append(dict[k >> 42])
            .append(" ")
            .append(dict[(k >> 21) & kMask21])
            .append(" ")
            .append(dict[k & kMask21]);
        blobStarts.push_back(blob.size());
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> pairs;
    // A word id, or (kNgram | index into the n-grams' strings: bigrams first, then trigrams).
    std::vector<std::uint64_t> source;
    constexpr std::uint64_t kNgram = std::uint64_t(1) << 63;
    for (std::uint32_t id = 0; id < words.size(); ++id) {
        if (words[id] >= threshold) {
            pairs.emplace_back(dict[id], words[id]);
            source.push_back(id);
        }
    }
    const std::string_view all = blob;
    std::size_t n = 0;
    for (const auto* g : {&two, &three}) {
        for (const auto k : g->kept) {
            pairs.emplace_back(all.substr(blobStarts[n], blobStarts[n + 1] - blobStarts[n]),
                               g->counts.at(k));
            source.push_back(kNgram | n);
            ++n;
        }
    }
    two.counts = {};  // the counts are in `pairs` now
    three.counts = {};
    std::vector<std::uint32_t> chosen;
    ds.vocab = Vocabulary::build(pairs, opts, &chosen);

    std::vector<std::int32_t> wordIndex(dict.size(), Vocabulary::kUnk);
    for (std::size_t v = 0; v < chosen.size(); ++v) {
        const auto s = source[chosen[v]];
        const auto index = static_cast<std::int32_t>(v + 2);
        if ((s & kNgram) == 0) {
            wordIndex[s] = index;
            continue;
        }
        const auto i = s & ~kNgram;
        if (i < two.kept.size()) {
            two.index.emplace(two.kept[i], index);
        } else {
            three.index.emplace(three.kept[i - two.kept.size()], index);
        }
    }
    std::vector<std::int32_t> ids;
    auto append = [&](const Grams& g) {
        for (const auto k : keys) {
            const auto it = g.index.find(k);
            ids.push_back(it == g.index.end() ? Vocabulary::kUnk : it->second);
        }
    };
    auto fill = [&](Examples& out, const std::vector<std::uint32_t>& indices) {
        for (const auto r : indices) {
            const auto tokens = corpus.tokensOf(r);
            ids.clear();
            for (const auto id : tokens) ids.push_back(wordIndex[id]);
            bigramsOf(tokens, keys);
            append(two);
            if (trigrams) {
                trigramsOf(tokens, keys);
                append(three);
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
