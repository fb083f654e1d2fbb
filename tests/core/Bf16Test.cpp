// bfloat16 inference (model::Bf16Matrix, model::Bf16RecurrentInference) and the Predictor's
// precision choice. The bfloat16 paths need a CPU with AVX-512 BF16; elsewhere those tests
// skip, and the Predictor must fall back to float.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <bit>
#include <cmath>
#include <random>

#include "model/Bf16Matrix.h"
#include "model/Bf16RecurrentInference.h"
#include "model/ModelFactory.h"
#include "training/Predictor.h"

using namespace sentiment;
using model::Bf16Matrix;

namespace {

#define REQUIRE_BF16() \
    if (!Bf16Matrix::supported()) GTEST_SKIP() << "this CPU has no AVX-512 BF16"

std::vector<std::uint16_t> bf16(const std::vector<float>& v) {
    std::vector<std::uint16_t> out(v.size());
    Bf16Matrix::toBf16(v.data(), static_cast<std::int64_t>(v.size()), out.data());
    return out;
}

model::ModelConfig recurrent(model::Cell cell, std::int64_t layers, bool bidirectional,
                             std::int64_t hidden) {
    auto config = *model::ModelConfig::preset("advanced");
    config.cell = cell;
    config.layers = layers;
    config.bidirectional = bidirectional;
    config.hidden = hidden;
    config.embeddingDim = 30;
    config.vocabSize = 97;
    return config;
}

// Random sequences of ids in [2, vocab) with lengths 1..maxLength (the first the longest).
std::vector<std::vector<std::int32_t>> randomSequences(std::size_t n, int maxLength, int vocab,
                                                       unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::vector<std::int32_t>> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int len = i == 0 ? maxLength : std::uniform_int_distribution<int>(1, maxLength)(rng);
        for (int t = 0; t < len; ++t)
            out[i].push_back(std::uniform_int_distribution<int>(2, vocab - 1)(rng));
    }
    return out;
}

std::vector<std::span<const std::int32_t>> spans(
    const std::vector<std::vector<std::int32_t>>& seqs) {
    return {seqs.begin(), seqs.end()};
}

// The float model's logits for the same sequences (padded batch, padding index 1).
std::vector<float> floatLogits(model::ClassifierImpl& net,
                               const std::vector<std::vector<std::int32_t>>& seqs) {
    std::int64_t T = 0;
    for (const auto& s : seqs) T = std::max<std::int64_t>(T, static_cast<std::int64_t>(s.size()));
    const auto B = static_cast<std::int64_t>(seqs.size());
    auto tokens = torch::full({T, B}, 1, torch::kLong);
    auto lengths = torch::empty({B}, torch::kLong);
    for (std::int64_t b = 0; b < B; ++b) {
        const auto& s = seqs[static_cast<std::size_t>(b)];
        for (std::size_t t = 0; t < s.size(); ++t) tokens[static_cast<std::int64_t>(t)][b] = s[t];
        lengths[b] = static_cast<std::int64_t>(s.size());
    }
    torch::NoGradGuard guard;
    net.eval();
    const auto out = net.forward(tokens, lengths).contiguous();
    return {out.data_ptr<float>(), out.data_ptr<float>() + B};
}

}  // namespace

TEST(Bf16, ConversionRoundsToNearestEven) {
    const float oneAndHalfUlp = 1.0f + std::ldexp(1.0f, -8);  // halfway between 1 and the next bf16
    const float oneAndThreeHalves =
        1.0f + 3 * std::ldexp(1.0f, -8);  // halfway, odd below: rounds up
    const auto r = bf16({1.0f, oneAndHalfUlp, oneAndThreeHalves, -2.5f});
    EXPECT_EQ(r[0], 0x3F80);
    EXPECT_EQ(r[1], 0x3F80);  // tie to even
    EXPECT_EQ(r[2], 0x3F82);
    EXPECT_EQ(r[3], 0xC020);
    // The vector path (32 at a time) and the scalar tail agree with the definition.
    std::mt19937 rng(3);
    std::normal_distribution<float> normal(0.0f, 10.0f);
    std::vector<float> v(100);
    for (auto& x : v) x = normal(rng);
    const auto out = bf16(v);
    for (std::size_t i = 0; i < v.size(); ++i) {
        const float back = std::bit_cast<float>(static_cast<std::uint32_t>(out[i]) << 16);
        EXPECT_LE(std::abs(back - v[i]), std::abs(v[i]) * std::ldexp(1.0f, -8)) << i;
    }
}

