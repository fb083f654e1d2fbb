#include "data/dataset/CorpusBuilder.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "data/dataset/CorpusBuffers.h"
#include "data/text/TokenInterner.h"
#include "data/text/Tokenizer.h"

namespace sentiment::data {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::uint32_t kNone = UINT32_MAX;

// One chunk's reviews as tokenized by one worker: offsets into that worker's token buffer.
struct ChunkTokens {
    std::size_t index = 0;
    std::vector<std::uint64_t> starts;  // items + 1
};

// A tokenizing thread's own state: no locks in the hot loop.
struct Worker {
    TokenInterner interner;
    HugeBuffer<std::uint32_t> tokens;
    std::vector<ChunkTokens> chunks;
    std::vector<std::uint64_t> firstSeen;  // per local id: chunk index << 32 | token position in it
};

// Drains the queue into `worker` until it is finished (or aborted).
void consume(ReviewQueue& queue, const Tokenizer& tokenizer, Worker& worker,
             const std::stop_token& stop, const std::function<void()>& report) {
    if (worker.tokens.capacity() == 0)
        worker.tokens.reserve(std::size_t(8) << 20);  // address space only
    while (auto lease = queue.pop()) {
        if (stop.stop_requested()) {
            queue.done();
            queue.abort();
            return;
        }
        ChunkTokens out;
        out.index = lease->chunk.index;
        out.starts.reserve(lease->chunk.items.size() + 1);
        const std::size_t chunkStart = worker.tokens.size();
        const std::uint64_t chunkKey = std::uint64_t(out.index) << 32;
        out.starts.push_back(chunkStart);
        for (const auto& item : lease->chunk.items) {
            tokenizer.tokenize(
                std::string_view(lease->base + item.offset, item.size),
                [&](std::string_view token) {
                    const std::uint32_t id = worker.interner.intern(token);
                    if (id == worker.firstSeen.size())
                        worker.firstSeen.push_back(chunkKey | (worker.tokens.size() - chunkStart));
                    worker.tokens.push_back(id);
                });
            out.starts.push_back(worker.tokens.size());
        }
        queue.done();
        worker.chunks.push_back(std::move(out));
        if (report) report();
    }
}

// Puts the workers' chunks into canonical order over one dictionary, without copying tokens.
// The dictionary is numbered by first appearance in reading order, found from each worker's
// first sightings (a worker takes its chunks in increasing order), so neither the thread count
// nor the scheduling shows in the result, and no sequential pass over all tokens is needed.
Result<Corpus> merge(ImdbData&& data, std::vector<Worker>& workers,
                     const TokenizerOptions& tokenizer) {
    std::size_t chunkCount = 0;
    for (const auto& w : workers) {
        for (const auto& c : w.chunks) chunkCount = std::max(chunkCount, c.index + 1);
    }
    std::vector<std::pair<std::uint32_t, const ChunkTokens*>> byIndex(chunkCount, {0, nullptr});
    for (std::uint32_t w = 0; w < workers.size(); ++w) {
        for (const auto& c : workers[w].chunks) byIndex[c.index] = {w, &c};
    }

    // One dictionary: each word's earliest sighting over all workers decides its id.
    TokenInterner global;
    std::size_t largest = 0;
    for (const auto& w : workers) largest = std::max(largest, w.interner.size());
    global.reserve(largest + largest / 4);
    std::vector<std::uint64_t> earliest;
    earliest.reserve(largest + largest / 4);
    std::vector<std::vector<std::uint32_t>> remap(workers.size());
    for (std::size_t w = 0; w < workers.size(); ++w) {
        const auto& worker = workers[w];
        remap[w].resize(worker.interner.size());
        for (std::uint32_t local = 0; local < worker.interner.size(); ++local) {
            const std::uint32_t g = global.intern(worker.interner.word(local));
            if (g == earliest.size()) {
                earliest.push_back(worker.firstSeen[local]);
            } else {
                earliest[g] = std::min(earliest[g], worker.firstSeen[local]);
            }
            remap[w][local] = g;
        }
    }
    std::vector<std::uint32_t> order(earliest.size());
    for (std::uint32_t g = 0; g < order.size(); ++g) order[g] = g;
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return earliest[a] < earliest[b]; });
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    for (auto& map : remap) {
        for (auto& g : map) g = rank[g];
    }

    auto buffers = std::make_shared<CorpusBuffers>();
    Corpus corpus;
    corpus.tokenizer = tokenizer;
    corpus.report = std::move(data.report);
    std::vector<std::uint64_t> wordStarts{0};
    for (const auto g : order) {
        buffers->words.append(global.word(g));
        wordStarts.push_back(buffers->words.size());
    }
    const std::string_view words = buffers->words;
    corpus.dictionary.reserve(order.size());
    for (std::size_t i = 0; i + 1 < wordStarts.size(); ++i) {
        corpus.dictionary.push_back(words.substr(wordStarts[i], wordStarts[i + 1] - wordStarts[i]));
    }

    // Each worker's tokens renumbered in place, one thread per worker.
    {
        std::vector<std::jthread> helpers;
        for (std::size_t w = 0; w < workers.size(); ++w) {
            helpers.emplace_back([&, w] {
                const auto& map = remap[w];
                for (auto& id : workers[w].tokens) id = map[id];
            });
        }
    }

    // Each review's tokens, in canonical order, viewed where its worker left them.
    const std::size_t n = data.reviews.size();
    corpus.reviewTokens.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t a = data.arrival[i];
        const auto [w, chunk] = byIndex.at(a / ReviewQueue::kChunk);
        if (chunk == nullptr)
            return Error::at({},
                             Message::tr("tokenizing lost a chunk of reviews (internal error)"));
        const std::size_t k = a % ReviewQueue::kChunk;
        const std::uint64_t begin = chunk->starts.at(k);
        corpus.reviewTokens.emplace_back(workers[w].tokens.data() + begin,
                                         chunk->starts.at(k + 1) - begin);
    }
    corpus.reviews.reserve(n);
    corpus.textSpans.reserve(n);
    for (const auto& r : data.reviews) {
        corpus.reviews.push_back(r.info);
        corpus.textSpans.push_back(
            {static_cast<std::uint64_t>(r.text.data() - data.texts.data()), r.text.size()});
    }
    buffers->texts = std::move(data.texts);  // moves keep the data where it is, so the views hold
    for (auto& w : workers) buffers->tokens.push_back(std::move(w.tokens));
    corpus.texts = std::span<const char>(buffers->texts.data(), buffers->texts.size());
    corpus.storage = std::move(buffers);
    return corpus;
}

}  // namespace

