#include "cli/TrainCommand.h"

#include "experiment/Baseline.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/ExperimentSetup.h"
#include "foundation/TextFormat.h"
#include "cli/InterruptStop.h"
#include "cli/TrainingPrinter.h"
#include "experiment/LectureReference.h"
#include "experiment/ExperimentRunner.h"
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
    return {{"loss", m.loss}, {"acc", m.accuracy}, {"lecture_acc", m.lectureAccuracy}, {"examples", m.examples}};
}

void printExpectedMemory(const ExperimentSetup& setup, std::int64_t parameters) {
    const auto* matrix = setup.matrix();
    const std::uint64_t vectorsBytes = matrix != nullptr ? matrix->values.size() * sizeof(float) : 0;
    const auto estimate = training::MemoryEstimate::of(setup.plan.model, setup.plan.training, parameters,
                                                       training::MemoryEstimate::Data::of(setup.dataset, vectorsBytes),
                                                       /*gui=*/false);
    const auto available = model::ProcessMemory::availableBytes();
    std::printf("Expected peak memory: about %s (%s free now)\n", Message::englishBytes(estimate.total()).c_str(),
                available > 0 ? Message::englishBytes(available).c_str() : "unknown");
    if (available > 0 && estimate.total() > available) {
        std::fprintf(stderr, "warning: this run is expected to need more memory than is free; the system may swap\n");
    }
}