// With values bfloat16 holds exactly (small integers), every product and sum is exact in float:
// the packed product must equal the reference bit for bit, for every kernel shape (one row,
// two, a full 8-row block and remainders; odd columns; rows not a multiple of 16).
TEST(Bf16, MatrixProductIsExactOnRepresentableValues) {
    REQUIRE_BF16();
    std::mt19937 rng(11);
    std::uniform_int_distribution<int> small(-8, 8);
    for (const auto& [rows, cols] :
         {std::pair<std::int64_t, std::int64_t>{37, 51}, {1024, 100}, {16, 2}, {200, 257}}) {
        std::vector<float> w(static_cast<std::size_t>(rows * cols));
        for (auto& x : w) x = static_cast<float>(small(rng));
        const Bf16Matrix packed(w.data(), rows, cols);
        ASSERT_EQ(packed.paddedCols(), (cols + 1) / 2 * 2);
        for (const std::int64_t m : {1, 2, 3, 8, 9, 17}) {
            const std::int64_t lda = packed.paddedCols() + 4, ldc = rows + 3;
            std::vector<float> a(static_cast<std::size_t>(m * lda), 0.0f);
            for (std::int64_t i = 0; i < m; ++i)
                for (std::int64_t k = 0; k < cols; ++k)
                    a[static_cast<std::size_t>(i * lda + k)] = static_cast<float>(small(rng));
            const auto a16 = bf16(a);
            std::vector<float> c(static_cast<std::size_t>(m * ldc), 0.5f);  // accumulates onto 0.5
            packed.multiply(a16.data(), lda, m, c.data(), ldc);
            for (std::int64_t i = 0; i < m; ++i) {
                for (std::int64_t n = 0; n < ldc; ++n) {
                    double want = 0.5;
                    if (n < rows) {
                        for (std::int64_t k = 0; k < cols; ++k)
                            want += double(a[static_cast<std::size_t>(i * lda + k)]) *
                                    w[static_cast<std::size_t>(n * cols + k)];
                    }
                    ASSERT_EQ(c[static_cast<std::size_t>(i * ldc + n)], static_cast<float>(want))
                        << rows << "x" << cols << " m=" << m << " at " << i << "," << n;
                }
            }
        }
    }
}

// The bfloat16 engine against the float model on random weights, for the lecture's shape
// (LSTM, 2 layers, both directions), three layers (the output buffers alternate), one
// direction and the tanh RNN; hidden sizes that are not multiples of 16; mixed lengths.
TEST(Bf16, RecurrentInferenceFollowsTheFloatModel) {
    REQUIRE_BF16();
    torch::manual_seed(7);
    const std::vector<model::ModelConfig> configs{
        recurrent(model::Cell::Lstm, 2, true, 40), recurrent(model::Cell::Lstm, 3, true, 16),
        recurrent(model::Cell::Lstm, 1, false, 33), recurrent(model::Cell::Rnn, 2, true, 24)};
    for (const auto& config : configs) {
        auto net = model::ModelFactory::create(config);
        const auto seqs = randomSequences(7, 40, 97, 5);
        const auto want = floatLogits(*net, seqs);
        const model::Bf16RecurrentInference twoThreads(*net, 2), oneThread(*net, 1);
        const auto got = twoThreads.logits(spans(seqs));
        const auto sequential = oneThread.logits(spans(seqs));
        ASSERT_EQ(got.size(), seqs.size());
        double worst = 0;
        for (std::size_t b = 0; b < seqs.size(); ++b) {
            worst = std::max(worst, std::abs(double(got[b]) - want[b]));
            EXPECT_EQ(got[b], sequential[b]) << "threads change nothing";
            // Alone, a sequence gets exactly its logit from the batch: padding reaches nothing.
            const auto alone = twoThreads.logits({std::span<const std::int32_t>(seqs[b])});
            EXPECT_EQ(alone[0], got[b]) << b;
        }
        EXPECT_LT(worst, 0.01) << model::toString(config.cell) << " layers " << config.layers;
        EXPECT_GT(worst, 0.0)
            << "bfloat16 rounding shows somewhere (else this compared float with float)";
    }
}

