#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <c10/core/CPUAllocator.h>
#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include "model/DnnlRecurrentLayer.h"
#include "model/FastDropout.h"
#include "model/FusedRecurrentLayer.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "model/ProcessMemory.h"
#include "model/RecurrentStack.h"
#include "model/RunGenerator.h"
#include "model/Runtime.h"

using namespace sentiment::model;

namespace {
std::int64_t totalOf(const char* preset) {
    auto config = ModelConfig::preset(preset);
    EXPECT_TRUE(config);
    config->vocabSize = 25'002;
    auto model = ModelFactory::create(*config);
    return ParameterReport::of(*model).trainable;
}

// A random padded batch: lengths in [1, T], padding index 1 beyond each length.
std::pair<torch::Tensor, torch::Tensor> randomBatch(std::int64_t T, std::int64_t B,
                                                    std::int64_t vocab, bool sorted) {
    auto lengths = torch::randint(1, T + 1, {B}, torch::kLong);
    lengths[0] = T;
    if (sorted) lengths = std::get<0>(lengths.sort(0, /*descending=*/true));
    auto tokens = torch::randint(2, vocab, {T, B}, torch::kLong);
    const auto t = torch::arange(T).unsqueeze(1);
    tokens.masked_fill_(t >= lengths.unsqueeze(0), 1);
    return {tokens, lengths};
}
}  // namespace

TEST(Model, LectureParameterCounts) {
    EXPECT_EQ(totalOf("base"), 2'592'105);
    EXPECT_EQ(totalOf("advanced"), 4'810'857);
    EXPECT_EQ(totalOf("fasttext"), 2'500'301);
    EXPECT_EQ(totalOf("cnn"), 2'620'801);
}

TEST(Model, ParameterCountIsKnownBeforeTheModelIsBuilt) {
    for (const char* preset : {"base", "advanced", "fasttext", "cnn", "nbsvm", "transformer"}) {
        for (const auto cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
            for (const bool bidirectional : {true, false}) {
                for (const std::int64_t layers : {1, 3}) {
                    auto config = *ModelConfig::preset(preset);
                    config.vocabSize = 50;
                    config.embeddingDim = 6;
                    config.heads = 2;
                    // The Transformer's variants ride on the loops' values.
                    config.pooling = bidirectional ? Pooling::Cls : Pooling::Mean;
                    config.positions =
                        cell == Cell::Rnn ? Positions::Sinusoidal : Positions::Learned;
                    config.preNorm = cell != Cell::Gru;
                    config.context = 11;
                    config.cell = cell;
                    config.bidirectional = bidirectional;
                    if (config.hidden > 0) config.hidden = 5;
                    if (config.layers > 0) config.layers = layers;
                    if (config.filters > 0)
                        config.filterSizes = layers == 1 ? std::vector<std::int64_t>{2}
                                                         : std::vector<std::int64_t>{3, 4, 5};
                    auto model = ModelFactory::create(config);
                    std::int64_t built = 0;
                    for (const auto& p : model->parameters(true)) built += p.numel();
                    for (const auto& b : model->buffers(true)) built += b.numel();
                    EXPECT_EQ(config.parameterCount(), built)
                        << preset << " " << toString(cell) << " " << layers;
                }
            }
        }
    }
    auto advanced = *ModelConfig::preset("advanced");
    EXPECT_EQ(advanced.parameterCount(), 4'810'857);
    advanced.hidden = std::int64_t{1} << 40;
    EXPECT_EQ(advanced.parameterCount(), std::nullopt);
}

TEST(Model, ConfigurationsThatCannotBeBuiltAreRefused) {
    auto json = ModelConfig::preset("transformer")->toJson();
    json["heads"] = 3;  // 100 does not divide by 3
    EXPECT_FALSE(ModelConfig::fromJson(json));
    json["heads"] = 4;
    json["context"] = 0;
    EXPECT_FALSE(ModelConfig::fromJson(json));
    json["context"] = 256;
    json["norm"] = "middle";
    EXPECT_FALSE(ModelConfig::fromJson(json));
    json = ModelConfig::preset("advanced")->toJson();
    json["hidden"] = 0;
    EXPECT_FALSE(ModelConfig::fromJson(json));
    json = ModelConfig::preset("cnn")->toJson();
    json["filter_sizes"] = std::vector<int>{3, 0};
    EXPECT_FALSE(ModelConfig::fromJson(json));
    json["filter_sizes"] = std::vector<int>{};
    EXPECT_FALSE(ModelConfig::fromJson(json));
    json = ModelConfig::preset("base")->toJson();
    EXPECT_TRUE(ModelConfig::fromJson(json));
}

