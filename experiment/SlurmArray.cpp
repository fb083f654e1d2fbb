#include "experiment/SlurmArray.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "foundation/AtomicFile.h"
#include "storage/RunIdentity.h"

namespace sentiment::experiment {

namespace {

namespace fs = std::filesystem;

// A value for a shell's single quotes.
std::string quoted(const std::string& s) {
    std::string q = "'";
    for (const char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

Result<SlurmArray::Written> writeAll(const std::vector<SlurmArray::Task>& tasks,
                                     const fs::path& dir, const SlurmOptions& options,
                                     const std::string& jobName) {
    std::error_code ec;
    const fs::path root = fs::absolute(dir, ec);
    fs::create_directories(root / "tasks", ec);
    if (ec)
        return Error::at(root.string(),
                         Message::tr("the folder cannot be created: %1").arg(ec.message()));
    fs::create_directories(root / "logs", ec);
    SlurmArray::Written written;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const auto& t = tasks[i];
        nlohmann::json j;
        j["sentiment_lab_task"] = 1;
        j["name"] = t.name;
        j["plan"] = t.plan.toJson();
        if (!t.groupUid.empty()) {
            j["group"] = {{"uid", t.groupUid},
                          {"name", t.groupName},
                          {"kind", t.kind == storage::RunGroup::Kind::Sweep ? "sweep" : "seeds"},
                          {"knob", t.knob},
                          {"value", t.value}};
        }
        const auto path = root / "tasks" / ("task-" + std::to_string(i) + ".json");
        if (auto ok = AtomicFile::write(path, j.dump(2) + "\n"); !ok) return ok.error();
        written.tasks.push_back(path);
    }
    written.script = root / "job.sbatch";
    if (auto ok = AtomicFile::write(written.script,
                                    SlurmArray::script(root, tasks.size(), jobName, options));
        !ok)
        return ok.error();
    fs::permissions(written.script, fs::perms::owner_exec | fs::perms::group_exec,
                    fs::perm_options::add, ec);
    return written;
}

// The plan names what it reads by absolute path, as a queued plan does: the task runs elsewhere.
Status checkSources(const ExperimentPlan& plan) {
    if (plan.source.empty())
        return Error::at({}, Message::tr("the plan names no dataset: give --data or --demo"));
    return Done{};
}

}  // namespace

std::string SlurmArray::script(const fs::path& dir, std::size_t tasks, const std::string& jobName,
                               const SlurmOptions& options) {
    std::ostringstream s;
    s << "#!/bin/bash\n"
      << "# Written by sentiment-lab-cli train --emit-slurm. Submit with: sbatch "
      << (dir / "job.sbatch").string() << "\n"
      << "# Each task trains one run into its own store, tasks/task-N/runs.sqlite; bring them home "
         "with\n"
      << "#   sentiment-lab-cli runs import " << (dir / "tasks").string() << "/task-*/runs.sqlite\n"
      << "#SBATCH --job-name=" << jobName << "\n"
      << "#SBATCH --array=0-" << (tasks == 0 ? 0 : tasks - 1) << "\n"
      << "#SBATCH --output=" << (dir / "logs").string() << "/task-%a.log\n"
      << "#SBATCH --cpus-per-task=" << options.cpusPerTask << "\n"
      << "#SBATCH --time=" << options.time << "\n";
    if (!options.memory.empty()) s << "#SBATCH --mem=" << options.memory << "\n";
    if (!options.partition.empty()) s << "#SBATCH --partition=" << options.partition << "\n";
    if (!options.account.empty()) s << "#SBATCH --account=" << options.account << "\n";
    if (options.gpus > 0) s << "#SBATCH --gres=gpu:" << options.gpus << "\n";
    s << "set -euo pipefail\n"
      << "cli=${SENTIMENT_LAB_CLI:-"
      << quoted(options.cli.empty() ? std::string("sentiment-lab-cli") : options.cli) << "}\n"
      << "task=" << quoted((dir / "tasks").string()) << "/task-${SLURM_ARRAY_TASK_ID}\n"
      << "mkdir -p \"$task\"\n"
      << "exec \"$cli\" train --task \"$task.json\" --db \"$task/runs.sqlite\" --out "
         "\"$task/checkpoints\" \\\n"
      << "     --threads \"${SLURM_CPUS_PER_TASK:-1}\" --device "
      << (options.gpus > 0 ? "cuda" : "cpu") << "\n";
    return s.str();
}

Result<SlurmArray::Written> SlurmArray::write(const GroupPlan& group, const fs::path& dir,
                                              const SlurmOptions& options) {
    const auto uid = storage::RunIdentity::random();
    std::vector<Task> tasks;
    for (const auto& m : group.members) {
        if (auto ok = checkSources(m.plan); !ok) return ok.error();
        tasks.push_back({m.plan, GroupPlan::runName(m.plan.preset, m.value), uid, group.name,
                         group.knob, m.value, group.kind});
    }
    std::string job = "sentiment-lab";
    if (!group.members.empty()) job += "-" + group.members.front().plan.preset;
    if (!group.knob.empty()) job += "-" + group.knob;
    return writeAll(tasks, dir, options, job);
}

Result<SlurmArray::Written> SlurmArray::write(const ExperimentPlan& plan, const fs::path& dir,
                                              const SlurmOptions& options) {
    if (auto ok = checkSources(plan); !ok) return ok.error();
    return writeAll({Task{plan, plan.preset, {}, {}, {}, {}, storage::RunGroup::Kind::Sweep}}, dir,
                    options, "sentiment-lab-" + plan.preset);
}

Result<SlurmArray::Task> SlurmArray::readTask(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error::at(path.string(), Message::tr("cannot be read")).as(ErrorKind::NotFound);
    std::stringstream text;
    text << in.rdbuf();
    const auto j = nlohmann::json::parse(text.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("sentiment_lab_task") ||
        !j.contains("plan")) {
        return Error::at(path.string(),
                         Message::tr("is not a task file written by train --emit-slurm"));
    }
    auto plan = ExperimentPlan::fromJson(j["plan"]);
    if (!plan)
        return Error::at(path.string(),
                         Message::tr("its plan does not read: %1").arg(plan.error().message));
    try {
        return taskOf(j, std::move(*plan), path);
    } catch (const nlohmann::json::exception& e) {
        return Error::at(
            path.string(),
            Message::tr("is not a task file written by train --emit-slurm (%1)").arg(e.what()));
    }
}

Result<SlurmArray::Task> SlurmArray::taskOf(const nlohmann::json& j, ExperimentPlan plan,
                                            const fs::path& path) {
    Task t;
    t.plan = std::move(plan);
    t.name = j.value("name", t.plan.preset);
    if (const auto g = j.find("group"); g != j.end() && g->is_object()) {
        t.groupUid = g->value("uid", "");
        t.groupName = g->value("name", "");
        t.knob = g->value("knob", "");
        t.value = g->value("value", "");
        t.kind = g->value("kind", "sweep") == "seeds" ? storage::RunGroup::Kind::Seeds
                                                      : storage::RunGroup::Kind::Sweep;
        if (!storage::RunIdentity::looksLikeOne(t.groupUid)) {
            return Error::at(path.string(), Message::tr("its group has no valid uid"));
        }
    }
    return t;
}

}  // namespace sentiment::experiment