TEST(Bf16, BadSequencesAreRefused) {
    REQUIRE_BF16();
    auto net = model::ModelFactory::create(recurrent(model::Cell::Lstm, 1, true, 16));
    const model::Bf16RecurrentInference engine(*net, 2);
    const std::vector<std::int32_t> outside{3, 97}, empty;
    EXPECT_THROW((void)engine.logits({std::span<const std::int32_t>(outside)}), std::out_of_range);
    EXPECT_THROW((void)engine.logits({std::span<const std::int32_t>(empty)}),
                 std::invalid_argument);
    EXPECT_TRUE(engine.logits({}).empty());
}

// Which models bfloat16 serves; the Predictor's choice and its numbers against float.
TEST(Bf16, PredictorChoosesItsPrecision) {
    std::vector<std::pair<std::string_view, std::uint64_t>> counts{
        {"this", 9},     {"film", 8}, {"is", 7}, {"great", 6},
        {"terrible", 5}, {"not", 4},  {"it", 3}, {"'s", 2}};
    training::Checkpoint c;
    c.vocab = data::Vocabulary::build(counts, {});
    c.model = recurrent(model::Cell::Lstm, 2, true, 32);
    c.model.vocabSize = static_cast<std::int64_t>(c.vocab.size());
    torch::manual_seed(3);
    c.network = model::ModelFactory::create(c.model);

    const training::Predictor exact(c, training::Precision::Float32);
    EXPECT_EQ(exact.precision(), training::Precision::Float32);
    const training::Predictor fast(c, training::Precision::Auto);
    if (!Bf16Matrix::supported()) {
        EXPECT_EQ(fast.precision(), training::Precision::Float32);
        GTEST_SKIP() << "this CPU has no AVX-512 BF16: float is used";
    }
    EXPECT_EQ(fast.precision(), training::Precision::BFloat16);
    for (const char* text : {"This film is great", "Not terrible, it's great.",
                             "terrible terrible terrible film", "x"}) {
        const auto a = exact.predict(text), b = fast.predict(text);
        EXPECT_EQ(a.tokens, b.tokens);
        EXPECT_NEAR(a.probability, b.probability, 0.005) << text;
        const auto ia = exact.importance(text), ib = fast.importance(text);
        ASSERT_EQ(ia.size(), ib.size());
        for (std::size_t i = 0; i < ia.size(); ++i)
            EXPECT_NEAR(ia[i], ib[i], 0.005) << text << " token " << i;
    }
    // Models without a bfloat16 path stay in float, and asking for bf16 there is refused by load().
    training::Checkpoint cnn = c;
    cnn.model = *model::ModelConfig::preset("cnn");
    cnn.model.vocabSize = c.model.vocabSize;
    cnn.network = model::ModelFactory::create(cnn.model);
    EXPECT_FALSE(training::Predictor::bf16Available(cnn));
    EXPECT_EQ(training::Predictor(cnn, training::Precision::BFloat16).precision(),
              training::Precision::Float32);
    EXPECT_TRUE(training::Predictor::bf16Available(c));
}

TEST(Bf16, PrecisionNamesRoundTrip) {
    for (auto p :
         {training::Precision::Auto, training::Precision::Float32, training::Precision::BFloat16}) {
        EXPECT_EQ(*training::parsePrecision(training::toString(p)), p);
    }
    EXPECT_FALSE(training::parsePrecision("fp16"));
}

// A pasted book is scored on its first kMaxTokens tokens, and says so.
TEST(Predictor, LongTextsAreCutAtTheTokenLimit) {
    std::vector<std::pair<std::string_view, std::uint64_t>> counts{{"good", 3}, {"bad", 2}};
    training::Checkpoint c;
    c.vocab = data::Vocabulary::build(counts, {});
    c.model = recurrent(model::Cell::Lstm, 1, true, 16);
    c.model.vocabSize = static_cast<std::int64_t>(c.vocab.size());
    c.network = model::ModelFactory::create(c.model);
    const training::Predictor predictor(c);
    std::string text;
    for (std::size_t i = 0; i < training::Predictor::kMaxTokens + 7; ++i)
        text += i % 2 ? "good " : "bad ";
    const auto p = predictor.predict(text);
    EXPECT_TRUE(p.truncated);
    EXPECT_EQ(p.tokens.size(), training::Predictor::kMaxTokens);
    EXPECT_GT(p.probability, 0.0);
    EXPECT_LT(p.probability, 1.0);
    EXPECT_FALSE(predictor.predict("good bad good").truncated);
}
