#pragma once

#include <torch/torch.h>

#include <utility>
#include <vector>

#include "model/ModelConfig.h"

namespace sentiment::model {

/// One LSTM or tanh-RNN layer (one or both directions) over a padded [T, B, I] batch on the
/// CPU, with its backward pass written out by hand, as one autograd node. The input projection
/// of every step is one matrix product up front and the weight and input gradients three
/// matrix products over all steps at the end (as cuDNN does), on all threads. The recurrence
/// in between runs in chunks of batch rows, one per thread, both directions side by side:
/// each chunk's step is one single-thread matrix product with its W_hh and one vectorized
/// pass over the gates, so no step waits for the other threads. Same numbers as `torch::lstm`
/// and `torch::rnn_tanh` (tests compare outputs and gradients). Gates in PyTorch's order i, f, g,
/// o.
class FusedRecurrentLayer {
public:
    /// True when this cell has a fused path (LSTM and RNN; GRU uses LibTorch's).
    static bool supports(Cell cell);
    /// True for one review (batch 1) without gradients on an LSTM: the hand-written single-
    /// review kernel (what the Predict page and `predict` run) is faster there than any batch path.
    static bool singleReview(Cell cell, const torch::Tensor& input, const torch::Tensor& weightIh);
    /// Outputs [T, B, H] from zero initial states.
    static torch::Tensor forward(Cell cell, const torch::Tensor& input,
                                 const torch::Tensor& weightIh, const torch::Tensor& weightHh,
                                 const torch::Tensor& biasIh, const torch::Tensor& biasHh);
    /// Both directions of a bidirectional layer (weights in PyTorch's order w_ih, w_hh, b_ih,
    /// b_hh; the backward input already reversed), as one node whose recurrences run side by
    /// side. A single review at inference runs its two recurrences on two threads.
    static std::pair<torch::Tensor, torch::Tensor> forwardBoth(
        Cell cell, const torch::Tensor& forwardInput,
        const std::vector<torch::Tensor>& forwardWeights, const torch::Tensor& backwardInput,
        const std::vector<torch::Tensor>& backwardWeights);
};

}  // namespace sentiment::model
