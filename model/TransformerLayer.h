#pragma once

#include <torch/torch.h>

namespace sentiment::model {

/// One encoder layer of "Attention Is All You Need": multi-head self-attention and a
/// feed-forward network (Linear, GELU, Linear), each with dropout, a residual connection and a
/// LayerNorm, the norm before each sub-layer (pre-norm, which trains without a long warm-up) or
/// after it (post-norm, the paper's and `torch::nn::TransformerEncoderLayer`'s). Its tensors
/// are laid out as LibTorch's layer has them (`qkv` is `in_proj`: the rows of q, then k, then
/// v), so weights copy across one to one.
///
/// Written out rather than LibTorch's layer because the Predict page shows every head's
/// attention, which LibTorch 1.13's C++ attention averages over the heads, and because its
/// products run in bfloat16 on CPUs that have it (setBf16), with float weights and float
/// LayerNorms, softmax and residual sums.
class TransformerLayerImpl : public torch::nn::Module {
public:
    TransformerLayerImpl(std::int64_t width, std::int64_t heads, std::int64_t feedForward,
                         double dropout, bool preNorm);

    /// `x` [batch, time, width] float; `keyBias` [batch, 1, 1, time]: 0 for a token, -inf for
    /// padding (no position attends to padding). When `attention` is given, it receives the
    /// attention probabilities [batch, heads, time, time] (each row sums to 1, padding columns
    /// 0), detached.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& keyBias,
                          torch::Tensor* attention = nullptr);

    /// Matrix products in bfloat16 (float sums) when `on`.
    void setBf16(bool on) { bf16_ = on; }

    torch::nn::Linear qkv{nullptr}, out{nullptr}, feedForward1{nullptr}, feedForward2{nullptr};
    torch::nn::LayerNorm norm1{nullptr}, norm2{nullptr};

private:
    torch::Tensor linear(torch::nn::Linear& layer, const torch::Tensor& x);
    torch::Tensor selfAttention(const torch::Tensor& x, const torch::Tensor& keyBias,
                                torch::Tensor* attention);
    torch::Tensor feedForward(const torch::Tensor& x);

    std::int64_t heads_;
    double dropout_;
    bool preNorm_;
    bool bf16_ = false;
};
TORCH_MODULE(TransformerLayer);

}  // namespace sentiment::model