TEST(Model, FormulasAddUpToTheTotal) {
    for (const char* preset : {"base", "advanced", "fasttext", "cnn", "transformer"}) {
        auto config = ModelConfig::preset(preset);
        auto model = ModelFactory::create(*config);
        const auto report = ParameterReport::of(*model);
        std::int64_t sum = 0;
        for (const auto& f : report.formulas) sum += f.count;
        EXPECT_EQ(sum, report.total) << preset;
        std::int64_t rows = 0;
        for (const auto& r : report.rows) rows += r.count;
        EXPECT_EQ(rows, report.total) << preset;
    }
    auto config = ModelConfig::preset("advanced");
    const auto report = ParameterReport::of(*ModelFactory::create(*config));
    ASSERT_GE(report.formulas.size(), 2u);
    EXPECT_EQ(report.formulas[1].count,
              4 * (256 * (100 + 256) + 2 * 256));  // the lecture's assignment
    EXPECT_NE(report.formulas[1].formula.english().find("4*(256*(100+256)+2*256)"),
              std::string::npos)
        << report.formulas[1].formula.english();
}

TEST(Model, PresetsRoundTripThroughJson) {
    for (const char* preset : {"base", "advanced", "fasttext", "cnn", "transformer"}) {
        auto config = ModelConfig::preset(preset);
        auto again = ModelConfig::fromJson(config->toJson());
        ASSERT_TRUE(again) << again.error().message;
        EXPECT_EQ(again->toJson(), config->toJson());
    }
    auto transformer = *ModelConfig::preset("transformer");
    transformer.positions = Positions::Sinusoidal;
    transformer.pooling = Pooling::Mean;
    transformer.preNorm = false;
    transformer.heads = 5;
    transformer.context = 300;
    EXPECT_EQ(ModelConfig::fromJson(transformer.toJson())->toJson(), transformer.toJson());
    // A recurrent model's JSON stays as it was before the Transformer.
    EXPECT_FALSE(ModelConfig::preset("advanced")->toJson().contains("heads"));
    EXPECT_FALSE(ModelConfig::preset("bert"));
}

// The fast padded path keeps packed-sequence semantics: same outputs and gradients.
TEST(Model, PaddedEqualsPackedForEveryCell) {
    torch::manual_seed(7);
    for (const auto cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
        for (const bool bidirectional : {true, false}) {
            RecurrentStack stack(cell, 12, 9, 2, bidirectional, 0.0);
            stack->train();
            for (const bool sorted : {true, false}) {
                const auto input = torch::randn({15, 6, 12});
                auto lengths = torch::randint(1, 16, {6}, torch::kLong);
                lengths[2] = 15;
                if (sorted) lengths = std::get<0>(lengths.sort(0, true));
                // Garbage in the padding: it must not matter.
                auto x1 = input.clone().requires_grad_(true);
                auto x2 = input.clone().requires_grad_(true);
                const auto a = stack->finalStates(x1, lengths, RnnInput::Padded);
                const auto b = stack->finalStates(x2, lengths, RnnInput::Packed);
                ASSERT_EQ(a.sizes(), b.sizes());
                EXPECT_LT((a - b).abs().max().item<double>(), 1e-5);
                stack->zero_grad();
                a.pow(2).sum().backward();
                std::vector<torch::Tensor> g1;
                for (auto& p : stack->parameters()) g1.push_back(p.grad().clone());
                stack->zero_grad();
                b.pow(2).sum().backward();
                std::size_t i = 0;
                for (auto& p : stack->parameters()) {
                    EXPECT_LT((g1[i++] - p.grad()).abs().max().item<double>(), 1e-5)
                        << toString(cell);
                }
                EXPECT_LT((x1.grad() - x2.grad()).abs().max().item<double>(), 1e-5);
            }
        }
    }
}

