#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "experiment/ExperimentPlan.h"
#include "experiment/LectureReference.h"
#include "experiment/RunQueue.h"
#include "experiment/SlurmArray.h"
#include "storage/RunStore.h"

#include <CLI/CLI.hpp>

#include "cli/DataArguments.h"
#include "cli/ModelArguments.h"
#include "cli/ReferenceArgument.h"
#include "cli/StoreArguments.h"
#include "cli/VectorsArguments.h"

namespace sentiment::cli {

/// `sentiment-lab-cli train`: one of the lecture's experiments, printed as the notebooks did,
/// with the best-valid checkpoint written for `predict`; or a stored run again (`--from-run`).
class TrainCommand {
public:
    explicit TrainCommand(CLI::App& app);
    bool selected() const { return command_->parsed(); }
    int run();

private:
    /// Where the plan comes from.
    enum class Source { Flags, StoredRun, Resume, BaselineFor };
    /// What is done with it.
    enum class Action { TrainOne, TrainGroup, Enqueue, TrainQueue, TrainTask, EmitSlurm };
    struct Modes {
        Source source = Source::Flags;
        Action action = Action::TrainOne;
        std::int64_t storedRun = 0;  ///< --from-run, --resume or --baseline-for
    };
    /// `train`'s mode, resolved once from its flags.
    Modes modes() const;
    /// Combinations the flags' own rules let through but that mean nothing, refused by name.
    Status check(const Modes& m) const;
    /// Whether the mode reads or records runs in the store (opened before any work).
    bool needsStore(const Modes& m) const;
    /// The plan to train: the flags' preset, or a stored run's (again, continued, its baseline);
    /// none with the reason printed.
    std::optional<experiment::ExperimentPlan> planOf(const Modes& m, storage::RunStore* store);
    /// Trains one plan (recorded in `store` when given, in `group` with `value`); the exit code.
    int trainOne(experiment::ExperimentPlan plan, storage::RunStore* store,
                 const experiment::LectureReference& reference, std::int64_t group,
                 const std::string& value, std::optional<std::int64_t>* runId);
    /// `--seeds N` or `--sweep KNOB=...`: the group's plans one after another, then its summary.
    int trainGroup(const experiment::ExperimentPlan& plan, storage::RunStore* store,
                   const experiment::LectureReference& reference);
    /// The group `--seeds` or `--sweep` asks for over `plan`.
    Result<experiment::GroupPlan> groupPlan(const experiment::ExperimentPlan& plan) const;
    /// `--queue`: the plan (or its seeds or sweep) goes to the run queue, with its data and
    /// vectors.
    int addToQueue(experiment::ExperimentPlan plan, storage::RunStore& store);
    /// Sets the plan's data and vectors to the absolute paths given (or the demo); false, with the
    /// message printed, when it names no dataset.
    bool nameSources(experiment::ExperimentPlan& plan) const;
    /// `--emit-slurm DIR`: the plan (or its group) as a Slurm job array, not trained here.
    int emitSlurm(experiment::ExperimentPlan plan);
    /// `--task FILE`: one task of such an array, trained into the store given.
    int trainTask(storage::RunStore* store, const experiment::LectureReference& reference);
    /// `--from-queue`: the queued plans, one after another, until none waits or one is stopped.
    int trainQueue(storage::RunStore& store, const experiment::LectureReference& reference);

    CLI::App* command_;
    DataArguments data_;
    ModelArguments model_;
    VectorsArguments vectors_;
    StoreArguments store_;
    std::string outDir_;
    std::string name_;
    bool noDb_ = false;
    bool json_ = false;
    ReferenceArgument reference_;
    std::int64_t fromRun_ = 0;
    std::int64_t resume_ = 0;
    std::int64_t baselineFor_ = 0;
    std::filesystem::path continueFrom_;  ///< the checkpoint of the run that continues (--resume)
    int seeds_ = 1;
    bool varySplit_ = false;
    std::string sweep_;
    bool keepBestOnly_ = false;
    bool queue_ = false;
    bool fromQueue_ = false;
    std::string emitSlurm_;
    std::string task_;
    experiment::SlurmOptions slurm_;
};

}  // namespace sentiment::cli
