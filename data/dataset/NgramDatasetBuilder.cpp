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

namespace {

constexpr std::uint64_t kNgram = std::uint64_t(1) << 63;  // marks an n-gram in Candidates::source

// Counts from the train part: words per occurrence (returned), n-grams once per review.
std::vector<std::uint64_t> countTrain(const Corpus& corpus,
                                      const std::vector<std::uint32_t>& trainIdx, bool trigrams,
                                      Grams& two, Grams& three) {
    std::vector<std::uint64_t> words(corpus.dictionary.size(), 0);
    two.counts.reserve(1 << 20);
    if (trigrams) three.counts.reserve(1 << 21);
    std::vector<std::uint64_t> keys;
    for (const auto r : trainIdx) {
        const auto tokens = corpus.tokensOf(r);
        for (const auto id : tokens) ++words[id];
        NgramDatasetBuilder::bigramsOf(tokens, keys);
        for (const auto k : keys) ++two.counts[k];
        if (trigrams) {
            NgramDatasetBuilder::trigramsOf(tokens, keys);
            for (const auto k : keys) ++three.counts[k];
        }
    }
    return words;
}

// The lowest count that can still make the cut: only candidates at or above it get strings.
std::uint64_t thresholdFor(const VocabularyOptions& opts, const std::vector<std::uint64_t>& words,
                           const Grams& two, const Grams& three) {
    const std::uint64_t minFreq = std::max<std::uint64_t>(opts.minFreq, 1);
    if (opts.maxSize == 0) return minFreq;
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
    if (all.size() <= opts.maxSize) return minFreq;
    std::nth_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(opts.maxSize - 1),
                     all.end(), std::greater<>());
    return std::max(minFreq, all[opts.maxSize - 1]);
}

// What the vocabulary chooses from: words by dictionary id, n-grams by key, their strings in one
// blob. Filled in place: `pairs` points into `blob`.
struct Candidates {
    std::string blob;
    std::vector<std::pair<std::string_view, std::uint64_t>> pairs;
    // A word id, or (kNgram | index into the n-grams' strings: bigrams first, then trigrams).
    std::vector<std::uint64_t> source;
};

void gatherCandidates(Candidates& out, const std::vector<std::string_view>& dict,
                      const std::vector<std::uint64_t>& words, std::uint64_t threshold, Grams& two,
                      Grams& three) {
    std::vector<std::size_t> starts{0};
    for (auto* g : {&two, &three}) {
        for (const auto& [k, c] : g->counts) {
            if (c >= threshold) g->kept.push_back(k);
        }
        std::sort(g->kept.begin(), g->kept.end());  // deterministic
    }
    for (const auto k : two.kept) {
        out.blob.append(dict[k >> 32]).append(" ").append(dict[k & 0xFFFF'FFFFu]);
        starts.push_back(out.blob.size());
    }
    constexpr std::uint64_t kMask21 = NgramDatasetBuilder::kTrigramIdLimit - 1;
    for (const auto k : three.kept) {
        out.blob.append(dict[k >> 42])
            .append(" ")
            .append(dict[(k >> 21) & kMask21])
            .append(" ")
            .append(dict[k & kMask21]);
        starts.push_back(out.blob.size());
    }
    for (std::uint32_t id = 0; id < words.size(); ++id) {
        if (words[id] >= threshold) {
            out.pairs.emplace_back(dict[id], words[id]);
            out.source.push_back(id);
        }
    }
    const std::string_view all = out.blob;
    std::size_t n = 0;
    for (const auto* g : {&two, &three}) {
        for (const auto k : g->kept) {
            out.pairs.emplace_back(all.substr(starts[n], starts[n + 1] - starts[n]),
                                   g->counts.at(k));
            out.source.push_back(kNgram | n);
            ++n;
        }
    }
}

// Each chosen candidate's index in the vocabulary: words into the returned table by dictionary
// id, n-grams into their Grams' index.
std::vector<std::int32_t> indexChosen(const std::vector<std::uint32_t>& chosen,
                                      const std::vector<std::uint64_t>& source,
                                      std::size_t dictionarySize, Grams& two, Grams& three) {
    std::vector<std::int32_t> wordIndex(dictionarySize, Vocabulary::kUnk);
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
    return wordIndex;
}

// The reviews of `indices` as ids: their words, then their distinct n-grams.
void encode(Examples& out, const std::vector<std::uint32_t>& indices, const Corpus& corpus,
            const std::vector<std::int32_t>& wordIndex, const Grams& two, const Grams& three,
            bool trigrams) {
    std::vector<std::int32_t> ids;
    std::vector<std::uint64_t> keys;
    const auto append = [&](const Grams& g) {
        for (const auto k : keys) {
            const auto it = g.index.find(k);
            ids.push_back(it == g.index.end() ? Vocabulary::kUnk : it->second);
        }
    };
    for (const auto r : indices) {
        const auto tokens = corpus.tokensOf(r);
        ids.clear();
        for (const auto id : tokens) ids.push_back(wordIndex[id]);
        NgramDatasetBuilder::bigramsOf(tokens, keys);
        append(two);
        if (trigrams) {
            NgramDatasetBuilder::trigramsOf(tokens, keys);
            append(three);
        }
        if (ids.empty()) ids.push_back(Vocabulary::kUnk);
        out.add(ids, corpus.reviews[r].label == Label::Positive ? 1.0f : 0.0f, r);
    }
}

}  // namespace

void NgramDatasetBuilder::build(Dataset& ds, const Corpus& corpus,
                                const std::vector<std::uint32_t>& trainIdx,
                                const std::vector<std::uint32_t>& validIdx) const {
    const auto& opts = options_.vocabulary;
    const bool trigrams = options_.ngrams >= 3;
    Grams two, three;
    const auto words = countTrain(corpus, trainIdx, trigrams, two, three);
    const auto threshold = thresholdFor(opts, words, two, three);
    Candidates candidates;
    gatherCandidates(candidates, corpus.dictionary, words, threshold, two, three);
    two.counts = {};  // the counts are in the candidates now
    three.counts = {};
    std::vector<std::uint32_t> chosen;
    ds.vocab = Vocabulary::build(candidates.pairs, opts, &chosen);
    const auto wordIndex =
        indexChosen(chosen, candidates.source, corpus.dictionary.size(), two, three);
    encode(ds.train, trainIdx, corpus, wordIndex, two, three, trigrams);
    encode(ds.valid, validIdx, corpus, wordIndex, two, three, trigrams);
    encode(ds.test, corpus.indicesOf(Split::Test), corpus, wordIndex, two, three, trigrams);
}

}  // namespace sentiment::data