TEST(Model, AdvancedModelGivesTheSameLogitsEitherWay) {
    torch::manual_seed(3);
    auto config = *ModelConfig::preset("advanced");
    config.vocabSize = 50;
    config.hidden = 16;
    config.embeddingDim = 8;
    auto model = ModelFactory::create(config);
    model->eval();
    const auto [tokens, lengths] = randomBatch(20, 7, 50, true);
    const auto padded = model->forward(tokens, lengths);
    auto packedConfig = config;
    packedConfig.rnnInput = RnnInput::Packed;
    auto packedModel = ModelFactory::create(packedConfig);
    {
        torch::NoGradGuard guard;
        auto src = model->named_parameters();
        for (auto& p : packedModel->named_parameters()) p.value().copy_(src[p.key()]);
    }
    packedModel->eval();
    const auto packed = packedModel->forward(tokens, lengths);
    EXPECT_LT((padded - packed).abs().max().item<double>(), 1e-5);
    EXPECT_EQ(padded.sizes(), (std::vector<std::int64_t>{7}));
}

TEST(Model, EveryPresetRunsForwardAndBackward) {
    for (const char* preset : {"base", "advanced", "fasttext", "cnn", "transformer"}) {
        auto config = *ModelConfig::preset(preset);
        config.vocabSize = 40;
        auto model = ModelFactory::create(config);
        model->train();
        const auto [tokens, lengths] = randomBatch(9, 4, 40, true);
        const auto logits = model->forward(tokens, lengths);
        EXPECT_EQ(logits.sizes(), (std::vector<std::int64_t>{4})) << preset;
        logits.sum().backward();
        EXPECT_TRUE(model->embedding()->weight.grad().defined()) << preset;
    }
}

namespace {

using LayerFunction =
    std::function<torch::Tensor(Cell, const torch::Tensor&, const torch::Tensor&,
                                const torch::Tensor&, const torch::Tensor&, const torch::Tensor&)>;

// A layer implementation against LibTorch's own cell, with a gradient reaching every step.
void expectMatchesLibTorch(Cell cell, const LayerFunction& layer, double tolerance) {
    const std::int64_t T = 13, B = 5, I = 7, H = 6;
    const std::int64_t G = (cell == Cell::Lstm ? 4 : cell == Cell::Gru ? 3 : 1) * H;
    auto make = [](std::vector<std::int64_t> shape) {
        return (torch::rand(shape) - 0.5).requires_grad_(true);
    };
    auto x = make({T, B, I});
    auto wih = make({G, I}), whh = make({G, H}), bih = make({G}), bhh = make({G});
    const auto weights = torch::randn({T, B, H});
    const auto mineOut = layer(cell, x, wih, whh, bih, bhh);
    (mineOut * weights).sum().backward();
    std::vector<torch::Tensor> mine;
    for (auto* t : {&x, &wih, &whh, &bih, &bhh}) {
        mine.push_back(t->grad().clone());
        t->mutable_grad().reset();
    }
    const auto h0 = torch::zeros({1, B, H});
    const std::vector<torch::Tensor> w{wih, whh, bih, bhh};
    torch::Tensor reference;
    switch (cell) {
        case Cell::Lstm:
            reference = std::get<0>(torch::lstm(x, {h0, h0}, w, true, 1, 0.0, true, false, false));
            break;
        case Cell::Gru:
            reference = std::get<0>(torch::gru(x, h0, w, true, 1, 0.0, true, false, false));
            break;
        case Cell::Rnn:
            reference = std::get<0>(torch::rnn_tanh(x, h0, w, true, 1, 0.0, true, false, false));
            break;
    }
    EXPECT_LT((mineOut - reference).abs().max().item<double>(), tolerance) << toString(cell);
    (reference * weights).sum().backward();
    std::size_t k = 0;
    for (auto* t : {&x, &wih, &whh, &bih, &bhh}) {
        EXPECT_LT((mine[k++] - t->grad()).abs().max().item<double>(), tolerance)
            << toString(cell) << " input " << k;
    }
}

}  // namespace

