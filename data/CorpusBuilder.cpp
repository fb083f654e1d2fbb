#include "data/CorpusBuilder.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "data/TokenInterner.h"
#include "data/Tokenizer.h"

namespace sentiment::data {

namespace {
struct Shard {
    std::size_t begin = 0, end = 0;
    TokenInterner interner;
    HugeBuffer<std::uint32_t> tokens;
    std::vector<std::uint32_t> lengths;
};
}  // namespace

CorpusBuilder::CorpusBuilder(TokenizerOptions tokenizer, unsigned threads)
    : tokenizer_(tokenizer), threads_(threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : threads) {}

Result<Corpus> CorpusBuilder::build(ImdbData&& data, ProgressObserver* observer, std::stop_token stop) const {
    if (observer != nullptr) observer->onPhase("tokenize");
    auto& reviews = data.reviews;
    const std::size_t n = reviews.size();
    const auto tokenizer = Tokenizer::create(tokenizer_);

    // Contiguous shards of about equal text size keep first-appearance order thread-independent.
    std::size_t totalBytes = 0;
    for (const auto& r : reviews) totalBytes += r.text.size();
    const std::size_t shardCount = std::max<std::size_t>(1, std::min<std::size_t>(threads_, n));
    std::vector<Shard> shards(shardCount);
    {
        std::size_t i = 0;
        std::size_t acc = 0;
        for (std::size_t s = 0; s < shardCount; ++s) {
            shards[s].begin = i;
            const std::size_t target = totalBytes * (s + 1) / shardCount;
            while (i < n && (acc < target || s + 1 == shardCount)) acc += reviews[i++].text.size();
            shards[s].end = i;
        }
    }

    std::atomic<std::size_t> done{0};
    std::atomic<bool> cancelled{false};
    auto work = [&](Shard& shard) {
        shard.lengths.reserve(shard.end - shard.begin);
        std::size_t bytes = 0;
        for (std::size_t i = shard.begin; i < shard.end; ++i) bytes += reviews[i].text.size();
        shard.tokens.reserve(bytes / 4 + 16);  // English averages ~4.6 bytes per token
        for (std::size_t i = shard.begin; i < shard.end; ++i) {
            if ((i & 127) == 0 && stop.stop_requested()) {
                cancelled = true;
                return;
            }
            const std::size_t before = shard.tokens.size();
            tokenizer->tokenize(reviews[i].text,
                                [&](std::string_view token) { shard.tokens.push_back(shard.interner.intern(token)); });
            shard.lengths.push_back(static_cast<std::uint32_t>(shard.tokens.size() - before));
            const std::size_t sofar = done.fetch_add(1, std::memory_order_relaxed) + 1;
            // Only the calling thread reports, so the observer sees one thread.
            if (observer != nullptr && &shard == &shards[0] && (i & 255) == 0) {
                observer->onProgress(double(sofar), double(n));
            }
        }
    };
    {
        std::vector<std::jthread> workers;
        for (std::size_t s = 1; s < shardCount; ++s) workers.emplace_back([&, s] { work(shards[s]); });
        work(shards[0]);
    }
    if (cancelled || stop.stop_requested()) return Error{"tokenizing was cancelled", "", 0};
    // The texts, gathered into canonical order.

    Corpus corpus;
    corpus.tokenizer = tokenizer_;
    corpus.report = std::move(data.report);
    corpus.reviews.reserve(n);
    corpus.textStarts.reserve(n + 1);
    corpus.texts.reserve(totalBytes);
    corpus.textStarts.push_back(0);
    for (auto& r : reviews) {
        corpus.reviews.push_back(r.info);
        corpus.texts.insert(corpus.texts.end(), r.text.begin(), r.text.end());
        corpus.textStarts.push_back(corpus.texts.size());
    }

    // Merge the shards' dictionaries into shard 0's id space.
    // Shard 0's ids are already global: its buffer becomes the corpus's, the others are
    // appended through a remap table.
    TokenInterner& global = shards[0].interner;
    std::size_t totalTokens = 0;
    for (const auto& s : shards) totalTokens += s.tokens.size();
    corpus.tokens = std::move(shards[0].tokens);
    corpus.tokens.reserve(totalTokens);
    corpus.tokenStarts.reserve(n + 1);
    corpus.tokenStarts.push_back(0);
    for (const std::uint32_t len : shards[0].lengths) corpus.tokenStarts.push_back(corpus.tokenStarts.back() + len);
    for (std::size_t s = 1; s < shardCount; ++s) {
        auto& shard = shards[s];
        std::vector<std::uint32_t> remap(shard.interner.size());
        for (std::uint32_t id = 0; id < remap.size(); ++id) remap[id] = global.intern(shard.interner.word(id));
        for (const auto id : shard.tokens) corpus.tokens.push_back(remap[id]);
        for (const std::uint32_t len : shard.lengths) corpus.tokenStarts.push_back(corpus.tokenStarts.back() + len);
        decltype(shard.tokens)().swap(shard.tokens);
    }
    corpus.dictionary.reserve(global.size());
    for (std::uint32_t id = 0; id < global.size(); ++id) corpus.dictionary.emplace_back(global.word(id));
    if (observer != nullptr) observer->onProgress(double(n), double(n));
    return corpus;
}

}  // namespace sentiment::data
