#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "foundation/Result.h"
#include "training/Precision.h"

namespace sentiment::training {

/// SGD, Adam (the lecture's; weight decay added to the gradient, as torch.optim.Adam), or AdamW
/// (Loshchilov & Hutter: the decay applied to the weights apart from the gradient's moments, what
/// Transformers are trained with).
enum class OptimizerKind { Sgd, Adam, AdamW };

/// How the learning rate moves during a run after its warm-up: fixed (the lecture), falling
/// linearly to zero over the rest of the run's batches (fastText's own schedule), or along half a
/// cosine to zero (Transformers').
enum class LrSchedule { Constant, Linear, Cosine };

/// How a model is trained (the lecture's values by default: Adam, 5 epochs, batch 64).
struct TrainingConfig {
    static constexpr std::size_t kDefaultMicroBatchTokens = 16384;

    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 1e-3;
    double momentum = 0.0;     ///< SGD
    double weightDecay = 0.0;  ///< Adam and AdamW
    double clipNorm = 0.0;     ///< gradient clipping by global norm; 0 = off
    LrSchedule schedule = LrSchedule::Constant;
    /// The share of the run's batches over which the rate rises linearly from 0 to
    /// `learningRate` before the schedule starts (0: none, the lecture's).
    double warmup = 0.0;
    int epochs = 5;
    std::size_t batchSize = 64;
    /// A batch with more padded cells (reviews x longest review) than this is trained as
    /// micro-batches within it, their gradients accumulated: the same batch and loss, with
    /// memory bounded by the budget instead of by the longest reviews. Evaluation batches are
    /// cut the same way. 0 = whole batches.
    std::size_t microBatchTokens = kDefaultMicroBatchTokens;
    /// The recurrent layers' matrix products: bf16 where the CPU has AVX-512 BF16 or AMX (auto),
    /// else float; a bf16 request on a CPU without it trains in float with a notice.
    Precision precision = Precision::Auto;
    std::uint64_t seed = 1234;    ///< initialisation, shuffling and dropout (the split has its own)
    std::string device = "auto";  ///< auto | cpu | cuda
    int threads = 0;              ///< 0 = one per core
    std::size_t maxBatches = 0;   ///< per epoch, 0 = all (for quick runs and benchmarks)
    /// Weigh each training review's loss by its class, n / (classes * n_class) (scikit-learn's
    /// "balanced"), so that a rare class counts as much as a common one.
    bool classWeights = false;
    bool freezeEmbeddings = false;  ///< keep the embeddings fixed for the whole run ...
    int freezeEpochs = 0;           ///< ... or for the first N epochs only
    bool deterministic = false;  ///< on a GPU: deterministic cuDNN (as the lecture) and algorithms
    bool evaluateTest = true;    ///< test with the best-valid checkpoint at the end
    bool validate = true;        ///< validate after each epoch (benchmarks switch it off)
    /// Measure the gradient flow (GradientFlow) before training and after each epoch: recurrent
    /// models only; it changes none of the run's numbers.
    bool gradientFlow = false;

    /// The learning rate for batch `step` (0-based) of a run of `totalSteps` batches.
    double learningRateAt(std::uint64_t step, std::uint64_t totalSteps) const;

    /// The lecture's optimizer for a preset: SGD lr 1e-3 for the base RNN, Adam otherwise.
    static TrainingConfig forPreset(std::string_view preset);

    nlohmann::json toJson() const;
    static Result<TrainingConfig> fromJson(const nlohmann::json& json);
};

}  // namespace sentiment::training
