#include <gtest/gtest.h>

#include <cmath>

#include "model/ModelFactory.h"
#include "model/RecurrentStack.h"
#include "training/GradientFlow.h"

using namespace sentiment;
using training::GradientFlow;

namespace {

model::ModelConfig config(std::string_view preset, model::Cell cell, std::int64_t layers,
                          bool bidirectional) {
    auto c = *model::ModelConfig::preset(preset);
    c.cell = cell;
    c.layers = layers;
    c.bidirectional = bidirectional;
    c.hidden = 24;
    c.embeddingDim = 16;
    c.vocabSize = 50;
    return c;
}

// A batch [T, B] of random ids with the given lengths (padding = 1 after each review's end).
struct Batch {
    torch::Tensor tokens, lengths, labels;
};
Batch batch(std::vector<std::int64_t> lengths, std::int64_t T) {
    torch::manual_seed(11);
    auto tokens =
        torch::randint(2, 50, {T, static_cast<std::int64_t>(lengths.size())}, torch::kLong);
    for (std::size_t b = 0; b < lengths.size(); ++b) {
        for (std::int64_t t = lengths[b]; t < T; ++t) tokens[t][static_cast<std::int64_t>(b)] = 1;
    }
    auto labels = torch::zeros({static_cast<std::int64_t>(lengths.size())});
    labels[0] = 1.0F;
    return {tokens, torch::tensor(lengths, torch::kLong), labels};
}

}  // namespace

// The probe's step-by-step cells compute what the fused layers compute.
TEST(GradientFlow, TheProbedForwardEqualsTheModelsOwn) {
    for (const auto& [preset, cell, layers, bidirectional] :
         {std::tuple{"advanced", model::Cell::Lstm, 2, true},
          std::tuple{"advanced", model::Cell::Gru, 1, false},
          std::tuple{"base", model::Cell::Rnn, 1, false}}) {
        torch::manual_seed(5);
        auto net = model::ModelFactory::create(config(preset, cell, layers, bidirectional));
        net->eval();
        const auto b = batch({12, 9, 4}, 12);
        torch::NoGradGuard noGrad;
        const auto plain = net->forward(b.tokens, b.lengths);
        net->recurrentStack()->setProbe(true);
        const auto probed = net->forward(b.tokens, b.lengths);
        EXPECT_EQ(net->recurrentStack()->probedStates().size(), 12u);
        net->recurrentStack()->setProbe(false);
        EXPECT_TRUE(torch::allclose(plain, probed, 1e-5, 1e-6)) << preset << ' ' << plain << probed;
    }
}

// Distances count back from the state the classifier reads: each review's last token, or for
// the base RNN the last padded step; and measuring leaves no trace on the model.
TEST(GradientFlow, DistancesCountBackFromTheStateTheClassifierReads) {
    torch::manual_seed(5);
    auto lstm = model::ModelFactory::create(config("advanced", model::Cell::Lstm, 2, true));
    lstm->train();
    const auto b = batch({5, 3, 3}, 9);
    const auto flow = GradientFlow::measure(*lstm, b.tokens, b.lengths, b.labels);
    ASSERT_EQ(flow.size(), 5u);  // the longest review's 5 steps; padding reaches no loss
    for (const double n : flow) EXPECT_GT(n, 0.0);
    EXPECT_TRUE(lstm->is_training());  // its mode is back
    for (const auto& p : lstm->parameters())
        EXPECT_FALSE(p.grad().defined()) << "a parameter's gradient was touched";
    EXPECT_FALSE(lstm->recurrentStack()->probing());

    auto rnn = model::ModelFactory::create(config("base", model::Cell::Rnn, 1, false));
    EXPECT_EQ(GradientFlow::measure(*rnn, b.tokens, b.lengths, b.labels).size(),
              9u);  // it reads the last padded step
    auto cnn = model::ModelFactory::create([] {
        auto c = *model::ModelConfig::preset("cnn");
        c.vocabSize = 50;
        return c;
    }());
    EXPECT_TRUE(
        GradientFlow::measure(*cnn, b.tokens, b.lengths, b.labels).empty());  // nothing recurrent
}

// The lecture's point: through a tanh RNN with small recurrent weights the gradient shrinks
// geometrically; an LSTM whose forget gates stay open carries it back almost undiminished.
TEST(GradientFlow, ATanhRnnsGradientVanishesAndAnLstmsCellCarriesIt) {
    const auto b = batch({40, 40}, 40);
    torch::manual_seed(5);
    auto rnn = model::ModelFactory::create(config("base", model::Cell::Rnn, 1, false));
    {
        torch::NoGradGuard noGrad;
        for (auto& item : rnn->named_parameters()) {
            if (item.key().find("weight_hh") != std::string::npos) item.value().mul_(0.3);
        }
    }
    const auto vanishing = GradientFlow::measure(*rnn, b.tokens, b.lengths, b.labels);
    ASSERT_EQ(vanishing.size(), 40u);
    EXPECT_LT(vanishing[20], 1e-6 * vanishing[0]);

    torch::manual_seed(5);
    auto lstm = model::ModelFactory::create(config("advanced", model::Cell::Lstm, 1, false));
    {
        torch::NoGradGuard noGrad;
        // Gates i, f, g, o in PyTorch's order: the forget gate's bias (rows H..2H) far open.
        for (auto& item : lstm->named_parameters()) {
            if (item.key().find("bias_ih") != std::string::npos)
                item.value().slice(0, 24, 48).fill_(6.0);
        }
    }
    const auto carried = GradientFlow::measure(*lstm, b.tokens, b.lengths, b.labels);
    ASSERT_EQ(carried.size(), 40u);
    EXPECT_GT(carried[20], 1e-2 * carried[0]);
}

TEST(GradientFlow, TheProbeReviewsAreTheMedianLengthOnes) {
    data::Examples examples;
    for (std::uint32_t len : {50u, 3u, 9u, 200u, 7u, 11u, 5u}) {
        for (std::uint32_t i = 0; i < len; ++i) examples.tokens.push_back(2);
        examples.starts.push_back(examples.tokens.size());
        examples.labels.push_back(1.0F);
    }
    const auto ids = GradientFlow::probeReviews(examples, 3);
    std::vector<std::size_t> lengths;
    for (const auto i : ids) lengths.push_back(examples.length(i));
    EXPECT_EQ(lengths, (std::vector<std::size_t>{7, 9, 11}));
}