// The hand-written CPU layer against LibTorch's own.
TEST(Model, FusedLayerMatchesLibTorch) {
    torch::manual_seed(11);
    for (const auto cell : {Cell::Lstm, Cell::Rnn}) {
        expectMatchesLibTorch(
            cell, [](Cell c, auto&... t) { return FusedRecurrentLayer::forward(c, t...); }, 1e-5);
    }
}

namespace {

using BothFunction = std::function<std::pair<torch::Tensor, torch::Tensor>(
    Cell, const torch::Tensor&, const std::vector<torch::Tensor>&, const torch::Tensor&,
    const std::vector<torch::Tensor>&)>;

// Both directions of a layer as one node, each against LibTorch's cell on its own input, and
// without gradients (evaluation) the same outputs within `inferenceTolerance`.
void expectBothMatchLibTorch(Cell cell, const BothFunction& both, double inferenceTolerance,
                             const std::string& where) {
    const std::int64_t T = 11, B = 5, I = 4, H = 6,
                       G = (cell == Cell::Lstm  ? 4
                            : cell == Cell::Gru ? 3
                                                : 1) *
                           H;
    auto make = [](std::vector<std::int64_t> shape) {
        return (torch::rand(shape) - 0.5).requires_grad_(true);
    };
    std::vector<torch::Tensor> all;  // x, w_ih, w_hh, b_ih, b_hh per direction
    for (int d = 0; d < 2; ++d) {
        for (auto shape :
             std::vector<std::vector<std::int64_t>>{{T, B, I}, {G, I}, {G, H}, {G}, {G}}) {
            all.push_back(make(shape));
        }
    }
    const auto weights = torch::randn({2, T, B, H});
    const auto [f, b] = both(cell, all[0], {all[1], all[2], all[3], all[4]}, all[5],
                             {all[6], all[7], all[8], all[9]});
    ((f * weights[0]).sum() + (b * weights[1]).sum()).backward();
    std::vector<torch::Tensor> mine;
    for (auto& t : all) {
        mine.push_back(t.grad().clone());
        t.mutable_grad().reset();
    }
    const auto h0 = torch::zeros({1, B, H});
    for (int d = 0; d < 2; ++d) {
        const std::vector<torch::Tensor> w{all[5 * d + 1], all[5 * d + 2], all[5 * d + 3],
                                           all[5 * d + 4]};
        const auto& x = all[5 * d];
        torch::Tensor reference;
        switch (cell) {
            case Cell::Lstm:
                reference =
                    std::get<0>(torch::lstm(x, {h0, h0}, w, true, 1, 0.0, true, false, false));
                break;
            case Cell::Gru:
                reference = std::get<0>(torch::gru(x, h0, w, true, 1, 0.0, true, false, false));
                break;
            case Cell::Rnn:
                reference =
                    std::get<0>(torch::rnn_tanh(x, h0, w, true, 1, 0.0, true, false, false));
                break;
        }
        EXPECT_LT(((d == 0 ? f : b) - reference).abs().max().item<double>(), 1e-5)
            << where << " direction " << d;
        (reference * weights[d]).sum().backward();
    }
    for (std::size_t k = 0; k < all.size(); ++k) {
        EXPECT_LT((mine[k] - all[k].grad()).abs().max().item<double>(), 1e-5)
            << where << " input " << k;
    }
    torch::NoGradGuard noGrad;
    const auto [fi, bi] = both(cell, all[0], {all[1], all[2], all[3], all[4]}, all[5],
                               {all[6], all[7], all[8], all[9]});
    EXPECT_LE((fi - f.detach()).abs().max().item<double>(), inferenceTolerance) << where;
    EXPECT_LE((bi - b.detach()).abs().max().item<double>(), inferenceTolerance) << where;
}

}  // namespace

