#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include <torch/torch.h>

#include "model/BatchedMatmul.h"
#include "model/Bf16Matrix.h"
#include "model/ModelFactory.h"
#include "model/TransformerClassifier.h"
#include "model/TransformerLayer.h"

using namespace sentiment::model;

namespace {

constexpr std::int64_t kWidth = 8, kHeads = 2, kFeedForward = 12;

// 0 for tokens, -inf for padding, as TransformerClassifier builds it: [batch, 1, 1, time].
torch::Tensor keyBiasFor(const torch::Tensor& lengths, std::int64_t time) {
    const auto padding = torch::arange(time).unsqueeze(0).ge(lengths.unsqueeze(1));
    return torch::zeros({lengths.size(0), 1, 1, time})
        .masked_fill_(padding.view({lengths.size(0), 1, 1, time}),
                      -std::numeric_limits<float>::infinity());
}

// The positions that are tokens, [batch, time, 1] as 0/1.
torch::Tensor validOf(const torch::Tensor& lengths, std::int64_t time) {
    return torch::arange(time).unsqueeze(0).lt(lengths.unsqueeze(1)).unsqueeze(2).to(torch::kFloat);
}

ModelConfig tinyTransformer(Pooling pooling, Positions positions, bool preNorm) {
    auto c = *ModelConfig::preset("transformer");
    c.vocabSize = 30;
    c.embeddingDim = kWidth;
    c.heads = kHeads;
    c.hidden = kFeedForward;
    c.layers = 2;
    c.context = 12;
    c.pooling = pooling;
    c.positions = positions;
    c.preNorm = preNorm;
    return c;
}

}  // namespace

// Post-norm is LibTorch's own TransformerEncoderLayer: with the same weights, the same outputs
// at every token and the same gradients, padding masked by its key padding mask.
TEST(Transformer, PostNormLayerEqualsLibTorchsEncoderLayer) {
    torch::manual_seed(3);
    TransformerLayer ours(kWidth, kHeads, kFeedForward, 0.0, /*preNorm=*/false);
    torch::nn::TransformerEncoderLayer theirs(
        torch::nn::TransformerEncoderLayerOptions(kWidth, kHeads)
            .dim_feedforward(kFeedForward)
            .dropout(0.0)
            .activation(torch::kGELU));
    {
        torch::NoGradGuard noGrad;
        for (auto* norm : {&ours->norm1, &ours->norm2}) {
            (*norm)->weight.uniform_(0.5, 1.5);
            (*norm)->bias.uniform_(-0.5, 0.5);
        }
        ours->qkv->bias.uniform_(-0.3, 0.3);
        theirs->self_attn->in_proj_weight.copy_(ours->qkv->weight);
        theirs->self_attn->in_proj_bias.copy_(ours->qkv->bias);
        theirs->self_attn->out_proj->weight.copy_(ours->out->weight);
        theirs->self_attn->out_proj->bias.copy_(ours->out->bias);
        theirs->linear1->weight.copy_(ours->feedForward1->weight);
        theirs->linear1->bias.copy_(ours->feedForward1->bias);
        theirs->linear2->weight.copy_(ours->feedForward2->weight);
        theirs->linear2->bias.copy_(ours->feedForward2->bias);
        theirs->norm1->weight.copy_(ours->norm1->weight);
        theirs->norm1->bias.copy_(ours->norm1->bias);
        theirs->norm2->weight.copy_(ours->norm2->weight);
        theirs->norm2->bias.copy_(ours->norm2->bias);
    }
    ours->eval();
    theirs->eval();
    const std::int64_t B = 3, T = 7;
    const auto lengths = torch::tensor({7, 4, 1}, torch::kLong);
    const auto x = torch::randn({B, T, kWidth});
    const auto valid = validOf(lengths, T);

    const auto mine = ours->forward(x, keyBiasFor(lengths, T));
    const auto reference =
        theirs
            ->forward(
                x.transpose(0, 1), /*src_mask=*/{},
                /*src_key_padding_mask=*/torch::arange(T).unsqueeze(0).ge(lengths.unsqueeze(1)))
            .transpose(0, 1);
    EXPECT_LT(((mine - reference) * valid).abs().max().item<double>(), 1e-5);

    // Gradients of every weight through the tokens' outputs.
    const auto weights = torch::randn({B, T, kWidth}) * valid;
    (mine * weights).sum().backward();
    (reference * weights).sum().backward();
    EXPECT_LT((ours->qkv->weight.grad() - theirs->self_attn->in_proj_weight.grad())
                  .abs()
                  .max()
                  .item<double>(),
              1e-5);
    EXPECT_LT((ours->feedForward1->weight.grad() - theirs->linear1->weight.grad())
                  .abs()
                  .max()
                  .item<double>(),
              1e-5);
    EXPECT_LT(
        (ours->norm1->weight.grad() - theirs->norm1->weight.grad()).abs().max().item<double>(),
        1e-5);
}

