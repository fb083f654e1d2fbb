#pragma once

#include <string>

#include <torch/torch.h>

#include "model/ModelConfig.h"

namespace sentiment::model {

/// One LSTM, GRU or tanh-RNN layer in one direction over a padded [T, B, I] batch on the CPU,
/// run by oneDNN's recurrent primitives (`lstm_forward`/`lstm_backward`, `lbr_gru_*`,
/// `vanilla_rnn_*`; oneDNN 2.x or 3.x) as one autograd node. oneDNN does the
/// whole recurrence, the gate non-linearities and the weight gradients in its own JIT kernels.
/// It is what runs GRU layers, bfloat16, and evaluation batches (faster there than
/// FusedRecurrentLayer; see RecurrentStack::run). Same numbers as `torch::lstm`, `torch::gru` and
/// `torch::rnn_tanh` from zero initial states, weights in PyTorch's layout and gate order (tests
/// compare outputs and gradients).
///
/// `bf16` runs the matrix products in bfloat16 with float accumulation (inputs, outputs and
/// weights rounded to bfloat16; the gates, the cell state, the weight gradients and the master
/// weights stay float). It needs `supportsBf16()`.
class DnnlRecurrentLayer {
public:
    /// Built with oneDNN (CMake found libdnnl); else nothing here runs.
    static bool available();
    /// oneDNN runs bfloat16 recurrent layers natively here (AVX-512 BF16 or AMX).
    static bool supportsBf16();
    /// The oneDNN this was compiled against, and the one its calls reach in this process
    /// ("3.2.0"; empty without oneDNN). They agree unless another library in the process exports
    /// oneDNN's functions (a LibTorch with its own oneDNN visible would take the calls).
    static std::string compiledVersion();
    static std::string loadedVersion();
    /// SENTIMENT_LAB_RNN_ENGINE=fused or =onednn makes the recurrent stacks run every batch
    /// layer they can through that engine (for measurements); unset, they take the one measured
    /// faster for the job (RecurrentStack::run).
    enum class Engine { Measured, Fused, Dnnl };
    static Engine chosenByEnvironment();
    /// Outputs [T, B, H] from zero initial states. Gradients flow to `input` and the weights
    /// when grad mode is on and any of them requires one.
    static torch::Tensor forward(Cell cell, const torch::Tensor& input,
                                 const torch::Tensor& weightIh, const torch::Tensor& weightHh,
                                 const torch::Tensor& biasIh, const torch::Tensor& biasHh,
                                 bool bf16 = false);
    /// Both directions of a bidirectional layer (weights in PyTorch's order w_ih, w_hh, b_ih,
    /// b_hh; the backward input already reversed within lengths). With gradients, one node
    /// whose two recurrences run side by side on two halves of the threads, forward and
    /// backward; without, one direction after the other on all threads (faster there).
    static std::pair<torch::Tensor, torch::Tensor> forwardBoth(
        Cell cell, const torch::Tensor& forwardInput,
        const std::vector<torch::Tensor>& forwardWeights, const torch::Tensor& backwardInput,
        const std::vector<torch::Tensor>& backwardWeights, bool bf16 = false);
};

}  // namespace sentiment::model
