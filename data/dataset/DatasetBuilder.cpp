#include "data/dataset/DatasetBuilder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

#include "data/dataset/NgramDatasetBuilder.h"
#include "data/dataset/Random.h"

namespace sentiment::data {

std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> DatasetBuilder::split(
    const Corpus& corpus, double trainFraction, std::uint64_t seed) {
    auto train = corpus.indicesOf(Split::Train);
    Random rng(seed);
    rng.shuffle(train);
    const auto cut =
        static_cast<std::size_t>(std::floor(double(train.size()) * trainFraction + 1e-9));
    std::vector<std::uint32_t> valid(
        train.begin() + static_cast<std::ptrdiff_t>(std::min(cut, train.size())), train.end());
    train.resize(std::min(cut, train.size()));
    return {std::move(train), std::move(valid)};
}

Dataset DatasetBuilder::build(std::shared_ptr<const Corpus> corpus) const {
    Dataset ds;
    ds.options = options_;
    const Corpus& c = *corpus;
    // Named, not a structured binding: lambdas below capture them (clang before 16 cannot).
    auto splitIdx = split(c, options_.trainFraction, options_.seed);
    auto& trainIdx = splitIdx.first;
    auto& validIdx = splitIdx.second;
    if (options_.ngramFeatures()) {
        NgramDatasetBuilder(options_).build(ds, c, trainIdx, validIdx);
        ds.corpus = std::move(corpus);
        return ds;
    }

    // Numericalized splits: sizes first, then the ids written in place by all threads at once.
    auto prepare = [&](Examples& out, const std::vector<std::uint32_t>& indices) {
        out.starts.assign(1, 0);
        out.starts.reserve(indices.size() + 1);
        out.labels.reserve(indices.size());
        out.reviewIndex = indices;
        for (const auto r : indices) {
            out.starts.push_back(
                out.starts.back() +
                std::max<std::size_t>(1, options_.length.kept(c.tokensOf(r).size())));
            out.labels.push_back(static_cast<float>(c.reviews[r].label));
        }
        out.tokens.resize(out.starts.back());  // not written here: filled below
        // Touch each page now, on this helper thread, so the kernel's work to supply fresh
        // memory is not on the critical path.
        constexpr std::size_t kStride = 4096 / sizeof(std::int32_t);
        for (std::size_t i = 0; i < out.tokens.size(); i += kStride)
            out.tokens[i] = Vocabulary::kUnk;
    };
    const auto testIdx = c.indicesOf(Split::Test);
    // Fresh memory is slow to fault in on some machines: the example buffers are sized (and
    // their pages touched) on another core while this one counts and builds the vocabulary.
    std::jthread preparing([&] {
        prepare(ds.train, trainIdx);
        prepare(ds.valid, validIdx);
        prepare(ds.test, testIdx);
    });
    std::vector<std::uint32_t> counts(corpus->dictionary.size(),
                                      0);  // 4 bytes: half the cache misses
    for (const auto r : trainIdx) {
        for (const auto id : corpus->tokensOf(r)) ++counts[id];
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> pairs;
    std::vector<std::uint32_t> ids;
    pairs.reserve(counts.size());
    ids.reserve(counts.size());
    for (std::uint32_t id = 0; id < counts.size(); ++id) {
        if (counts[id] > 0) {
            pairs.emplace_back(corpus->dictionary[id], counts[id]);
            ids.push_back(id);
        }
    }
    std::vector<std::uint32_t> chosen;
    ds.vocab = Vocabulary::build(pairs, options_.vocabulary, &chosen);

    // Dictionary id -> vocabulary index, so numericalizing is one array lookup per token. Words
    // outside the vocabulary (and a literal "<pad>" in a review) are <unk>.
    std::vector<std::int32_t> remap(corpus->dictionary.size(), Vocabulary::kUnk);
    for (std::size_t v = 0; v < chosen.size(); ++v)
        remap[ids[chosen[v]]] = static_cast<std::int32_t>(v + 2);
    preparing.join();
    struct Job {
        Examples* out;
        const std::vector<std::uint32_t>* indices;
    };
    const std::array<Job, 3> jobs{Job{&ds.train, &trainIdx}, Job{&ds.valid, &validIdx},
                                  Job{&ds.test, &testIdx}};
    auto write = [&](unsigned part, unsigned parts) {
        for (const auto& job : jobs) {
            const std::size_t n = job.indices->size();
            for (std::size_t e = n * part / parts; e < n * (part + 1) / parts; ++e) {
                const auto tokens = c.tokensOf((*job.indices)[e]);
                std::int32_t* out = job.out->tokens.data() + job.out->starts[e];
                if (tokens.empty()) *out = Vocabulary::kUnk;  // a review with no tokens
                const auto [head, tail] = options_.length.keep(tokens.size());
                for (std::size_t t = 0; t < head; ++t) *out++ = remap[tokens[t]];
                for (std::size_t t = tokens.size() - tail; t < tokens.size(); ++t)
                    *out++ = remap[tokens[t]];
            }
        }
    };
    {
        const unsigned parts = std::max(
            1u, options_.threads == 0 ? std::thread::hardware_concurrency() : options_.threads);
        std::vector<std::jthread> helpers;
        for (unsigned p = 1; p < parts; ++p) helpers.emplace_back(write, p, parts);
        write(0, parts);
    }
    ds.corpus = std::move(corpus);
    return ds;
}

}  // namespace sentiment::data