// The fused layer's recurrences run in chunks of batch rows, one per thread: the same numbers
// for one chunk, for more chunks than rows would fill, and for both directions at once
// (without gradients: rolling cell states, nothing kept, exactly the same outputs).
TEST(Model, FusedLayerChunksMatchLibTorch) {
    torch::manual_seed(14);
    const int before = torch::get_num_threads();
    for (const int threads : {1, 3, 8}) {
        torch::set_num_threads(threads);
        for (const auto cell : {Cell::Lstm, Cell::Rnn}) {
            expectMatchesLibTorch(
                cell, [](Cell c, auto&... t) { return FusedRecurrentLayer::forward(c, t...); },
                1e-5);
            expectBothMatchLibTorch(
                cell, &FusedRecurrentLayer::forwardBoth, 0.0,
                std::string(toString(cell)) + " threads " + std::to_string(threads));
        }
    }
    torch::set_num_threads(before);
}

// oneDNN's two directions side by side, each on half the threads (one each on two cores, the
// odd one out with three): every cell, forward and backward, and the inference primitive.
TEST(Model, DnnlBothDirectionsMatchLibTorch) {
    if (!DnnlRecurrentLayer::available()) GTEST_SKIP() << "built without oneDNN";
    torch::manual_seed(15);
    const int before = torch::get_num_threads();
    for (const int threads : {1, 2, 3}) {
        torch::set_num_threads(threads);
        for (const auto cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
            expectBothMatchLibTorch(
                cell,
                [](Cell c, const auto& fx, const auto& fw, const auto& bx, const auto& bw) {
                    return DnnlRecurrentLayer::forwardBoth(c, fx, fw, bx, bw);
                },
                1e-6, std::string(toString(cell)) + " threads " + std::to_string(threads));
            EXPECT_EQ(torch::get_num_threads(), threads) << "the thread count is given back";
        }
    }
    torch::set_num_threads(before);
}

// The advanced model's second layer at the lecture's size (a batch of 64 reviews, 300 steps,
// input 512, hidden 256, both directions), on all threads: the fused node's outputs and
// gradients against oneDNN's and LibTorch's (the small-shape tests above cannot show what only
// long sequences, full chunks or large products would).
TEST(Model, BothDirectionsAgreeAtTheLecturesSize) {
    if (!DnnlRecurrentLayer::available()) GTEST_SKIP() << "built without oneDNN";
    torch::manual_seed(16);
    const std::int64_t T = 300, B = 64, I = 512, H = 256, G = 4 * H;
    const double bound = 1.0 / std::sqrt(static_cast<double>(H));
    std::vector<torch::Tensor> all;  // x, w_ih, w_hh, b_ih, b_hh per direction
    for (int d = 0; d < 2; ++d) {
        all.push_back(torch::randn({T, B, I}).mul_(0.5).requires_grad_(true));
        for (auto shape : std::vector<std::vector<std::int64_t>>{{G, I}, {G, H}, {G}, {G}}) {
            all.push_back(torch::empty(shape).uniform_(-bound, bound).requires_grad_(true));
        }
    }
    const auto weights = torch::randn({2, T, B, H});
    auto gradientsOf = [&](const BothFunction& both) {
        const auto [f, b] = both(Cell::Lstm, all[0], {all[1], all[2], all[3], all[4]}, all[5],
                                 {all[6], all[7], all[8], all[9]});
        ((f * weights[0]).sum() + (b * weights[1]).sum()).backward();
        std::vector<torch::Tensor> out{f.detach(), b.detach()};
        for (auto& t : all) {
            out.push_back(t.grad().clone());
            t.mutable_grad().reset();
        }
        return out;
    };
    const auto fused = gradientsOf(&FusedRecurrentLayer::forwardBoth);
    const auto dnnl =
        gradientsOf([](Cell c, const auto& fx, const auto& fw, const auto& bx, const auto& bw) {
            return DnnlRecurrentLayer::forwardBoth(c, fx, fw, bx, bw);
        });
    const auto libtorch =
        gradientsOf([](Cell, const auto& fx, const auto& fw, const auto& bx, const auto& bw) {
            const auto h0 = torch::zeros({1, fx.size(1), fw[1].size(1)});
            return std::pair{
                std::get<0>(torch::lstm(fx, {h0, h0}, fw, true, 1, 0.0, true, false, false)),
                std::get<0>(torch::lstm(bx, {h0, h0}, bw, true, 1, 0.0, true, false, false))};
        });
    auto relative = [](const torch::Tensor& a, const torch::Tensor& b) {
        return (a - b).norm().item<double>() / std::max(1e-12, b.norm().item<double>());
    };
    for (std::size_t k = 0; k < fused.size(); ++k) {
        EXPECT_LT(relative(fused[k], libtorch[k]), 1e-5) << "fused, tensor " << k;
        EXPECT_LT(relative(dnnl[k], libtorch[k]), 1e-5) << "oneDNN, tensor " << k;
    }
}

