#pragma once

#include <cstdint>
#include <optional>

#include "foundation/Error.h"
#include "storage/BatchPointSampler.h"
#include "storage/RunStore.h"
#include "training/TrainingObserver.h"

namespace sentiment::experiment {

/// Records a training run as it happens: a training observer that commits every finished epoch
/// (with its curve points) before passing the call on to the next observer, so whatever the
/// next observer shows as done is already on disk. When the store fails (disk full ...), it
/// says so once through onLog, stops recording and lets training go on.
class RunRecorder : public training::TrainingObserver {
public:
    /// `store` and `next` (optional) must outlive the recorder; calls come on the training thread,
    /// which must own `store`'s connection.
    RunRecorder(storage::RunStore& store, std::int64_t run,
                training::TrainingObserver* next = nullptr);

    void onBatch(const training::BatchProgress& progress) override;
    void onEpoch(const training::EpochMetrics& metrics) override;
    void onEvaluation(const training::EvaluationProgress& progress) override;
    void onTest(const training::SplitMetrics& metrics) override;
    void onLog(const Message& message) override;
    void onGradientFlow(const training::GradientFlow& flow) override;

    /// Writes the outcome and the remaining curve points.
    Status finish(const storage::RunOutcome& outcome);

    std::int64_t run() const { return run_; }
    /// The store's failure, once recording stopped.
    const std::optional<Error>& failure() const { return failure_; }

private:
    void fail(const Error& error);

    storage::RunStore& store_;
    std::int64_t run_;
    training::TrainingObserver* next_;
    storage::BatchPointSampler sampler_;
    std::optional<Error> failure_;
};

}  // namespace sentiment::experiment
