#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "model/Bf16Matrix.h"
#include "model/Classifier.h"

namespace sentiment::model {

struct Bf16Batch;  // a call's buffers (Bf16RecurrentInference.cpp)

/// Inference of a recurrent classifier (notebook 2's model: embedding -> LSTM or tanh-RNN
/// stack, one or two directions -> final states -> Linear) on the CPU with bfloat16 weights:
/// what the Predict page and `predict` run where the CPU has AVX-512 BF16.
///
/// Per layer and direction: the input projection of every step is one bfloat16 matrix product,
/// then each step adds W_hh h (a Bf16Matrix that stays in the core's L2 cache) and applies the
/// gates with 16-wide exp. The two directions run on two threads, meeting after every layer.
/// Semantics are the padded path's: each sequence's final state at its own length, the backward
/// direction reading it reversed within its length, padding never reaching a used state.
/// Numbers differ from the float model by bfloat16 rounding of weights and layer inputs
/// (tests bound the difference).
class Bf16RecurrentInference {
public:
    /// True for an `advanced` model with LSTM or tanh-RNN cells whose weights are on the CPU,
    /// on a CPU with AVX-512 BF16.
    static bool canRun(const ClassifierImpl& network);

    /// Copies the weights (converted) out of `network`; the network may then change or go.
    /// `threads` >= 2 runs the two directions side by side.
    Bf16RecurrentInference(const ClassifierImpl& network, int threads);

    /// The buffers of a call (inputs and outputs of every step, a few KiB per token of the
    /// batch), kept between calls that pass the same workspace: fresh pages from the kernel cost
    /// more than the arithmetic of a short review. One workspace per thread at a time.
    class Workspace {
    public:
        Workspace();
        ~Workspace();
        Workspace(Workspace&&) noexcept;
        Workspace& operator=(Workspace&&) noexcept;

    private:
        friend class Bf16RecurrentInference;
        std::unique_ptr<Bf16Batch> batch_;
    };

    /// One logit per sequence of vocabulary ids (each at least one id). Concurrent calls need
    /// their own workspaces. Throws std::out_of_range for an id outside the vocabulary and
    /// std::invalid_argument for an empty sequence.
    std::vector<float> logits(const std::vector<std::span<const std::int32_t>>& sequences,
                              Workspace& workspace) const;
    /// The same with a workspace of its own (allocated for this call).
    std::vector<float> logits(const std::vector<std::span<const std::int32_t>>& sequences) const;

private:
    struct Direction {
        Bf16Matrix inputWeights;      // W_ih [G, I]
        Bf16Matrix recurrentWeights;  // W_hh [G, H]
        std::vector<float> bias;      // b_ih + b_hh [G]
    };
    using Batch = Bf16Batch;

    void runLayer(Batch& batch, std::int64_t layer, int direction) const;
    void buildInput(Batch& batch, std::int64_t layer, int direction) const;

    Cell cell_;
    std::int64_t embeddingDim_, hidden_, layers_, gates_;
    int directions_;
    int threads_;
    torch::Tensor embedding_;         // [V, E] float, contiguous
    std::vector<Direction> weights_;  // [layer * directions + direction]
    std::vector<float> fcWeight_;     // [H * directions]
    float fcBias_ = 0;
};

}  // namespace sentiment::model