// oneDNN's primitives (training and batched evaluation) against LibTorch's own, every cell:
// same weights in PyTorch's layout and gate order, same outputs and gradients.
TEST(Model, DnnlLayerMatchesLibTorch) {
    if (!DnnlRecurrentLayer::available()) GTEST_SKIP() << "built without oneDNN";
    torch::manual_seed(12);
    for (const auto cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
        expectMatchesLibTorch(
            cell, [](Cell c, auto&... t) { return DnnlRecurrentLayer::forward(c, t...); }, 1e-5);
    }
}

// Without gradients (evaluation) the inference primitive gives the same outputs.
TEST(Model, DnnlInferenceMatchesTraining) {
    if (!DnnlRecurrentLayer::available()) GTEST_SKIP() << "built without oneDNN";
    torch::manual_seed(13);
    for (const auto cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
        const std::int64_t G = (cell == Cell::Lstm ? 4 : cell == Cell::Gru ? 3 : 1) * 8;
        auto x = torch::randn({9, 3, 5}), wih = torch::randn({G, 5}).requires_grad_(true);
        auto whh = torch::randn({G, 8}), bih = torch::randn({G}), bhh = torch::randn({G});
        const auto training = DnnlRecurrentLayer::forward(cell, x, wih, whh, bih, bhh);
        ASSERT_TRUE(training.requires_grad());
        torch::NoGradGuard noGrad;
        const auto inference = DnnlRecurrentLayer::forward(cell, x, wih, whh, bih, bhh);
        EXPECT_LT((training - inference).abs().max().item<double>(), 1e-6) << toString(cell);
    }
}

// bf16 recurrent stacks against float ones with the same weights: every cell, 1-2 layers, one
// or two directions, mixed lengths. Tolerance: bfloat16 keeps 8 significant bits (relative
// rounding 2^-9), the sums stay float; over 20 steps and two layers the outputs stay within
// 0.03 and the gradients within 5 % (relative norm) of float.
TEST(Model, Bf16StacksFollowFloat) {
    if (!DnnlRecurrentLayer::supportsBf16()) GTEST_SKIP() << "this CPU has no AVX-512 BF16 or AMX";
    torch::manual_seed(21);
    for (const auto cell : {Cell::Lstm, Cell::Gru, Cell::Rnn}) {
        for (const std::int64_t layers : {1, 2}) {
            for (const bool bidirectional : {false, true}) {
                RecurrentStack stack(cell, 12, 16, layers, bidirectional, 0.0);
                const auto x = torch::randn({20, 6, 12});
                const auto lengths = torch::tensor({20, 17, 11, 9, 3, 1}, torch::kLong);
                auto pass = [&](bool bf16) {
                    EXPECT_EQ(stack->setBf16(bf16), bf16);
                    stack->zero_grad();
                    const auto input = x.clone().requires_grad_(true);
                    const auto out = stack->finalStates(input, lengths, RnnInput::Padded);
                    out.pow(2).sum().backward();
                    std::vector<torch::Tensor> grads{out.detach(), input.grad()};
                    for (const auto& p : stack->parameters()) grads.push_back(p.grad().clone());
                    return grads;
                };
                const auto f = pass(false), b = pass(true);
                const auto where = std::string(toString(cell)) + " layers " +
                                   std::to_string(layers) + (bidirectional ? " bidirectional" : "");
                EXPECT_LT((f[0] - b[0]).abs().max().item<double>(), 0.03) << where;
                for (std::size_t i = 1; i < f.size(); ++i) {
                    const double rel = (f[i] - b[i]).norm().item<double>() /
                                       std::max(1e-12, f[i].norm().item<double>());
                    EXPECT_LT(rel, 0.05) << where << " gradient " << i;
                }
            }
        }
    }
}

