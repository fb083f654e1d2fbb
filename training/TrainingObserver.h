#pragma once

#include <string>

#include "foundation/Message.h"

#include "training/GradientFlow.h"
#include "training/Metrics.h"

namespace sentiment::training {

/// Watches a training run. Calls come from the training thread; the CLI prints from them, the
/// GUI turns them into signals. Every method has a do-nothing default.
class TrainingObserver {
public:
    virtual ~TrainingObserver() = default;
    /// About ten times a second during training.
    virtual void onBatch(const BatchProgress& /*progress*/) {}
    /// While the validation or test split is scored: at its start, about ten times a second, and
    /// at its end (then `reviews == total`).
    virtual void onEvaluation(const EvaluationProgress& /*progress*/) {}
    /// After each epoch's validation.
    virtual void onEpoch(const EpochMetrics& /*metrics*/) {}
    /// After the test evaluation with the best checkpoint.
    virtual void onTest(const SplitMetrics& /*metrics*/) {}
    /// The gradient flow before training (epoch 0) and after each epoch, when the run measures it.
    virtual void onGradientFlow(const GradientFlow& /*flow*/) {}
    /// A line for the log.
    virtual void onLog(const Message& /*message*/) {}
};

}  // namespace sentiment::training
