#include "data/dataset/NgramDatasetBuilder.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "data/text/CharNgrams.h"

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

// The character n-grams of every dictionary word (fastText's subwords): each distinct gram gets
// an id; a word's grams are a run of `ids`, from `first[word]` to `first[word + 1]`.
struct CharGrams {
    std::vector<std::string> spelling;  // by gram id, as the vocabulary holds it ("#<영")
    std::vector<std::uint32_t> first;
    std::vector<std::uint32_t> ids;
    std::vector<std::uint64_t> counts;  // by gram id: training reviews holding it
    std::vector<std::int32_t> index;    // by gram id: its vocabulary index, kUnk if none

    void build(const std::vector<std::string_view>& dictionary, int longest) {
        std::unordered_map<std::string, std::uint32_t> idOf;
        std::vector<std::string> grams;
        first.assign(1, 0);
        for (const auto word : dictionary) {
            CharNgrams::of(word, longest, grams);
            for (auto& g : grams) {
                const auto [it, added] =
                    idOf.try_emplace(g, static_cast<std::uint32_t>(spelling.size()));
                if (added) spelling.push_back(std::move(g));
                ids.push_back(it->second);
            }
            first.push_back(static_cast<std::uint32_t>(ids.size()));
        }
        counts.assign(spelling.size(), 0);
    }
    // The distinct grams of a review's words, by gram id, sorted.
    void of(std::span<const std::uint32_t> tokens, std::vector<std::uint32_t>& out) const {
        out.clear();
        for (const auto t : tokens)
            out.insert(out.end(), ids.begin() + first[t], ids.begin() + first[t + 1]);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }
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
                                      const std::vector<std::uint32_t>& trainIdx, int ngrams,
                                      Grams& two, Grams& three, CharGrams& chars) {
    std::vector<std::uint64_t> words(corpus.dictionary.size(), 0);
    const bool bigrams = ngrams >= 2, trigrams = ngrams >= 3;
    if (bigrams) two.counts.reserve(1 << 20);
    if (trigrams) three.counts.reserve(1 << 21);
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> grams;
    for (const auto r : trainIdx) {
        const auto tokens = corpus.tokensOf(r);
        for (const auto id : tokens) ++words[id];
        if (!chars.spelling.empty()) {
            chars.of(tokens, grams);
            for (const auto g : grams) ++chars.counts[g];
        }
        if (bigrams) {
            NgramDatasetBuilder::bigramsOf(tokens, keys);
            for (const auto k : keys) ++two.counts[k];
        }
        if (trigrams) {
            NgramDatasetBuilder::trigramsOf(tokens, keys);
            for (const auto k : keys) ++three.counts[k];
        }
    }
    return words;
}

// The lowest count that can still make the cut: only candidates at or above it get strings.
std::uint64_t thresholdFor(const VocabularyOptions& opts, const std::vector<std::uint64_t>& words,
                           const Grams& two, const Grams& three, const CharGrams& chars) {
    const std::uint64_t minFreq = std::max<std::uint64_t>(opts.minFreq, 1);
    if (opts.maxSize == 0) return minFreq;
    std::vector<std::uint64_t> all;
    all.reserve(words.size() + two.counts.size() + three.counts.size() + chars.counts.size());
    for (const auto* counts : {&words, &chars.counts}) {
        for (const auto c : *counts) {
            if (c >= minFreq) all.push_back(c);
        }
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
    // A word id, (kNgram | index into the n-grams' strings: bigrams first, then trigrams), or
    // (kChar | gram id).
    std::vector<std::uint64_t> source;
};

constexpr std::uint64_t kChar = std::uint64_t(1) << 62;  // marks a character n-gram

// The character n-grams that make the cut. A gram spelt as a word of the text ("#" and letters:
// a hashtag) is left to the word: the vocabulary holds each spelling once.
void gatherCharGrams(Candidates& out, const std::vector<std::string_view>& dict,
                     std::uint64_t threshold, const CharGrams& chars) {
    if (chars.spelling.empty()) return;
    const std::unordered_set<std::string_view> words(dict.begin(), dict.end());
    for (std::uint32_t g = 0; g < chars.counts.size(); ++g) {
        if (chars.counts[g] < threshold || words.contains(chars.spelling[g])) continue;
        out.pairs.emplace_back(chars.spelling[g], chars.counts[g]);
        out.source.push_back(kChar | g);
    }
}

void gatherCandidates(Candidates& out, const std::vector<std::string_view>& dict,
                      const std::vector<std::uint64_t>& words, std::uint64_t threshold, Grams& two,
                      Grams& three, const CharGrams& chars) {
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
    gatherCharGrams(out, dict, threshold, chars);
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
        if ((s & kChar) != 0) continue;  // CharGrams::index looks them up by spelling
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
            const CharGrams& chars, int ngrams) {
    std::vector<std::int32_t> ids;
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> grams;
    std::vector<std::int32_t> gramIds;
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
        if (ngrams >= 2) {
            NgramDatasetBuilder::bigramsOf(tokens, keys);
            append(two);
        }
        if (ngrams >= 3) {
            NgramDatasetBuilder::trigramsOf(tokens, keys);
            append(three);
        }
        if (!chars.spelling.empty()) {
            // By vocabulary index, as the Predictor orders them.
            chars.of(tokens, grams);
            gramIds.clear();
            for (const auto g : grams) gramIds.push_back(chars.index[g]);
            std::sort(gramIds.begin(), gramIds.end());
            ids.insert(ids.end(), gramIds.begin(), gramIds.end());
        }
        if (ids.empty()) ids.push_back(Vocabulary::kUnk);
        out.add(ids, static_cast<float>(corpus.reviews[r].label), r);
    }
}

}  // namespace

void NgramDatasetBuilder::build(Dataset& ds, const Corpus& corpus,
                                const std::vector<std::uint32_t>& trainIdx,
                                const std::vector<std::uint32_t>& validIdx) const {
    const auto& opts = options_.vocabulary;
    const int ngrams = options_.ngrams;
    Grams two, three;
    CharGrams chars;
    if (options_.charNgrams > 0) chars.build(corpus.dictionary, options_.charNgrams);
    const auto words = countTrain(corpus, trainIdx, ngrams, two, three, chars);
    const auto threshold = thresholdFor(opts, words, two, three, chars);
    Candidates candidates;
    gatherCandidates(candidates, corpus.dictionary, words, threshold, two, three, chars);
    two.counts = {};  // the counts are in the candidates now
    three.counts = {};
    std::vector<std::uint32_t> chosen;
    ds.vocab = Vocabulary::build(candidates.pairs, opts, &chosen);
    const auto wordIndex =
        indexChosen(chosen, candidates.source, corpus.dictionary.size(), two, three);
    // A gram's index by its spelling, as the Predictor finds it in a new text.
    chars.index.reserve(chars.spelling.size());
    for (const auto& g : chars.spelling) chars.index.push_back(ds.vocab.index(g));
    encode(ds.train, trainIdx, corpus, wordIndex, two, three, chars, ngrams);
    encode(ds.valid, validIdx, corpus, wordIndex, two, three, chars, ngrams);
    encode(ds.test, corpus.indicesOf(Split::Test), corpus, wordIndex, two, three, chars, ngrams);
}

}  // namespace sentiment::data