nlohmann::json resultJson(const experiment::ExperimentOutcome& out, const experiment::LectureReference& reference) {
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
    j["test"] = r.test ? splitJson(*r.test) : nlohmann::json(nullptr);
    j["lecture"] = nullptr;
    if (r.test) {
        if (const auto judged = reference.judge(out.plan.preset, r.test->accuracy,
                                                                                validAccuracies(r))) {
            j["lecture"] = {{"verdict", experiment::LectureReference::name(judged->verdict)},
                            {"low", judged->low},
                            {"high", judged->high},
                            {"fell_behind_at_epoch", judged->fellBehind ? nlohmann::json(judged->fellBehind->epoch)
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
    command_ = app.add_subcommand("train", "Train one of the lecture's models and test the best-valid checkpoint");
    model_.addModelFlags(*command_);
    model_.addTrainingFlags(*command_);
    auto* source = data_.addTo(*command_);
    source->add_option("--from-run", fromRun_,
                       "run a stored run's experiment again: its plan, data and vectors (flags given change them)")
        ->excludes(model_.presetOption());
    source->add_option("--resume", resume_,
                       "continue a stopped or interrupted run from its last finished epoch, with its own settings")
        ->excludes(model_.presetOption());
    source->add_option("--baseline-for", baselineFor_,
                       "train the linear baseline (nbsvm) for a stored run: its dataset, split, tokenizer and seed")
        ->excludes(model_.presetOption());
    vectors_.addTo(*command_);
    command_->add_option("--out", outDir_, "folder for the checkpoint (default: ~/.local/share/sentiment-lab/checkpoints)");
    command_->add_flag("--json", json_, "end with one JSON object (config, params, epochs, test, checkpoint)");
    reference_.addTo(*command_);
    store_.addTo(*command_);
    command_->add_flag("--no-db", noDb_, "do not record the run in the run store");
    command_->add_option("--name", name_, "the run's name in the run store (default: preset, date and time)");
}

int TrainCommand::run() {
    // A course reference that does not read stops the command before any work.
    const auto reference = reference_.load();
    if (!reference) return 1;
    // The store is opened first: a run that cannot be recorded fails before any work.
    std::optional<storage::RunStore> store;
    const std::int64_t stored = resume_ > 0 ? resume_ : fromRun_ > 0 ? fromRun_ : baselineFor_;
    std::filesystem::path continueFrom;  // the checkpoint of the run that continues
    if (!noDb_ || stored > 0) {
        store = store_.open();
        if (!store) {
            std::fprintf(stderr, "Nothing was trained. Choose another run store with --db%s.\n",
                         stored > 0 ? "" : ", or train without recording with --no-db");
            return 1;
        }
    }
    std::optional<experiment::ExperimentPlan> plan;
    if (stored > 0) {
        auto details = store->details(stored);
        if (!details) {
            std::fprintf(stderr, "error: %s\n", details.error().message.c_str());
            return 1;
        }
        auto storedPlan = baselineFor_ > 0 ? experiment::Baseline::planFor(details->run)
                                           : experiment::ExperimentPlan::fromText(details->run.info.configJson);
        if (!storedPlan) {
            std::fprintf(stderr, "error: run %lld cannot be run again: %s\n", static_cast<long long>(stored),
                         storedPlan.error().message.c_str());
            return 1;
        }
        plan = std::move(*storedPlan);
        if (resume_ > 0) {
            // A continued run is the same run: its own settings, nothing changed.
            continueFrom = details->run.checkpointPath;
            if (continueFrom.empty() ||
                !std::filesystem::exists(experiment::ExperimentRunner::resumeStateOf(continueFrom))) {
                std::fprintf(stderr, "error: run %lld has no saved state to continue from (it finished, or it was recorded "
                                     "before runs could continue)\n",
                             static_cast<long long>(resume_));
                return 1;
            }
            std::printf("Continuing run %lld after epoch %d\n", static_cast<long long>(resume_),
                        static_cast<int>(details->epochs.size()));
        } else {
            model_.applyTo(*plan);
            data_.applyTo(*plan);
            if (baselineFor_ > 0) {
                std::printf("Training the linear baseline for run %lld\n", static_cast<long long>(baselineFor_));
            } else {
                std::printf("Training run %lld's experiment again\n", static_cast<long long>(fromRun_));
            }
        }
    } else {
        auto fresh = model_.plan();
        if (!fresh) {
            std::fprintf(stderr, "error: %s\n", fresh.error().message.c_str());
            return 1;
        }
        plan = std::move(*fresh);
        data_.applyTo(*plan);
    }
    if (noDb_ && resume_ == 0) store.reset();  // a continued run is recorded where it was

    auto setup = ExperimentSetup::prepare(std::move(*plan), data_, vectors_);
    if (!setup) return 1;
    const auto* dataset = &setup->dataset;
    if (const auto* matrix = setup->matrix()) {
        std::printf("Vectors: %s, %zu dimensions, %s of the vocabulary found\n", setup->vectorsPath.c_str(),
                    matrix->dimension, percent(matrix->report.coverage()).c_str());
    }
    std::printf("Dataset: %s (%s train, %s valid, %s test; vocabulary %s)\n", dataset->sourceName.c_str(),
                withCommas(dataset->train.size()).c_str(), withCommas(dataset->valid.size()).c_str(),
                withCommas(dataset->test.size()).c_str(), withCommas(dataset->vocab.size()).c_str());

    experiment::ExperimentRunner runner(setup->plan);
    if (store) runner.recordIn(*store, name_, SENTIMENT_LAB_VERSION);
    if (resume_ > 0) runner.continueRun(resume_, continueFrom);
    runner.onStart([&](const experiment::ExperimentOutcome& starting) {
        std::printf("The model has %s trainable parameters\n", withCommas(static_cast<std::uint64_t>(starting.parameters)).c_str());
        printExpectedMemory(*setup, starting.parameters);
        if (starting.runId) std::printf("Run %lld in %s\n", static_cast<long long>(*starting.runId), store->path().c_str());
        std::fflush(stdout);
    });
    runner.setCheckpointDirectory(outDir_.empty() ? storage::RunStore::defaultCheckpointDirectory()
                                                  : std::filesystem::path(outDir_));
    TrainingPrinter printer;
    const InterruptStop interrupt;
    const auto out = runner.run(*dataset, setup->matrix(), setup->vectorsPath, &printer, interrupt.token());
    printer.finish();
    if (out.storeFailure) std::fprintf(stderr, "warning: %s\n", out.storeFailure->message.c_str());
    if (out.failure) {
        std::fprintf(stderr, "error: %s\n", out.failure->message.c_str());
        if (out.runId) std::fprintf(stderr, "Run %lld is recorded as failed; its finished epochs are kept.\n",
                                    static_cast<long long>(*out.runId));
        return 1;
    }
    const auto& result = *out.result;
    if (result.stopped) std::printf("Stopped: the finished epochs are kept.\n");
    if (result.test) {
        if (const auto v = reference->verdict(setup->plan.preset, result.test->accuracy,
                                                                           validAccuracies(result))) {
            std::printf("Against the lecture: %s\n", v->english().c_str());
        }
    }
    if (!result.checkpoint.empty()) std::printf("Checkpoint: %s\n", result.checkpoint.string().c_str());
    std::printf("Training: %.0f tokens/s on %s with %d threads in %s, %.1f s in all, peak memory %.0f MiB\n",
                result.tokensPerSecond, result.device.c_str(), result.threads,
                std::string(training::toString(result.precision)).c_str(), result.seconds, result.peakResidentMiB);
    if (json_) std::cout << resultJson(out, *reference).dump() << std::endl;
    return 0;
}

}  // namespace sentiment::cli
