#pragma once

#include <cstdint>

#include "data/dataset/Dataset.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::training {

/// The resident memory a training run is expected to peak at, in parts: what the Model page
/// shows beside the time before Start, and what Start compares with the free memory. A model of
/// what the run keeps (the program, the dataset, the weights with their gradients and Adam's
/// moments, the activations of the largest micro-batch for its backward pass), with factors
/// calibrated on measured runs (docs/BENCHMARKS.md, "Memory").
struct MemoryEstimate {
    std::uint64_t programBytes = 0;  ///< the program with LibTorch (and Qt) loaded
    std::uint64_t dataBytes = 0;     ///< the dataset (texts, token ids) and the vectors matrix
    std::uint64_t parameterBytes =
        0;  ///< weights, gradients, Adam's two moments, the best-valid copy
    std::uint64_t activationBytes =
        0;  ///< what the largest micro-batch keeps for the backward pass
    std::uint64_t total() const {
        return programBytes + dataBytes + parameterBytes + activationBytes;
    }

    /// The shape of the data a run trains on.
    struct Data {
        std::uint64_t reviews = 0;        ///< train + valid + test
        std::uint64_t tokens = 0;         ///< their token ids
        std::uint64_t longestReview = 0;  ///< tokens of the longest training review
        std::uint64_t textBytes = 0;      ///< the review texts kept for browsing and explanations
        std::uint64_t vectorsBytes = 0;   ///< the pre-trained vectors matrix, 0 without one
        static Data of(const data::Dataset& dataset, std::uint64_t vectorsBytes = 0);
        /// The lecture's IMDb (50,000 labeled reviews), when no dataset is loaded yet.
        static Data lectureImdb();
    };

    /// `parameters`: the model's trainable parameter count; `gui`: the desktop application
    /// (its pages and the prediction model) rather than the command line.
    static MemoryEstimate of(const model::ModelConfig& model, const TrainingConfig& training,
                             std::int64_t parameters, const Data& data, bool gui);

    /// Padded tokens of the largest micro-batch a run trains: the batch (reviews x longest
    /// review) bounded by the micro-batch budget, never below one review.
    static std::uint64_t largestMicroBatchTokens(const TrainingConfig& training,
                                                 std::uint64_t longestReview);
    /// Float values one padded token keeps for the backward pass (activations, states, masks),
    /// in a micro-batch whose reviews are `length` tokens long (a Transformer's attention keeps
    /// one score per token and position: it grows with the length).
    static std::uint64_t activationFloatsPerToken(const model::ModelConfig& model,
                                                  std::uint64_t length);
};

}  // namespace sentiment::training
