#include "training/MemoryEstimate.h"

#include <algorithm>

namespace sentiment::training {

namespace {
constexpr std::uint64_t kMiB = std::uint64_t(1) << 20;
// Measured resident memory of the programs with nothing loaded (bench/startup.py): the CLI with
// LibTorch ~160 MiB, the desktop application's first window ~230 MiB, plus its pages' models.
constexpr std::uint64_t kCliProgram = 200 * kMiB;
constexpr std::uint64_t kGuiProgram = 330 * kMiB;
// What the backward pass adds to the saved activations at its peak (the gradients of the layer
// being differentiated, the allocator's size classes and the idle blocks it keeps, up to its
// cap), calibrated on the lecture's whole 5-epoch runs (docs/BENCHMARKS.md): float on a Zen 3
// peaked at 1,787 MiB, where this gives 1,787; bf16 (oneDNN's workspaces) on a Zen 4 at
// 1,838 MiB, 3 % above it, too close to count the precisions apart.
constexpr double kBackwardFactor = 2.0;
}  // namespace

MemoryEstimate::Data MemoryEstimate::Data::of(const data::Dataset& dataset,
                                              std::uint64_t vectorsBytes) {
    Data d;
    d.vectorsBytes = vectorsBytes;
    for (const auto* split : {&dataset.train, &dataset.valid, &dataset.test}) {
        d.reviews += split->size();
        d.tokens += split->tokens.size();
    }
    for (std::size_t i = 0; i < dataset.train.size(); ++i) {
        d.longestReview = std::max<std::uint64_t>(d.longestReview, dataset.train.length(i));
    }
    if (dataset.corpus)
        d.textBytes =
            dataset.corpus->texts.size() + dataset.corpus->tokenCount() * sizeof(std::uint32_t);
    return d;
}

MemoryEstimate::Data MemoryEstimate::Data::lectureImdb() {
    // Measured on aclImdb_v1.tar.gz with the lecture's tokenizer (`sentiment-lab-cli dataset`):
    // 13,451,735 tokens in 50,000 reviews, the longest training review 2,768 tokens, and a
    // tokenized cache of 122,988,188 bytes (the texts and their token ids).
    Data d;
    d.reviews = 50'000;
    d.tokens = 13'451'735;
    d.longestReview = 2'768;
    d.textBytes = 122'988'188;
    d.vectorsBytes = 25'002 * 100 * sizeof(float);
    return d;
}

std::uint64_t MemoryEstimate::largestMicroBatchTokens(const TrainingConfig& training,
                                                      std::uint64_t longestReview) {
    const std::uint64_t batch = static_cast<std::uint64_t>(training.batchSize) * longestReview;
    if (training.microBatchTokens == 0) return batch;
    return std::max<std::uint64_t>(std::min<std::uint64_t>(batch, training.microBatchTokens),
                                   longestReview);
}

std::uint64_t MemoryEstimate::activationFloatsPerToken(const model::ModelConfig& m,
                                                       std::uint64_t length) {
    const std::uint64_t E = static_cast<std::uint64_t>(m.embeddingDim),
                        H = static_cast<std::uint64_t>(m.hidden);
    switch (m.architecture) {
        case model::Architecture::FastText:
            return E;
        case model::Architecture::NbSvm:
            return 8;  // the sorted ids, their mask, ratios, weights and products
        case model::Architecture::Cnn: {
            std::uint64_t floats = 2 * E;  // embedding and its dropout
            for (const auto f : m.filterSizes)
                floats += 2 * static_cast<std::uint64_t>(m.filters) * (f > 0 ? 1 : 0);
            return floats;
        }
        case model::Architecture::Transformer: {
            // Per layer: the norms, q/k/v, the mixed values, the projection and the residual
            // sums (about 12 of width E), the feed-forward's three of width F, and per head the
            // scores, their softmax and its dropout, one each per position attended to.
            const std::uint64_t heads = static_cast<std::uint64_t>(m.heads);
            const std::uint64_t perLayer = 12 * E + 3 * H + 3 * heads * length;
            return 3 * E + static_cast<std::uint64_t>(m.layers) * perLayer;
        }
        case model::Architecture::Base:
        case model::Architecture::Advanced:
            break;
    }
    const std::uint64_t directions = m.bidirectional ? 2 : 1;
    const std::uint64_t gates = m.cell == model::Cell::Lstm  ? 4
                                : m.cell == model::Cell::Gru ? 3
                                                             : 1;
    // Per direction and layer: the gates, and for an LSTM its cell state and tanh, and the output.
    const std::uint64_t perDirection = gates * H + (m.cell == model::Cell::Lstm ? 3 * H : H);
    std::uint64_t floats = 2 * E;  // embedding and its dropout
    for (std::int64_t l = 0; l < m.layers; ++l) {
        const std::uint64_t input = l == 0 ? E : directions * H;
        floats += directions * perDirection;
        if (directions == 2) floats += input + H;  // the input reversed within lengths, and back
        if (l + 1 < m.layers)
            floats += 2 * directions * H * (m.dropout > 0 ? 2 : 1);  // concatenation, dropout
    }
    return floats;
}

MemoryEstimate MemoryEstimate::of(const model::ModelConfig& model, const TrainingConfig& training,
                                  std::int64_t parameters, const Data& data, bool gui) {
    MemoryEstimate e;
    e.programBytes = gui ? kGuiProgram : kCliProgram;
    // Texts and the corpus ids, the split's token ids, per-review bookkeeping, the vectors.
    e.dataBytes =
        data.textBytes + data.tokens * sizeof(std::int32_t) + data.reviews * 64 + data.vectorsBytes;
    // Weights, gradients, Adam's two moments (SGD: momentum at most), the best-valid copy.
    const std::uint64_t copies = training.optimizer == OptimizerKind::Sgd ? 4 : 5;
    e.parameterBytes =
        static_cast<std::uint64_t>(std::max<std::int64_t>(parameters, 0)) * sizeof(float) * copies;
    // A Transformer reads at most its positions.
    const auto longest =
        model.architecture == model::Architecture::Transformer
            ? std::min<std::uint64_t>(data.longestReview,
                                      static_cast<std::uint64_t>(model.positionsNeeded()))
            : data.longestReview;
    const auto tokens = largestMicroBatchTokens(training, longest);
    e.activationBytes = static_cast<std::uint64_t>(
        static_cast<double>(tokens * activationFloatsPerToken(model, longest) * sizeof(float)) *
        kBackwardFactor);
    return e;
}

}  // namespace sentiment::training