// Pre-norm against the formulas written out by hand, head by head.
TEST(Transformer, PreNormLayerEqualsTheFormulasByHand) {
    torch::manual_seed(5);
    TransformerLayer layer(kWidth, kHeads, kFeedForward, 0.0, /*preNorm=*/true);
    layer->eval();
    const std::int64_t T = 5;
    const auto lengths = torch::tensor({3}, torch::kLong);
    const auto x = torch::randn({1, T, kWidth});
    torch::Tensor attention;
    const auto out = layer->forward(x, keyBiasFor(lengths, T), &attention);

    torch::NoGradGuard noGrad;
    auto layerNorm = [](const torch::Tensor& v, const torch::nn::LayerNorm& n) {
        const auto mean = v.mean(-1, true);
        const auto variance = (v - mean).pow(2).mean(-1, true);
        return (v - mean) / torch::sqrt(variance + 1e-5) * n->weight + n->bias;
    };
    const auto xs = x[0].narrow(0, 0, 3);  // the three tokens; padding is never read
    const auto h = layerNorm(xs, layer->norm1);
    const auto qkv = torch::mm(h, layer->qkv->weight.t()) + layer->qkv->bias;
    const std::int64_t d = kWidth / kHeads;
    std::vector<torch::Tensor> heads;
    for (std::int64_t head = 0; head < kHeads; ++head) {
        const auto q = qkv.narrow(1, head * d, d);
        const auto k = qkv.narrow(1, kWidth + head * d, d);
        const auto v = qkv.narrow(1, 2 * kWidth + head * d, d);
        const auto p = torch::softmax(torch::mm(q, k.t()) / std::sqrt(double(d)), 1);
        EXPECT_LT(
            (p - attention[0][head].narrow(0, 0, 3).narrow(1, 0, 3)).abs().max().item<double>(),
            1e-6);
        heads.push_back(torch::mm(p, v));
    }
    const auto attended =
        xs + torch::mm(torch::cat(heads, 1), layer->out->weight.t()) + layer->out->bias;
    const auto inner =
        torch::gelu(torch::mm(layerNorm(attended, layer->norm2), layer->feedForward1->weight.t()) +
                    layer->feedForward1->bias);
    const auto expected =
        attended + torch::mm(inner, layer->feedForward2->weight.t()) + layer->feedForward2->bias;
    EXPECT_LT((out[0].narrow(0, 0, 3) - expected).abs().max().item<double>(), 1e-5);
}

// Every variant: a review's logits are the same alone and padded in a batch with a longer one,
// whatever the padding's ids; attention rows sum to one and no row gives padding any weight.
TEST(Transformer, PaddingChangesNothingAndGetsNoAttention) {
    for (const auto pooling : {Pooling::Cls, Pooling::Mean}) {
        for (const auto positions : {Positions::Learned, Positions::Sinusoidal}) {
            for (const bool preNorm : {true, false}) {
                torch::manual_seed(7);
                auto config = tinyTransformer(pooling, positions, preNorm);
                TransformerClassifier model(config);
                model->eval();
                const auto shortReview = torch::tensor({4, 9, 17, 5}, torch::kLong);
                auto batch = torch::full({10, 2}, config.padIndex, torch::kLong);
                batch.select(1, 0).copy_(torch::randint(2, 30, {10}, torch::kLong));
                batch.select(1, 1).narrow(0, 0, 4).copy_(shortReview);
                const auto lengths = torch::tensor({10, 4}, torch::kLong);
                model->recordAttention(true);
                const auto together = model->forward(batch, lengths);
                const auto attention = model->attention();
                auto otherPadding = batch.clone();
                otherPadding.select(1, 1).narrow(0, 4, 6).fill_(23);
                const auto otherIds = model->forward(otherPadding, lengths);
                const auto alone =
                    model->forward(shortReview.unsqueeze(1), torch::tensor({4}, torch::kLong));
                const auto label = std::string(toString(pooling)) + " " +
                                   std::string(toString(positions)) + (preNorm ? " pre" : " post");
                EXPECT_LT((together[1] - alone[0]).abs().item<double>(), 1e-5) << label;
                EXPECT_LT((otherIds[1] - together[1]).abs().item<double>(), 1e-6) << label;

                ASSERT_EQ(attention.size(), 2u);
                const std::int64_t offset = pooling == Pooling::Cls ? 1 : 0;
                for (const auto& a : attention) {
                    ASSERT_EQ(a.sizes(),
                              (std::vector<std::int64_t>{2, kHeads, 10 + offset, 10 + offset}));
                    EXPECT_LT((a.sum(-1) - 1).abs().max().item<double>(), 1e-5) << label;
                    // The short review's padding columns: no weight from any row.
                    EXPECT_EQ(a[1].narrow(2, 4 + offset, 6).abs().max().item<double>(), 0.0)
                        << label;
                }
            }
        }
    }
}

