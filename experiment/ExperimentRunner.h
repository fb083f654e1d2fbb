#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>

#include "data/dataset/Dataset.h"
#include "data/vectors/EmbeddingMatrix.h"
#include "experiment/ExperimentPlan.h"
#include "foundation/Error.h"
#include "storage/RunStore.h"
#include "training/RunResult.h"
#include "training/TrainingObserver.h"

namespace sentiment::experiment {

/// How one experiment ended.
struct ExperimentOutcome {
    ExperimentPlan plan;                ///< as recorded: sizes from the data, precision resolved
    std::int64_t parameters = 0;        ///< trainable
    std::optional<std::int64_t> runId;  ///< when recorded
    std::optional<training::RunResult> result;  ///< empty when the run failed
    std::optional<Error> failure;       ///< why it failed (its finished epochs stay recorded)
    std::optional<Error> storeFailure;  ///< recording stopped during the run; training went on
};

/// Runs an experiment: checks the plan against the data, records the run (its plan, the
/// dataset's facts, each epoch, the outcome), trains and tests through the Trainer, and turns
/// every failure (a non-finite loss, a full disk, an exception from LibTorch) into a failed
/// record with its reason. The CLI's `train` and the GUI's worker are thin callers.
class ExperimentRunner {
public:
    explicit ExperimentRunner(ExperimentPlan plan);

    /// Records the run in `store` (owned by the calling thread) under `name` (empty: the preset,
    /// date and time). A run that cannot be recorded is not trained.
    void recordIn(storage::RunStore& store, std::string name, std::string appVersion);
    /// Continues recorded run `run` (stopped, interrupted or failed) from the state saved after its
    /// last finished epoch, beside its checkpoint `checkpoint`, instead of starting a new one.
    void continueRun(std::int64_t run, std::filesystem::path checkpoint) {
        continueRun_ = run;
        continueCheckpoint_ = std::move(checkpoint);
    }
    /// The state a run saves after each epoch, beside its checkpoint.
    static std::filesystem::path resumeStateOf(const std::filesystem::path& checkpoint) {
        auto p = checkpoint;
        p += ".resume";
        return p;
    }
    /// Records the run in group `group` (RunStore::createGroup) with its value of the group's
    /// setting ("1e-3"; the seed for a seeds group).
    void joinGroup(std::int64_t group, std::string value) {
        group_ = group;
        groupValue_ = std::move(value);
    }
    /// Where the best-valid checkpoint goes (empty: kept in memory only).
    void setCheckpointDirectory(std::filesystem::path dir) { checkpointDir_ = std::move(dir); }
    /// Called before training starts, with the plan as it runs, its parameter count and (when
    /// recorded) the run's id.
    void onStart(std::function<void(const ExperimentOutcome&)> callback) {
        onStart_ = std::move(callback);
    }

    /// Trains on `dataset` (which must fit the plan: ExperimentPlan::datasetFor) with `matrix`
    /// (optional) from the vectors file `vectorsSource`. Returns with a failure, never throws.
    ExperimentOutcome run(const data::Dataset& dataset, const data::EmbeddingMatrix* matrix,
                          const std::string& vectorsSource, training::TrainingObserver* observer,
                          std::stop_token stop = {});

private:
    /// The plan as it runs on `dataset` (sizes from the vocabulary and the vectors, the precision
    /// this CPU gives) and its parameter count, into `out`; false with `out.failure` set.
    bool prepare(ExperimentOutcome& out, const data::Dataset& dataset,
                 const data::EmbeddingMatrix* matrix, const std::string& vectorsSource) const;
    /// What the store keeps of a new run before it trains.
    storage::RunInfo describe(const ExperimentOutcome& out, const data::Dataset& dataset,
                              const data::EmbeddingMatrix* matrix) const;
    /// The run's checkpoint: the continued run's, or a new name in the checkpoint folder (empty:
    /// none); a recorded run learns it at once, so an interrupted run can continue.
    std::filesystem::path checkpointFor(const ExperimentOutcome& out) const;
    /// Trains, turning every exception into `out.failure`.
    void train(ExperimentOutcome& out, const data::Dataset& dataset,
               const data::EmbeddingMatrix* matrix, const std::filesystem::path& checkpoint,
               training::TrainingObserver* observer, std::stop_token stop) const;

    ExperimentPlan plan_;
    storage::RunStore* store_ = nullptr;
    std::string name_, appVersion_;
    std::filesystem::path checkpointDir_;
    std::int64_t continueRun_ = 0;
    std::int64_t group_ = 0;
    std::string groupValue_;
    std::filesystem::path continueCheckpoint_;
    std::function<void(const ExperimentOutcome&)> onStart_;
};

}  // namespace sentiment::experiment