// Where bf16 cannot run, asking for it leaves the stack in float.
TEST(Model, Bf16StaysOffWhereTheCpuLacksIt) {
    RecurrentStack stack(Cell::Lstm, 4, 4, 1, false, 0.0);
    EXPECT_EQ(stack->setBf16(true), DnnlRecurrentLayer::supportsBf16());
    EXPECT_FALSE(stack->setBf16(false));
    EXPECT_FALSE(stack->bf16());
}

// One review scored alone (the inference path of the prediction box) or inside a batch: same logit.
TEST(Model, SingleReviewInferenceMatchesTheBatchPath) {
    torch::manual_seed(5);
    auto config = *ModelConfig::preset("advanced");
    config.vocabSize = 60;
    config.hidden = 24;
    config.embeddingDim = 16;
    auto model = ModelFactory::create(config);
    model->eval();
    torch::NoGradGuard guard;
    const auto [tokens, lengths] = randomBatch(30, 3, 60, true);
    const auto batch = model->forward(tokens, lengths);
    for (std::int64_t b = 0; b < 3; ++b) {
        const auto len = lengths[b].item<std::int64_t>();
        const auto one =
            model->forward(tokens.narrow(1, b, 1).narrow(0, 0, len), lengths.narrow(0, b, 1));
        EXPECT_NEAR(one.item<double>(), batch[b].item<double>(), 1e-5) << b;
    }
}

// oneDNN's convolutions (the CNN preset on full-length reviews) allocate through raw_allocate,
// which needs the installed allocator's raw deleter for both its cached and its small blocks.
// The recurrent layers' oneDNN calls reach the oneDNN they were compiled against. A LibTorch
// from PyTorch carries another oneDNN (3.13 in 2.15) with its symbols hidden; were they visible,
// the calls would land there and this would read that version.
TEST(DnnlBinding, TheCallsReachTheOneDnnCompiledFor) {
    if (!DnnlRecurrentLayer::available()) GTEST_SKIP() << "built without oneDNN";
    EXPECT_FALSE(DnnlRecurrentLayer::compiledVersion().empty());
    EXPECT_EQ(DnnlRecurrentLayer::loadedVersion(), DnnlRecurrentLayer::compiledVersion());
    EXPECT_EQ(Runtime::info().onednn, DnnlRecurrentLayer::loadedVersion());
}

// What --version and the status bar say of CUDA: three different states, three sentences.
TEST(Runtime, TheDescriptionTellsCudaInTheBuildFromCudaOnTheMachine) {
    RuntimeInfo info;
    info.libtorchVersion = "2.15.0";
    info.threads = 2;
    info.blas = "OpenBLAS x";
    EXPECT_NE(describe(info).find("CUDA: not in this build"), std::string::npos);
    EXPECT_NE(describe(info).find("oneDNN recurrent layers: none"), std::string::npos);
    info.cudaBuilt = true;
    EXPECT_NE(describe(info).find("not available on this machine"), std::string::npos);
    info.cudaAvailable = true;
    info.cudaDevices = 2;
    EXPECT_NE(describe(info).find("CUDA: 2 devices"), std::string::npos);
    info.onednn = "3.2.0";
    EXPECT_EQ(describe(info).rfind("LibTorch 2.15.0, 2 threads\n", 0), 0u);
    EXPECT_NE(describe(info).find("oneDNN recurrent layers: 3.2.0"), std::string::npos);
}

