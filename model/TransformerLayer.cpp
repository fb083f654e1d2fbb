#include "model/TransformerLayer.h"

#include <cmath>

#include "model/BatchedMatmul.h"
#include "model/FastDropout.h"

namespace sentiment::model {

TransformerLayerImpl::TransformerLayerImpl(std::int64_t width, std::int64_t heads,
                                           std::int64_t feedForward, double dropout, bool preNorm)
    : heads_(heads), dropout_(dropout), preNorm_(preNorm) {
    qkv = register_module("qkv", torch::nn::Linear(width, 3 * width));
    out = register_module("out", torch::nn::Linear(width, width));
    feedForward1 = register_module("feed_forward1", torch::nn::Linear(width, feedForward));
    feedForward2 = register_module("feed_forward2", torch::nn::Linear(feedForward, width));
    norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    // As LibTorch's MultiheadAttention starts: Xavier-uniform projections, zero biases.
    torch::NoGradGuard noGrad;
    torch::nn::init::xavier_uniform_(qkv->weight);
    qkv->bias.zero_();
    out->bias.zero_();
}

torch::Tensor TransformerLayerImpl::linear(torch::nn::Linear& layer, const torch::Tensor& x) {
    if (!bf16_) return layer->forward(x);
    // The weights stay float (the optimizer's master copy); the cast is part of the graph, so
    // their gradients arrive in float.
    return torch::linear(x.to(torch::kBFloat16), layer->weight.to(torch::kBFloat16),
                         layer->bias.to(torch::kBFloat16))
        .to(torch::kFloat);
}

torch::Tensor TransformerLayerImpl::selfAttention(const torch::Tensor& x,
                                                  const torch::Tensor& keyBias,
                                                  torch::Tensor* attention) {
    const auto batch = x.size(0), time = x.size(1), width = x.size(2);
    const auto headWidth = width / heads_;
    // [batch, time, 3, heads, head width] -> three of [batch, heads, time, head width]
    const auto projected = linear(qkv, x).view({batch, time, 3, heads_, headWidth});
    const auto lowered = bf16_ ? projected.to(torch::kBFloat16) : projected;
    const auto q = lowered.select(2, 0).transpose(1, 2) * (1.0 / std::sqrt(double(headWidth)));
    const auto k = lowered.select(2, 1).transpose(1, 2);
    const auto v = lowered.select(2, 2).transpose(1, 2);
    // Softmax in float over the keys; padding's -inf bias leaves it no weight.
    const auto scores = BatchedMatmul::apply(q, k.transpose(2, 3)).to(torch::kFloat) + keyBias;
    const auto probabilities = torch::softmax(scores, -1);
    if (attention != nullptr) *attention = probabilities.detach();
    const auto dropped = FastDropout::apply(probabilities, dropout_, is_training());
    const auto mixed = BatchedMatmul::apply(bf16_ ? dropped.to(torch::kBFloat16) : dropped, v)
                           .to(torch::kFloat)
                           .transpose(1, 2)
                           .reshape({batch, time, width});
    return linear(out, mixed);
}

torch::Tensor TransformerLayerImpl::feedForward(const torch::Tensor& x) {
    const auto inner =
        FastDropout::apply(torch::gelu(linear(feedForward1, x)), dropout_, is_training());
    return linear(feedForward2, inner);
}

torch::Tensor TransformerLayerImpl::forward(const torch::Tensor& x, const torch::Tensor& keyBias,
                                            torch::Tensor* attention) {
    const bool training = is_training();
    if (preNorm_) {
        const auto h =
            x + FastDropout::apply(selfAttention(norm1(x), keyBias, attention), dropout_, training);
        return h + FastDropout::apply(feedForward(norm2(h)), dropout_, training);
    }
    const auto h =
        norm1(x + FastDropout::apply(selfAttention(x, keyBias, attention), dropout_, training));
    return norm2(h + FastDropout::apply(feedForward(h), dropout_, training));
}

}  // namespace sentiment::model
