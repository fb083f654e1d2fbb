#include "cli/TrainCommand.h"

#include "experiment/SlurmArray.h"

#include "experiment/Baseline.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/ClassReport.h"
#include "cli/ExperimentSetup.h"
#include "cli/InterruptStop.h"
#include "cli/TrainingPrinter.h"
#include "data/imdb/DemoData.h"
#include "experiment/ExperimentRunner.h"
#include "experiment/LectureReference.h"
#include "experiment/RunGroups.h"
#include "experiment/RunQueue.h"
#include "foundation/TextFormat.h"
#include "model/ProcessMemory.h"
#include "training/MemoryEstimate.h"

namespace sentiment::cli {

namespace {
std::vector<double> validAccuracies(const training::RunResult& r) {
    std::vector<double> out;
    for (const auto& e : r.epochs) out.push_back(e.valid.accuracy);
    return out;
}

nlohmann::json splitJson(const training::SplitMetrics& m) {
    nlohmann::json j = {{"loss", m.loss},
                        {"acc", m.accuracy},
                        {"lecture_acc", m.lectureAccuracy},
                        {"examples", m.examples}};
    if (!m.confusion.empty()) j["macro_f1"] = m.confusion.macroF1();
    return j;
}

void printExpectedMemory(const ExperimentSetup& setup, std::int64_t parameters) {
    const auto* matrix = setup.matrix();
    const std::uint64_t vectorsBytes =
        matrix != nullptr ? matrix->values.size() * sizeof(float) : 0;
    const auto estimate = training::MemoryEstimate::of(
        setup.plan.model, setup.plan.training, parameters,
        training::MemoryEstimate::Data::of(setup.dataset(), vectorsBytes),
        /*gui=*/false);
    const auto available = model::ProcessMemory::availableBytes();
    std::printf("Expected peak memory: about %s (%s free now)\n",
                Message::englishBytes(estimate.total()).c_str(),
                available > 0 ? Message::englishBytes(available).c_str() : "unknown");
    if (available > 0 && estimate.total() > available) {
        std::fprintf(stderr,
                     "warning: this run is expected to need more memory than is free; the system "
                     "may swap\n");
    }
}

// The group's one JSON object (the last line of `train --seeds/--sweep --json`): what its text
// summary says, each run's test result, and the spread.
nlohmann::json groupJson(std::int64_t group, const std::string& name,
                         const experiment::GroupSummary& summary) {
    const auto spread = [](const experiment::Spread& s) {
        return nlohmann::json{{"mean", s.mean}, {"sd", s.sd}, {"n", s.n}};
    };
    nlohmann::json j{{"group", group},
                     {"name", name},
                     {"test_accuracy", spread(summary.test)},
                     {"best_run", summary.bestRun}};
    j["valid_accuracy"] = nlohmann::json::array();
    for (std::size_t e = 0; e < summary.validAccuracy.size(); ++e) {
        auto epoch = spread(summary.validAccuracy[e]);
        epoch["epoch"] = e + 1;
        j["valid_accuracy"].push_back(epoch);
    }
    j["runs"] = nlohmann::json::array();
    for (const auto& p : summary.byValue)
        j["runs"].push_back(
            {{"run", p.run}, {"value", p.value}, {"test_accuracy", p.testAccuracy}});
    return j;
}

nlohmann::json resultJson(const experiment::ExperimentOutcome& out,
                          const experiment::LectureReference& reference) {
    const auto& r = *out.result;
    nlohmann::json j;
    j["config"] = out.plan.toJson();
    j["run_id"] = out.runId ? nlohmann::json(*out.runId) : nlohmann::json(nullptr);
    j["params"] = r.parameters.trainable;
    j["epochs"] = nlohmann::json::array();
    for (const auto& e : r.epochs) {
        j["epochs"].push_back({{"epoch", e.epoch},
                               {"train", splitJson(e.train)},
                               {"valid", splitJson(e.valid)},
                               {"seconds", e.seconds},
                               {"tokens_per_s", e.tokensPerSecond},
                               {"best", e.best},
                               {"rss_mib", e.residentMiB},
                               {"peak_rss_mib", e.peakResidentMiB}});
    }
    j["classes"] = out.plan.classNames();
    j["test"] = r.test ? splitJson(*r.test) : nlohmann::json(nullptr);
    if (r.test) j["test"].update(ClassReport{out.plan.classNames(), r.test->confusion}.toJson());
    j["lecture"] = nullptr;
    if (r.test && experiment::LectureReference::judges(out.plan.source)) {
        if (const auto judged =
                reference.judge(out.plan.preset, r.test->accuracy, validAccuracies(r))) {
            j["lecture"] = {{"verdict", experiment::LectureReference::name(judged->verdict)},
                            {"low", judged->low},
                            {"high", judged->high},
                            {"fell_behind_at_epoch", judged->fellBehind
                                                         ? nlohmann::json(judged->fellBehind->epoch)
                                                         : nlohmann::json(nullptr)}};
        }
    }
    j["seconds"] = r.seconds;
    j["tokens_per_s"] = r.tokensPerSecond;
    j["peak_rss_mib"] = r.peakResidentMiB;
    j["device"] = r.device;
    j["threads"] = r.threads;
    j["precision"] = training::toString(r.precision);
    j["best_epoch"] = r.bestEpoch;
    j["checkpoint"] = r.checkpoint.string();
    return j;
}
}  // namespace

TrainCommand::TrainCommand(CLI::App& app) {
    command_ = app.add_subcommand(
        "train", "Train one of the lecture's models and test the best-valid checkpoint");
    model_.addModelFlags(*command_);
    model_.addTrainingFlags(*command_);
    auto* source = data_.addTo(*command_);
    source
        ->add_option("--from-run", fromRun_,
                     "run a stored run's experiment again: its plan, data and vectors (flags given "
                     "change them)")
        ->excludes(model_.presetOption());
    source
        ->add_option("--resume", resume_,
                     "continue a stopped or interrupted run from its last finished epoch, with its "
                     "own settings")
        ->excludes(model_.presetOption());
    source
        ->add_option("--baseline-for", baselineFor_,
                     "train the linear baseline (nbsvm) for a stored run: its dataset, split, "
                     "tokenizer and seed")
        ->excludes(model_.presetOption());
    vectors_.addTo(*command_);
    command_->add_option(
        "--out", outDir_,
        "folder for the checkpoint (default: ~/.local/share/sentiment-lab/checkpoints)");
    command_->add_flag("--json", json_,
                       "end with one JSON object (config, params, epochs, test, checkpoint); a "
                       "group (--seeds, --sweep) "
                       "with one more for the group (each run's test accuracy, mean and sd)");
    reference_.addTo(*command_);
    store_.addTo(*command_);
    command_->add_flag("--no-db", noDb_, "do not record the run in the run store");
    command_->add_option("--name", name_,
                         "the run's name in the run store (default: preset, date and time)");
    auto* seeds =
        command_
            ->add_option(
                "--seeds", seeds_,
                "repeat the run with N training seeds (seed, seed+1, ...: initialisation, "
                "shuffling, "
                "dropout), keeping the split, vocabulary and vectors; a group with mean ± sd")
            ->check(CLI::Range(1, 100));
    command_->add_flag("--vary-split", varySplit_,
                       "with --seeds: each seed draws its own split and random embedding rows too");
    command_
        ->add_option("--sweep", sweep_,
                     "run one setting over several values, one run each, as a group: "
                     "lr=1e-2,1e-3,1e-4 | layers=1,2,3 | "
                     "cell=lstm,gru | hidden=... | dropout=... | batch-size=... | epochs=... | "
                     "optimizer=adam,sgd | "
                     "embedding-dim=... | seed=...")
        ->excludes(seeds);
    auto* queue = command_->add_flag(
        "--queue", queue_,
        "add the run (or its --seeds or --sweep group) to the run queue instead of training it; "
        "the app or train --from-queue trains it");
    source
        ->add_flag("--from-queue", fromQueue_,
                   "train the queued runs one after another, each on its own dataset and vectors; "
                   "Ctrl-C stops the "
                   "current run and leaves the rest waiting")
        ->excludes(model_.presetOption())
        ->excludes(queue);
    source
        ->add_option("--task", task_,
                     "train one task of a Slurm job array written by --emit-slurm (its task file)")
        ->excludes(model_.presetOption());
    auto* slurm = command_->add_option("--emit-slurm", emitSlurm_,
                                       "write the run (or its --seeds or --sweep group) as a Slurm "
                                       "job array into DIR instead of training it: "
                                       "job.sbatch and one task file per run; each task trains "
                                       "into its own store, and `runs import` brings them home");
    slurm->excludes(queue);
    command_
        ->add_option("--slurm-partition", slurm_.partition,
                     "with --emit-slurm: the partition (default: the cluster's)")
        ->needs(slurm);
    command_
        ->add_option("--slurm-gpus", slurm_.gpus,
                     "with --emit-slurm: GPUs per task (then --device cuda); default 0")
        ->check(CLI::Range(0, 16))
        ->needs(slurm);
    command_
        ->add_option("--slurm-cpus", slurm_.cpusPerTask,
                     "with --emit-slurm: CPUs (and threads) per task; default 4")
        ->check(CLI::Range(1, 1024))
        ->needs(slurm);
    command_
        ->add_option("--slurm-time", slurm_.time,
                     "with --emit-slurm: the time limit per task; default 02:00:00")
        ->needs(slurm);
    command_
        ->add_option("--slurm-mem", slurm_.memory, "with --emit-slurm: memory per task; default 8G")
        ->needs(slurm);
    command_
        ->add_option("--slurm-account", slurm_.account, "with --emit-slurm: the account to charge")
        ->needs(slurm);
    command_->add_flag("--keep-best-checkpoint", keepBestOnly_,
                       "with --seeds or --sweep: keep only the best run's checkpoint (about 19 MB "
                       "each for the advanced model)");
}

TrainCommand::Modes TrainCommand::modes() const {
    Modes m;
    if (resume_ > 0) {
        m.source = Source::Resume;
        m.storedRun = resume_;
    } else if (baselineFor_ > 0) {
        m.source = Source::BaselineFor;
        m.storedRun = baselineFor_;
    } else if (fromRun_ > 0) {
        m.source = Source::StoredRun;
        m.storedRun = fromRun_;
    }
    if (fromQueue_) {
        m.action = Action::TrainQueue;
    } else if (!task_.empty()) {
        m.action = Action::TrainTask;
    } else if (!emitSlurm_.empty()) {
        m.action = Action::EmitSlurm;
    } else if (queue_) {
        m.action = Action::Enqueue;
    } else if (seeds_ > 1 || !sweep_.empty()) {
        m.action = Action::TrainGroup;
    }
    return m;
}

Status TrainCommand::check(const Modes& m) const {
    const auto refuse = [](const char* why) { return Error::at({}, Message::verbatim(why)); };
    const bool queued = m.action == Action::Enqueue || m.action == Action::TrainQueue;
    if (queued && noDb_) return refuse("the run queue is kept in the run store; --no-db has none");
    if (m.source == Source::Resume && m.action != Action::TrainOne) {
        return refuse(
            "--resume continues one run; --seeds, --sweep, --queue and --emit-slurm start new "
            "ones");
    }
    return Done{};
}

bool TrainCommand::needsStore(const Modes& m) const {
    // A continued run is recorded where it was; an array for a cluster records nothing here
    // (its tasks train into stores of their own); a run again reads its store.
    return m.storedRun > 0 || m.action == Action::Enqueue || m.action == Action::TrainQueue ||
           (!noDb_ && m.action != Action::EmitSlurm);
}

std::optional<experiment::ExperimentPlan> TrainCommand::planOf(const Modes& m,
                                                               storage::RunStore* store) {
    const auto fail = [](const std::string& why) {
        std::fprintf(stderr, "error: %s\n", why.c_str());
        return std::nullopt;
    };
    if (m.source == Source::Flags) {
        auto fresh = model_.plan();
        if (!fresh) return fail(fresh.error().message);
        data_.applyTo(*fresh);
        return std::move(*fresh);
    }
    auto details = store->details(m.storedRun);
    if (!details) return fail(details.error().message);
    auto plan = m.source == Source::BaselineFor
                    ? experiment::Baseline::planFor(details->run)
                    : experiment::ExperimentPlan::fromText(details->run.info.configJson);
    if (!plan) {
        return fail("run " + std::to_string(m.storedRun) +
                    " cannot be run again: " + plan.error().message);
    }
    if (m.source == Source::Resume) {
        // A continued run is the same run: its own settings, nothing changed.
        continueFrom_ = details->run.checkpointPath;
        if (continueFrom_.empty() ||
            !std::filesystem::exists(experiment::ExperimentRunner::resumeStateOf(continueFrom_))) {
            return fail(
                "run " + std::to_string(m.storedRun) +
                " has no saved state to continue from (it finished, or it was recorded before runs "
                "could continue)");
        }
        std::printf("Continuing run %lld after epoch %d\n", static_cast<long long>(m.storedRun),
                    static_cast<int>(details->epochs.size()));
        return std::move(*plan);
    }
    if (auto applied = model_.applyTo(*plan); !applied) return fail(applied.error().message);
    data_.applyTo(*plan);
    std::printf(m.source == Source::BaselineFor ? "Training the linear baseline for run %lld\n"
                                                : "Training run %lld's experiment again\n",
                static_cast<long long>(m.storedRun));
    return std::move(*plan);
}

int TrainCommand::run() {
    // A course reference that does not read stops the command before any work.
    const auto reference = reference_.load();
    if (!reference) return 1;
    const Modes m = modes();
    if (auto ok = check(m); !ok) {
        std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
        return 1;
    }
    // The store is opened first: a run that cannot be recorded fails before any work.
    std::optional<storage::RunStore> store;
    if (needsStore(m)) {
        store = store_.open();
        if (!store) {
            std::fprintf(stderr, "Nothing was trained. Choose another run store with --db%s.\n",
                         m.storedRun > 0 ? "" : ", or train without recording with --no-db");
            return 1;
        }
    }
    // With --no-db a stored run is only read; a continued run is recorded where it was.
    storage::RunStore* recorded =
        store && (!noDb_ || m.source == Source::Resume) ? &*store : nullptr;
    if (m.action == Action::TrainQueue) return trainQueue(*store, *reference);
    if (m.action == Action::TrainTask) return trainTask(recorded, *reference);
    auto plan = planOf(m, store ? &*store : nullptr);
    if (!plan) return 1;
    switch (m.action) {
        case Action::EmitSlurm:
            return emitSlurm(std::move(*plan));
        case Action::Enqueue:
            return addToQueue(std::move(*plan), *store);
        case Action::TrainGroup:
            return trainGroup(*plan, recorded, *reference);
        default:
            break;
    }
    std::optional<std::int64_t> runId;
    return trainOne(std::move(*plan), recorded, *reference, 0, {}, &runId);
}

Result<experiment::GroupPlan> TrainCommand::groupPlan(
    const experiment::ExperimentPlan& plan) const {
    if (sweep_.empty()) return experiment::GroupPlan::seeds(plan, seeds_, varySplit_);
    return experiment::GroupPlan::sweep(plan, sweep_);
}

int TrainCommand::trainGroup(const experiment::ExperimentPlan& plan, storage::RunStore* store,
                             const experiment::LectureReference& reference) {
    auto built = groupPlan(plan);
    if (!built) {
        std::fprintf(stderr, "error: %s\n", built.error().message.c_str());
        return 1;
    }
    const auto& members = built->members;
    const std::string& name = built->name;
    std::int64_t group = 0;
    if (store != nullptr) {
        auto created = store->createGroup(built->kind, built->knob, name);
        if (!created) {
            std::fprintf(stderr, "error: %s\n", created.error().message.c_str());
            return 1;
        }
        group = *created;
        std::printf("Group %lld: %s, %zu runs\n", static_cast<long long>(group), name.c_str(),
                    members.size());
    }
    std::vector<std::int64_t> runs;
    for (std::size_t i = 0; i < members.size(); ++i) {
        std::printf("\n=== Run %zu of %zu: %s%s ===\n", i + 1, members.size(),
                    sweep_.empty() ? "seed " : "", members[i].value.c_str());
        std::fflush(stdout);
        std::optional<std::int64_t> runId;
        const int code =
            trainOne(members[i].plan, store, reference, group, members[i].value, &runId);
        if (runId) runs.push_back(*runId);
        if (code != 0)
            std::fprintf(stderr, "Run %zu of the group failed; the others go on.\n", i + 1);
    }
    if (store == nullptr || runs.empty()) return 0;
    std::vector<storage::RunDetails> details;
    for (const auto id : runs) {
        if (auto d = store->details(id)) details.push_back(std::move(*d));
    }
    const auto summary = experiment::GroupSummary::of(details);
    std::printf("\nGroup %lld (%s):\n", static_cast<long long>(group), name.c_str());
    for (std::size_t e = 0; e < summary.validAccuracy.size(); ++e) {
        const auto& v = summary.validAccuracy[e];
        if (v.n > 0)
            std::printf("  Epoch %02zu  Val. Acc: %.2f%% ± %.2f (n = %d)\n", e + 1, 100 * v.mean,
                        100 * v.sd, v.n);
    }
    if (summary.test.n > 0) {
        std::printf("  Test Acc: %.2f%% ± %.2f (mean ± sd over %d runs)\n", 100 * summary.test.mean,
                    100 * summary.test.sd, summary.test.n);
    }
    if (!sweep_.empty()) {
        for (const auto& p : summary.byValue) {
            std::printf("  %-16s Test Acc: %.2f%%  (run %lld)%s\n", p.value.c_str(),
                        100 * p.testAccuracy, static_cast<long long>(p.run),
                        p.run == summary.bestRun ? "  best" : "");
        }
    }
    if (keepBestOnly_ && summary.bestRun > 0) {
        std::uint64_t freed = 0;
        for (const auto id : runs) {
            if (id == summary.bestRun) continue;
            if (auto bytes = store->dropCheckpoint(id)) {
                freed += *bytes;
            } else {
                std::fprintf(stderr, "warning: %s\n", bytes.error().message.c_str());
            }
        }
        std::printf("Kept only run %lld's checkpoint; %s freed\n",
                    static_cast<long long>(summary.bestRun), byteSize(freed).c_str());
    }
    if (json_) std::cout << groupJson(group, name, summary).dump() << std::endl;
    return 0;
}

bool TrainCommand::nameSources(experiment::ExperimentPlan& plan) const {
    // A plan that trains later or elsewhere names what it reads, as a recorded run does.
    if (data_.demo) {
        plan.source = data::DemoData::kName;
    } else if (!data_.dataPath.empty()) {
        plan.source = std::filesystem::absolute(data_.dataPath).string();
    } else if (plan.source.empty()) {
        std::fprintf(stderr, "error: no dataset was given: use --data or --demo\n");
        return false;
    }
    if (!vectors_.path.empty()) {
        plan.useVectors = true;
        plan.vectorsPath = std::filesystem::absolute(vectors_.path).string();
    }
    return true;
}

int TrainCommand::emitSlurm(experiment::ExperimentPlan plan) {
    if (resume_ > 0) {
        std::fprintf(
            stderr,
            "error: --resume continues a run here; --emit-slurm writes new ones for a cluster\n");
        return 1;
    }
    if (!nameSources(plan)) return 1;
    if (auto ok = plan.validate(); !ok) {
        std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
        return 1;
    }
    // The tasks run this very program, by its absolute path (the job script's default).
    std::error_code ec;
    if (const auto self = std::filesystem::read_symlink("/proc/self/exe", ec); !ec)
        slurm_.cli = self.string();
    std::optional<experiment::GroupPlan> group;
    std::string what = "1 run";
    if (seeds_ > 1 || !sweep_.empty()) {
        auto built = groupPlan(plan);
        if (!built) {
            std::fprintf(stderr, "error: %s\n", built.error().message.c_str());
            return 1;
        }
        group = std::move(*built);
        what = std::to_string(group->members.size()) + " runs (" + group->name + ")";
    }
    const auto written = group ? experiment::SlurmArray::write(*group, emitSlurm_, slurm_)
                               : experiment::SlurmArray::write(plan, emitSlurm_, slurm_);
    if (!written) {
        std::fprintf(stderr, "error: %s\n", written.error().message.c_str());
        return 1;
    }
    const auto dir = written->script.parent_path();
    std::printf("Wrote a Slurm job array of %s: %s and %zu task file(s) in %s\n", what.c_str(),
                written->script.c_str(), written->tasks.size(), (dir / "tasks").c_str());
    if (plan.source != data::DemoData::kName) {
        std::printf("The tasks read %s%s%s: the cluster's nodes must see these paths.\n",
                    plan.source.c_str(), plan.useVectors ? " and " : "",
                    plan.useVectors ? plan.vectorsPath.c_str() : "");
    }
    std::printf("Submit it:        sbatch %s\n", written->script.c_str());
    std::printf("Bring runs home:  sentiment-lab-cli runs import %s/task-*/runs.sqlite\n",
                (dir / "tasks").c_str());
    return 0;
}

int TrainCommand::trainTask(storage::RunStore* store,
                            const experiment::LectureReference& reference) {
    auto task = experiment::SlurmArray::readTask(task_);
    if (!task) {
        std::fprintf(stderr, "error: %s\n", task.error().message.c_str());
        return 1;
    }
    // The job script's --device, and any flag given, as with --from-run.
    if (auto applied = model_.applyTo(task->plan); !applied) {
        std::fprintf(stderr, "error: %s\n", applied.error().message.c_str());
        return 1;
    }
    std::int64_t group = 0;
    if (store != nullptr && !task->groupUid.empty()) {
        auto created = store->createGroup(task->kind, task->knob, task->groupName, task->groupUid);
        if (!created) {
            std::fprintf(stderr, "error: %s\n", created.error().message.c_str());
            return 1;
        }
        group = *created;
    }
    if (name_.empty() && task->groupUid.empty()) name_ = task->name;
    std::printf("Task %s: %s\n", task_.c_str(),
                experiment::GroupPlan::runName(task->plan.preset, task->value).c_str());
    std::optional<std::int64_t> runId;
    return trainOne(std::move(task->plan), store, reference, group, task->value, &runId);
}

int TrainCommand::addToQueue(experiment::ExperimentPlan plan, storage::RunStore& store) {
    if (resume_ > 0) {
        std::fprintf(stderr,
                     "error: --resume continues a run now; --queue starts new ones later\n");
        return 1;
    }
    if (!nameSources(plan)) return 1;
    if (auto ok = plan.validate(); !ok) {
        std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
        return 1;
    }
    experiment::RunQueue queue(store);
    if (seeds_ > 1 || !sweep_.empty()) {
        auto group = groupPlan(plan);
        if (!group) {
            std::fprintf(stderr, "error: %s\n", group.error().message.c_str());
            return 1;
        }
        const auto id = queue.add(*group);
        if (!id) {
            std::fprintf(stderr, "error: %s\n", id.error().message.c_str());
            return 1;
        }
        std::printf("Queued group %lld (%s): %zu runs\n", static_cast<long long>(*id),
                    group->name.c_str(), group->members.size());
    } else {
        const auto id = queue.add(plan);
        if (!id) {
            std::fprintf(stderr, "error: %s\n", id.error().message.c_str());
            return 1;
        }
        std::printf("Queued: %s (entry %lld)\n", plan.preset.c_str(), static_cast<long long>(*id));
    }
    std::printf(
        "%d queued run(s) wait in %s; train them with the app's Train page or `train "
        "--from-queue`\n",
        queue.pending() ? *queue.pending() : 0, store.path().c_str());
    return 0;
}

int TrainCommand::trainQueue(storage::RunStore& store,
                             const experiment::LectureReference& reference) {
    experiment::RunQueue queue(store);
    int trained = 0, failed = 0;
    const auto unreadable = [&failed](const storage::QueueEntry& entry, const Error& why) {
        std::fprintf(stderr, "Queue entry %lld cannot be trained: %s\n",
                     static_cast<long long>(entry.id), why.message.c_str());
        ++failed;
    };
    for (;;) {
        auto next = queue.take(unreadable);
        if (!next) {
            std::fprintf(stderr, "error: %s\n", next.error().message.c_str());
            return 1;
        }
        if (!*next) break;
        auto [entry, plan] = std::move(**next);
        // Flags given change every queued plan, as with --from-run.
        if (auto applied = model_.applyTo(plan); !applied) {
            (void)queue.finished(entry.id, false);
            unreadable(entry, applied.error());
            continue;
        }
        if (auto ok = queue.started(entry.id); !ok) {
            std::fprintf(stderr, "error: %s\n", ok.error().message.c_str());
            return 1;
        }
        std::printf("\n=== Queue entry %lld: %s ===\n", static_cast<long long>(entry.id),
                    experiment::GroupPlan::runName(plan.preset, entry.groupValue).c_str());
        std::fflush(stdout);
        std::optional<std::int64_t> runId;
        const int code =
            trainOne(std::move(plan), &store, reference, entry.groupId, entry.groupValue, &runId);
        (void)queue.finished(entry.id, code == 0, runId.value_or(0));
        if (code != 0) {
            ++failed;
            std::fprintf(stderr, "Queue entry %lld failed; the queue goes on.\n",
                         static_cast<long long>(entry.id));
            continue;
        }
        ++trained;
        if (runId) {
            if (auto d = store.details(*runId); d && d->run.status == storage::RunStatus::Stopped) {
                std::printf("Run %lld was stopped: the queue waits (train --from-queue goes on)\n",
                            static_cast<long long>(*runId));
                return 0;
            }
        }
    }
    std::printf("\nThe queue is done: %d run(s) trained, %d failed\n", trained, failed);
    return failed > 0 ? 1 : 0;
}

int TrainCommand::trainOne(experiment::ExperimentPlan plan, storage::RunStore* store,
                           const experiment::LectureReference& reference, std::int64_t group,
                           const std::string& value, std::optional<std::int64_t>* runId) {
    auto setup = ExperimentSetup::prepare(std::move(plan), data_, vectors_);
    if (!setup) return 1;
    const auto* dataset = &setup->dataset();
    if (const auto* matrix = setup->matrix()) {
        std::printf("Vectors: %s, %zu dimensions, %s of the vocabulary found\n",
                    setup->inputs.vectorsSource.c_str(), matrix->dimension,
                    percent(matrix->report.coverage()).c_str());
    }
    std::printf("Dataset: %s (%s train, %s valid, %s test; vocabulary %s)\n",
                dataset->sourceName.c_str(), withCommas(dataset->train.size()).c_str(),
                withCommas(dataset->valid.size()).c_str(), withCommas(dataset->test.size()).c_str(),
                withCommas(dataset->vocab.size()).c_str());

    experiment::RunSetup run;
    run.store = store;
    run.name = name_;
    run.appVersion = SENTIMENT_LAB_VERSION;
    run.group = group;
    run.groupValue = value;
    run.continueRun = resume_;
    run.continueCheckpoint = continueFrom_;
    run.checkpointDirectory = outDir_.empty() ? storage::RunStore::defaultCheckpointDirectory()
                                              : std::filesystem::path(outDir_);
    experiment::ExperimentRunner runner(setup->plan, std::move(run));
    runner.onStart([&](const experiment::ExperimentOutcome& starting) {
        std::printf("The model has %s trainable parameters\n",
                    withCommas(static_cast<std::uint64_t>(starting.parameters)).c_str());
        printExpectedMemory(*setup, starting.parameters);
        if (starting.runId)
            std::printf("Run %lld in %s\n", static_cast<long long>(*starting.runId),
                        store->path().c_str());
        std::fflush(stdout);
    });
    TrainingPrinter printer;
    const InterruptStop interrupt;
    const auto out = runner.run(setup->inputs, &printer, interrupt.token());
    printer.finish();
    *runId = out.runId;
    if (out.storeFailure) std::fprintf(stderr, "warning: %s\n", out.storeFailure->message.c_str());
    if (out.failure) {
        std::fprintf(stderr, "error: %s\n", out.failure->message.c_str());
        if (out.runId)
            std::fprintf(stderr, "Run %lld is recorded as failed; its finished epochs are kept.\n",
                         static_cast<long long>(*out.runId));
        return 1;
    }
    const auto& result = *out.result;
    if (result.stopped) std::printf("Stopped: the finished epochs are kept.\n");
    if (result.test && out.plan.model.classes > 2)
        ClassReport{out.plan.classNames(), result.test->confusion}.print();
    if (result.test && experiment::LectureReference::judges(out.plan.source)) {
        if (const auto v = reference.verdict(setup->plan.preset, result.test->accuracy,
                                             validAccuracies(result))) {
            std::printf("Against the lecture: %s\n", v->english().c_str());
        }
    }
    if (!result.checkpoint.empty())
        std::printf("Checkpoint: %s\n", result.checkpoint.string().c_str());
    std::printf(
        "Training: %.0f tokens/s on %s with %d threads in %s, %.1f s in all, peak memory %.0f "
        "MiB\n",
        result.tokensPerSecond, result.device.c_str(), result.threads,
        std::string(training::toString(result.precision)).c_str(), result.seconds,
        result.peakResidentMiB);
    if (json_) std::cout << resultJson(out, reference).dump() << std::endl;
    return 0;
}

}  // namespace sentiment::cli
