#pragma once

#include <cstddef>
#include <stop_token>

#include "data/dataset/Dataset.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "foundation/Result.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::training {

/// What a short measurement predicts for one epoch on this machine.
struct TimingEstimate {
    std::size_t batchesMeasured = 0;
    double tokensPerSecond = 0;  ///< training, real (unpadded) tokens
    double trainSeconds = 0;     ///< one pass over the train split
    double validSeconds = 0;     ///< one evaluation of the valid split (forward only)
    double epochSeconds() const { return trainSeconds + validSeconds; }
};

/// Estimates the time of an epoch from a few training batches: one warm-up batch (allocations,
/// thread start), then `batches` timed ones from the epoch's own shuffled plan. Throughput is
/// taken per real token, so the estimate does not depend on which bucket lengths the timed
/// batches happened to have; the evaluation of the valid split, forward only, is counted at a
/// third of a training token (forward is about a third of forward + backward).
class TimingProbe {
public:
    static Result<TimingEstimate> measure(const model::ModelConfig& model,
                                          const TrainingConfig& training,
                                          const data::Dataset& dataset,
                                          const data::EmbeddingMatrix* vectors,
                                          std::size_t batches = 3, std::stop_token stop = {});
};

}  // namespace sentiment::training