TEST(Model, CachingAllocatorServesRawAllocations) {
    Runtime::configure(0);
    auto* allocator = c10::GetCPUAllocator();
    for (const std::size_t bytes :
         {std::size_t(64), std::size_t(100'000), std::size_t(3) << 20, std::size_t(40) << 20}) {
        void* p = allocator->raw_allocate(bytes);
        ASSERT_NE(p, nullptr);
        static_cast<unsigned char*>(p)[bytes - 1] = 1;
        allocator->raw_deallocate(p);
    }
}

TEST(Model, CnnTrainsOnFullLengthReviews) {
    Runtime::configure(0);
    auto config = *ModelConfig::preset("cnn");
    config.vocabSize = 1000;
    auto model = ModelFactory::create(config);
    auto [tokens, lengths] = randomBatch(600, 64, 1000, true);
    auto logits = model->forward(tokens, lengths);
    logits.sum().backward();
    EXPECT_EQ(logits.size(0), 64);
    EXPECT_TRUE(torch::isfinite(logits).all().item<bool>());
}

TEST(ProcessMemory, SeesMemoryBeingTouched) {
    const auto before = sentiment::model::ProcessMemory::residentBytes();
    ASSERT_GT(before, 0u);
    std::vector<char> block(std::size_t(96) << 20);
    for (std::size_t i = 0; i < block.size(); i += 4096) block[i] = static_cast<char>(i);
    const auto during = sentiment::model::ProcessMemory::residentBytes();
    EXPECT_GE(during, before + (std::size_t(80) << 20));
    EXPECT_GE(sentiment::model::ProcessMemory::peakResidentBytes(), during);
    EXPECT_EQ(block[4096], static_cast<char>(4096));
}

// Dropout's mask from a hash: the kept share is 1 - p within four standard deviations, kept
// values are scaled by 1 / (1 - p), the gradient passes through the same mask, the same seed
// gives the same mask, another draw a different one, and evaluation is the identity.
TEST(Model, FastDropoutKeepsItsShareAndReproduces) {
    const std::int64_t n = 1'000'003;  // not a multiple of the blocks
    for (const double p : {0.1, 0.5, 0.8}) {
        torch::manual_seed(31);
        auto x = (torch::rand({n}) + 0.5).requires_grad_(true);
        const auto y = FastDropout::apply(x, p, true);
        const auto kept = y.detach() != 0;
        const double share = kept.to(torch::kDouble).mean().item<double>();
        EXPECT_NEAR(share, 1 - p, 4 * std::sqrt(p * (1 - p) / static_cast<double>(n))) << p;
        const auto scale = static_cast<float>(1.0 / (1.0 - p));
        EXPECT_TRUE(
            torch::allclose(y.detach().masked_select(kept), x.detach().masked_select(kept) * scale))
            << p;
        y.backward(torch::ones({n}));
        EXPECT_TRUE(torch::equal(x.grad(), kept.to(torch::kFloat) * scale)) << p;
        // Neighbouring values are not correlated: kept pairs occur as independence says.
        const double pairs = (kept.narrow(0, 0, n - 1) & kept.narrow(0, 1, n - 1))
                                 .to(torch::kDouble)
                                 .mean()
                                 .item<double>();
        EXPECT_NEAR(pairs, (1 - p) * (1 - p), 0.01) << p;
        torch::manual_seed(31);
        const auto again = torch::rand({n}) + 0.5;
        EXPECT_TRUE(torch::equal(FastDropout::apply(again, p, true), y.detach())) << p;
        EXPECT_FALSE(torch::equal(FastDropout::apply(again, p, true), y.detach())) << p;
    }
    const auto x = torch::randn({4, 5});
    EXPECT_TRUE(torch::equal(FastDropout::apply(x, 0.5, false), x));
    EXPECT_TRUE(torch::equal(FastDropout::apply(x, 0.0, true), x));
}

// A run's generator is made new, not cloned from the default one (a clone leaks in LibTorch
// 1.13); it must draw exactly what the default generator draws from the same seed.
TEST(RunGenerator, ANewGeneratorDrawsWhatTheDefaultOneDrawsFromTheSameSeed) {
    auto made = sentiment::model::RunGenerator::create(torch::kCPU, 4321);
    auto fallback = at::globalContext().defaultGenerator(torch::kCPU);
    {
        std::lock_guard<std::mutex> lock(fallback.mutex());
        fallback.set_current_seed(4321);
    }
    const auto a = torch::empty({1000}).normal_(0, 1, made);
    const auto b = torch::empty({1000}).normal_(0, 1, fallback);
    EXPECT_TRUE(torch::equal(a, b));
    const auto c = torch::empty({999}).uniform_(-1, 1, made);
    const auto d = torch::empty({999}).uniform_(-1, 1, fallback);
    EXPECT_TRUE(torch::equal(c, d));
    EXPECT_EQ(made.current_seed(), 4321u);
}
