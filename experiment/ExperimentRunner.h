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
#include "experiment/RunInputs.h"
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

/// What a front end decides around a run: where it is recorded and under which name, the group
/// it joins, the run it continues and where its checkpoint goes. The CLI fills it from its
/// flags, the GUI from its pages; the runner alone acts on it.
struct RunSetup {
    /// Where the run is recorded (owned by the calling thread); none: not recorded. A run that
    /// cannot be recorded is not trained.
    storage::RunStore* store = nullptr;
    /// The run's name; empty: the preset, date and time. In a group, the start of the name the
    /// run gets with its value ("advanced, lr 1e-3"; empty: the preset's).
    std::string name;
    std::string appVersion;
    /// The group the run joins (RunStore::createGroup; 0: none) and its value of the group's
    /// setting ("1e-3"; the seed for a seeds group).
    std::int64_t group = 0;
    std::string groupValue;
    /// A recorded run to continue (stopped, interrupted or failed) from the state saved after its
    /// last finished epoch, beside its checkpoint; 0: a new run. It continues on the same
    /// reviews or not at all.
    std::int64_t continueRun = 0;
    std::filesystem::path continueCheckpoint;
    /// Where the best-valid checkpoint goes (empty: kept in memory only).
    std::filesystem::path checkpointDirectory;

    /// The name the run is recorded under (empty: the preset, date and time).
    std::string runName(const ExperimentPlan& plan) const;
};

/// Runs an experiment: checks the plan against the data, records the run (its plan, the
/// dataset's facts, each epoch, the outcome), trains and tests through the Trainer, and turns
/// every failure (a non-finite loss, a full disk, an exception from LibTorch) into a failed
/// record with its reason. The CLI's `train` and the GUI's worker are thin callers: each makes
/// RunInputs and a RunSetup and reports what the runner says.
class ExperimentRunner {
public:
    explicit ExperimentRunner(ExperimentPlan plan, RunSetup setup = {});

    /// The state a run saves after each epoch, beside its checkpoint.
    static std::filesystem::path resumeStateOf(const std::filesystem::path& checkpoint) {
        auto p = checkpoint;
        p += ".resume";
        return p;
    }
    /// Called before training starts, with the plan as it runs, its parameter count and (when
    /// recorded) the run's id.
    void onStart(std::function<void(const ExperimentOutcome&)> callback) {
        onStart_ = std::move(callback);
    }

    /// Trains on `inputs` (RunInputs::fit or load for this plan). Returns with a failure, never
    /// throws.
    ExperimentOutcome run(const RunInputs& inputs, training::TrainingObserver* observer,
                          std::stop_token stop = {}) {
        return run(*inputs.dataset, inputs.matrix.get(), inputs.vectorsSource, observer, stop);
    }
    /// The same on `dataset` (which must fit the plan) with `matrix` (optional) from the vectors
    /// file `vectorsSource`.
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
    RunSetup setup_;
    std::function<void(const ExperimentOutcome&)> onStart_;
};

}  // namespace sentiment::experiment
