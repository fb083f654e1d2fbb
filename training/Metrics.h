#pragma once

#include <cstdint>
#include <vector>

#include "training/Confusion.h"

namespace sentiment::training {

/// Live progress inside an epoch (throttled to about ten a second).
struct BatchProgress {
    int epoch = 0;  ///< 1-based
    int epochs = 0;
    std::size_t batch = 0;    ///< batches done in this epoch
    std::size_t batches = 0;  ///< batches in this epoch
    std::uint64_t step = 0;   ///< batches done in the whole run
    double loss = 0;          ///< of the last batch
    double accuracy = 0;      ///< of the last batch
    double runningLoss = 0;   ///< mean over the epoch so far (example-weighted)
    double runningAccuracy = 0;
    double tokensPerSecond = 0;  ///< real (non-padding) tokens, this epoch
    double epochEtaSeconds = 0;
    double runEtaSeconds = 0;
    double residentMiB = 0;   ///< the process's resident memory after this batch
    double learningRate = 0;  ///< the rate this batch's step took (its schedule's)
};

/// How far a pass over the validation or test split has come (the reviews scored of all).
struct EvaluationProgress {
    enum class Split { Valid, Test };
    Split split = Split::Valid;
    int epoch = 0;            ///< the epoch validated; for the test, the last epoch trained
    std::size_t reviews = 0;  ///< scored so far
    std::size_t total = 0;
};

/// Loss and accuracy over a split. `accuracy` is per example (correct / examples);
/// `lectureAccuracy` is what the lecture printed: the mean of the per-batch accuracies.
/// `confusion` (validation and test, not training) holds how each review was called, and with
/// it per-class precision, recall and F1, macro-F1 and, for classes that are stars, the mean
/// absolute error.
struct SplitMetrics {
    double loss = 0;
    double accuracy = 0;
    double lectureAccuracy = 0;
    std::size_t examples = 0;
    Confusion confusion;
};

/// One finished epoch.
struct EpochMetrics {
    int epoch = 0;
    SplitMetrics train, valid;
    double seconds = 0;          ///< training and validation
    double tokensPerSecond = 0;  ///< training only
    bool best = false;           ///< the best valid loss so far (the checkpoint was saved)
    double residentMiB = 0;      ///< the process's resident memory at the epoch's end
    double peakResidentMiB =
        0;  ///< the process's peak resident memory so far (/usr/bin/time's figure)
};

}  // namespace sentiment::training
