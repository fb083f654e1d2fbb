#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "experiment/ExperimentPlan.h"
#include "experiment/RunQueue.h"
#include "foundation/Result.h"

namespace sentiment::experiment {

/// What the Slurm job asks the cluster for (its `#SBATCH` lines).
struct SlurmOptions {
    std::string partition;  ///< empty: the cluster's default
    int gpus = 0;           ///< per task (`--gres=gpu:N`); 0: none, train on the CPU
    int cpusPerTask = 4;    ///< also the training threads
    std::string time = "02:00:00";
    std::string memory =
        "8G";         ///< per task; the lecture's advanced run peaks under 2 GB on the CPU
    std::string cli;  ///< the sentiment-lab-cli the tasks run (absolute); the job script's default
    std::string account;  ///< empty: the user's default
};

/// A group of runs (a sweep, seeds, or one plan) as a Slurm job array: one task file per run and
/// one job script. Each task trains its plan into a store of its own, `tasks/task-N/runs.sqlite`,
/// with its checkpoints beside it; `runs import DIR/tasks/*/runs.sqlite` brings them home, where
/// the group's uid gathers them into one group again. Slurm is the scheduler: nothing here
/// waits for, watches or retries a task.
class SlurmArray {
public:
    /// One task: the plan, the run's name, and its group (empty uid: a run in no group).
    struct Task {
        ExperimentPlan plan;
        std::string name;
        std::string groupUid, groupName, knob, value;
        storage::RunGroup::Kind kind = storage::RunGroup::Kind::Sweep;
    };
    struct Written {
        std::filesystem::path script;
        std::vector<std::filesystem::path> tasks;
    };

    /// Writes DIR/job.sbatch and DIR/tasks/task-N.json for `group` (plans with absolute data and
    /// vectors paths); an error names the file that could not be written.
    static Result<Written> write(const GroupPlan& group, const std::filesystem::path& dir,
                                 const SlurmOptions& options);
    /// A single plan as an array of one task.
    static Result<Written> write(const ExperimentPlan& plan, const std::filesystem::path& dir,
                                 const SlurmOptions& options);
    /// Reads a task file; an error names it and what is wrong.
    static Result<Task> readTask(const std::filesystem::path& path);
    /// The job script's text (written by write; here for the tests and the README).
    static std::string script(const std::filesystem::path& dir, std::size_t tasks,
                              const std::string& jobName, const SlurmOptions& options);

private:
    static Result<Task> taskOf(const nlohmann::json& json, ExperimentPlan plan,
                               const std::filesystem::path& path);
};

}  // namespace sentiment::experiment