TEST(Transformer, ReviewsLongerThanTheContextAreCutToIt) {
    torch::manual_seed(11);
    auto config = tinyTransformer(Pooling::Cls, Positions::Learned, true);
    TransformerClassifier model(config);
    model->eval();
    const auto tokens = torch::randint(2, 30, {20, 1}, torch::kLong);
    const auto cut = model->forward(tokens.narrow(0, 0, 12), torch::tensor({12}, torch::kLong));
    const auto whole = model->forward(tokens, torch::tensor({20}, torch::kLong));
    EXPECT_LT((cut - whole).abs().max().item<double>(), 1e-6);
}

TEST(Transformer, ManyClassesGiveOneLogitEach) {
    auto config = tinyTransformer(Pooling::Mean, Positions::Learned, true);
    config.classes = 5;
    auto model = ModelFactory::create(config);
    const auto logits =
        model->forward(torch::randint(2, 30, {6, 3}, torch::kLong), torch::tensor({6, 2, 5}));
    EXPECT_EQ(logits.sizes(), (std::vector<std::int64_t>{3, 5}));
}

TEST(Transformer, Bf16ProductsStayCloseToFloat) {
    if (!Bf16Matrix::supported()) GTEST_SKIP() << "this CPU has no AVX-512 BF16";
    torch::manual_seed(13);
    auto config = tinyTransformer(Pooling::Cls, Positions::Learned, true);
    TransformerClassifier model(config);
    model->eval();
    const auto tokens = torch::randint(2, 30, {9, 4}, torch::kLong);
    const auto lengths = torch::tensor({9, 7, 3, 1}, torch::kLong);
    const auto inFloat = model->forward(tokens, lengths);
    ASSERT_TRUE(model->setBf16(true));
    const auto inBf16 = model->forward(tokens, lengths);
    EXPECT_EQ(inBf16.scalar_type(), torch::kFloat);
    EXPECT_LT((inFloat - inBf16).abs().max().item<double>(), 0.05);
    EXPECT_GT((inFloat - inBf16).abs().max().item<double>(), 0.0);  // it did run in bf16
    model->setBf16(false);
    EXPECT_LT((inFloat - model->forward(tokens, lengths)).abs().max().item<double>(), 1e-7);
}

// The float path's own batched product: torch::matmul's values and gradients.
TEST(Transformer, BatchedMatmulEqualsMatmulWithGradients) {
    torch::manual_seed(17);
    const auto a = torch::randn({3, 2, 5, 4}, torch::requires_grad());
    const auto b = torch::randn({3, 2, 6, 4}, torch::requires_grad());
    const auto mine = BatchedMatmul::apply(a, b.transpose(2, 3));
    const auto theirs = torch::matmul(a, b.transpose(2, 3));
    EXPECT_LT((mine - theirs).abs().max().item<double>(), 1e-5);
    const auto weights = torch::randn_like(mine);
    const auto gradients = torch::autograd::grad({(mine * weights).sum()}, {a, b});
    const auto expected = torch::autograd::grad({(theirs * weights).sum()}, {a, b});
    EXPECT_LT((gradients[0] - expected[0]).abs().max().item<double>(), 1e-5);
    EXPECT_LT((gradients[1] - expected[1]).abs().max().item<double>(), 1e-5);
}