CorpusBuilder::CorpusBuilder(TokenizerOptions tokenizer, unsigned threads)
    : tokenizer_(tokenizer),
      threads_(threads == 0 ? std::max(1u, std::thread::hardware_concurrency()) : threads) {}

Result<Corpus> CorpusBuilder::build(ImdbData&& data, ProgressObserver* observer,
                                    std::stop_token stop) const {
    // Already read: queue every review in canonical order, then let all threads tokenize.
    Reader replay = [&](ReviewQueue& queue) -> Result<ImdbData> {
        const char* base = data.texts.data();
        queue.start(base);
        ReviewQueue::Chunk chunk;
        for (std::size_t i = 0; i < data.reviews.size(); ++i) {
            const auto text = data.reviews[i].text;
            chunk.items.push_back({static_cast<std::uint64_t>(text.data() - base), text.size()});
            if (chunk.items.size() == ReviewQueue::kChunk || i + 1 == data.reviews.size()) {
                chunk.index = i / ReviewQueue::kChunk;
                queue.push(std::move(chunk));
                chunk = {};
            }
        }
        queue.finish(base);
        data.arrival.resize(data.reviews.size());
        for (std::uint32_t i = 0; i < data.arrival.size(); ++i) data.arrival[i] = i;
        return std::move(data);
    };
    return build(replay, observer, stop);
}

Result<Corpus> CorpusBuilder::build(const Reader& read, ProgressObserver* observer,
                                    std::stop_token stop, double* readSeconds) const {
    const auto start = Clock::now();
    const auto tokenizer = Tokenizer::create(tokenizer_);
    ReviewQueue queue;
    std::vector<Worker> workers(threads_);
    Result<ImdbData> data = Error::at({}, Message::tr("not read"));
    {
        std::vector<std::jthread> helpers;
        for (std::size_t w = 1; w < workers.size(); ++w) {
            helpers.emplace_back([&, w] { consume(queue, *tokenizer, workers[w], stop, {}); });
        }
        data = read(queue);
        if (readSeconds != nullptr)
            *readSeconds = std::chrono::duration<double>(Clock::now() - start).count();
        if (!data) {
            queue.abort();
            return data.error();  // the helpers are joined on the way out
        }
        // Only the calling thread reports, so the observer sees one thread.
        if (observer != nullptr) observer->onPhase("tokenize");
        const double reviews = double(data->reviews.size());
        const double chunks = double(queue.pushed());
        consume(queue, *tokenizer, workers[0], stop, [&] {
            if (observer != nullptr)
                observer->onProgress(reviews * double(queue.handedOut()) / chunks, reviews);
        });
    }
    if (stop.stop_requested()) return Error::at({}, Message::tr("tokenizing was cancelled"));
    auto corpus = merge(std::move(*data), workers, tokenizer_);
    if (corpus && observer != nullptr)
        observer->onProgress(double(corpus->size()), double(corpus->size()));
    return corpus;
}

}  // namespace sentiment::data
