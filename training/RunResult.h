#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>
#include "training/GradientFlow.h"

#include "model/ParameterReport.h"
#include "training/Metrics.h"
#include "training/Precision.h"

namespace sentiment::training {

/// What a training run produced. A stopped run keeps its completed epochs.
struct RunResult {
    std::vector<EpochMetrics> epochs;
    std::optional<SplitMetrics> test;
    /// Each test example's P(positive) (two classes) or the probability of the class it was
    /// called (more), in the split's order (with a test).
    std::vector<float> testProbabilities;
    std::vector<std::uint8_t> testCalls;  ///< the class each test example was called
    model::ParameterReport parameters;
    std::string device;  ///< "cpu" or "cuda:0"
    int threads = 0;
    Precision precision =
        Precision::Float32;            ///< what the run trained and evaluated with (never Auto)
    std::filesystem::path checkpoint;  ///< the best-valid checkpoint (empty when none was written)
    int bestEpoch = 0;
    bool stopped = false;        ///< the user stopped it
    double seconds = 0;          ///< the whole run
    double tokensPerSecond = 0;  ///< training steps only, all epochs
    std::uint64_t steps = 0;
    double peakResidentMiB = 0;  ///< the process's peak resident memory at the run's end
    std::vector<GradientFlow> gradientFlow;  ///< when measured: before training, then per epoch
};

}  // namespace sentiment::training
