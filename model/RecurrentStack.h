#pragma once

#include <torch/torch.h>

#include "model/ModelConfig.h"

namespace sentiment::model {

/// A stack of recurrent layers (LSTM, GRU or tanh RNN; one or two directions) with PyTorch's
/// own parameter names and initialisation (`weight_ih_l0`, `weight_hh_l0_reverse` ...), so its
/// weights are exactly those of `torch.nn.LSTM` and the lecture's numbers carry over.
///
/// It reads a padded `[seq_len, batch, features]` batch in two ways with the same result:
/// - `Padded`: every layer and direction runs on the padded tensor; the backward direction
///   reads each sequence reversed within its own length; each direction's final state is taken
///   at the sequence's true end. Padding never reaches a state that is used. On CPU this is
///   about 27 times faster than packing.
/// - `Packed`: the lecture's pack_padded_sequence path.
class RecurrentStackImpl : public torch::nn::Module {
public:
    RecurrentStackImpl(Cell cell, std::int64_t input, std::int64_t hidden, std::int64_t layers,
                       bool bidirectional, double dropout);

    /// The top layer's final state(s), each at its sequence's true length: [batch, hidden *
    /// directions] (forward then backward, as the lecture's torch.cat((hidden[-2], hidden[-1]),
    /// dim=1)).
    torch::Tensor finalStates(const torch::Tensor& input, const torch::Tensor& lengths,
                              RnnInput mode);

    /// Runs over every time step, padding included, and returns the top layer's output at the
    /// last step: what the lecture's base model does with `hidden` (it does not pack).
    torch::Tensor lastStep(const torch::Tensor& input);

    std::int64_t gates() const;

    /// Gradient-flow probe: while on, the top layer's forward direction runs step by step with
    /// LibTorch's cells (same weights, same numbers), and each step's hidden state h_t is kept
    /// (`probedStates()`, one [batch, hidden] tensor per step) so dLoss/dh_t can be asked of
    /// autograd. For diagnostics only: slower than the fused layers.
    void setProbe(bool on) {
        probe_ = on;
        probed_.clear();
    }
    const std::vector<torch::Tensor>& probedStates() const { return probed_; }
    bool probing() const { return probe_; }
    std::int64_t hiddenSize() const { return hidden_; }

    /// Matrix products of the recurrent layers in bfloat16 with float accumulation, on the CPU
    /// (DnnlRecurrentLayer). Returns whether bf16 is now on: false where the CPU cannot.
    bool setBf16(bool on);
    bool bf16() const { return bf16_; }

private:
    std::vector<torch::Tensor> weights(std::int64_t layer, bool reverse) const;
    torch::Tensor run(const torch::Tensor& x, std::int64_t layer, bool reverse);
    bool useDnnl(const torch::Tensor& x, const torch::Tensor& weightIh) const;
    torch::Tensor padded(const torch::Tensor& input, const torch::Tensor& lengths);
    torch::Tensor packed(const torch::Tensor& input, const torch::Tensor& lengths);
    torch::Tensor stepwise(const torch::Tensor& x, const std::vector<torch::Tensor>& w);

    Cell cell_;
    std::int64_t hidden_, layers_;
    bool bidirectional_;
    double dropout_;
    bool bf16_ = false;
    bool probe_ = false;
    std::vector<torch::Tensor> probed_;
    std::vector<torch::Tensor> flat_;  // per layer, per direction: w_ih, w_hh, b_ih, b_hh
};
TORCH_MODULE(RecurrentStack);

}  // namespace sentiment::model
