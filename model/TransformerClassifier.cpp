#include "model/TransformerClassifier.h"

#include <cmath>

#include "model/Bf16Matrix.h"
#include "model/FastDropout.h"

namespace sentiment::model {

namespace {
// "Attention Is All You Need", 3.5: PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos.
torch::Tensor sinusoids(std::int64_t positions, std::int64_t width) {
    auto table = torch::zeros({positions, width});
    auto t = table.accessor<float, 2>();
    for (std::int64_t pos = 0; pos < positions; ++pos) {
        for (std::int64_t i = 0; i < width; ++i) {
            const double angle = double(pos) / std::pow(10000.0, double(i - i % 2) / double(width));
            t[pos][i] = float(i % 2 == 0 ? std::sin(angle) : std::cos(angle));
        }
    }
    return table;
}
}  // namespace

TransformerClassifierImpl::TransformerClassifierImpl(const ModelConfig& config)
    : ClassifierImpl(config) {
    const auto width = config.embeddingDim;
    embedding_ = register_module(
        "embedding",
        torch::nn::Embedding(
            torch::nn::EmbeddingOptions(config.vocabSize, width).padding_idx(config.padIndex)));
    if (config.positions == Positions::Learned) {
        positions_ =
            register_module("positions", torch::nn::Embedding(config.positionsNeeded(), width));
        torch::NoGradGuard noGrad;
        positions_->weight.normal_(0, 0.02);  // BERT's initialisation
    } else {
        // Not a buffer: fixed by the formula, nothing a checkpoint needs to keep.
        sinusoids_ = sinusoids(config.positionsNeeded(), width);
    }
    if (config.pooling == Pooling::Cls)
        cls_ = register_parameter("cls", torch::randn({width}) * 0.02);
    for (std::int64_t l = 0; l < config.layers; ++l) {
        layers_.push_back(register_module(
            "layer" + std::to_string(l),
            TransformerLayer(width, config.heads, config.hidden, config.dropout, config.preNorm)));
    }
    if (config.preNorm) {
        finalNorm_ = register_module("final_norm",
                                     torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    }
    fc_ = register_module("fc", torch::nn::Linear(width, config.outputs()));
}

bool TransformerClassifierImpl::setBf16(bool on) {
    const bool bf16 = on && Bf16Matrix::supported();
    for (auto& layer : layers_) layer->setBf16(bf16);
    return bf16;
}

torch::Tensor TransformerClassifierImpl::forward(const torch::Tensor& tokens,
                                                 const torch::Tensor& lengths) {
    // The batching cuts reviews to the context; a caller that did not is cut here (the head).
    const auto ids =
        tokens.size(0) > config_.context ? tokens.narrow(0, 0, config_.context) : tokens;
    const auto batch = ids.size(1);
    const auto device = ids.device();
    auto x = embedding_(ids.t());  // [batch, time, width]
    const auto lengthsHere = lengths.to(device).clamp_max(ids.size(0));
    auto valid = torch::arange(ids.size(0), torch::TensorOptions(device).dtype(torch::kLong))
                     .unsqueeze(0)
                     .lt(lengthsHere.unsqueeze(1));  // [batch, time]
    if (config_.pooling == Pooling::Cls) {
        x = torch::cat({cls_.view({1, 1, -1}).expand({batch, 1, x.size(2)}), x}, 1);
        valid = torch::cat({torch::ones({batch, 1}, valid.options()), valid}, 1);
    }
    const auto time = x.size(1);
    if (config_.positions == Positions::Sinusoidal && sinusoids_.device() != device)
        sinusoids_ = sinusoids_.to(device);
    x = x + (config_.positions == Positions::Learned ? positions_->weight.narrow(0, 0, time)
                                                     : sinusoids_.narrow(0, 0, time));
    x = FastDropout::apply(x, config_.dropout, is_training());
    // 0 where a token is, -inf where padding is: added to every attention score.
    const auto keyBias = torch::zeros({batch, 1, 1, time}, x.options())
                             .masked_fill_(valid.logical_not().view({batch, 1, 1, time}),
                                           -std::numeric_limits<float>::infinity());
    attention_.clear();
    for (auto& layer : layers_) {
        torch::Tensor weights;
        x = layer->forward(x, keyBias, record_ ? &weights : nullptr);
        if (record_) attention_.push_back(weights);
    }
    if (finalNorm_) x = finalNorm_(x);
    torch::Tensor pooled;
    if (config_.pooling == Pooling::Cls) {
        pooled = x.select(1, 0);
    } else {
        const auto mask = valid.to(x.scalar_type()).unsqueeze(2);
        pooled = (x * mask).sum(1) / mask.sum(1).clamp_min(1);
    }
    return logitsOf(fc_(FastDropout::apply(pooled, config_.dropout, is_training())));
}

}  // namespace sentiment::model
