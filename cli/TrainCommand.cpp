#include "cli/TrainCommand.h"

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/Format.h"
#include "cli/ExperimentSetup.h"
#include "cli/InterruptStop.h"
#include "cli/TrainingPrinter.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "model/ProcessMemory.h"
#include "model/Runtime.h"
#include "storage/RunFacts.h"
#include "storage/RunRecorder.h"
#include "training/MemoryEstimate.h"
#include "training/Trainer.h"

namespace sentiment::cli {

namespace {
nlohmann::json splitJson(const training::SplitMetrics& m) {
    return {{"loss", m.loss}, {"acc", m.accuracy}, {"lecture_acc", m.lectureAccuracy}, {"examples", m.examples}};
}
}  // namespace

TrainCommand::TrainCommand(CLI::App& app) {
    command_ = app.add_subcommand("train", "Train one of the lecture's models and test the best-valid checkpoint");
    model_.addModelFlags(*command_);
    model_.addTrainingFlags(*command_);
    data_.addTo(*command_);
    vectors_.addTo(*command_);
    command_->add_option("--out", outDir_, "folder for the checkpoint (default: ~/.local/share/sentiment-lab/checkpoints)");
    command_->add_flag("--json", json_, "end with one JSON object (config, params, epochs, test, checkpoint)");
    store_.addTo(*command_);
    command_->add_flag("--no-db", noDb_, "do not record the run in the run store");
    command_->add_option("--name", name_, "the run's name in the run store (default: preset, date and time)");
}

int TrainCommand::run() {
    // The store is opened first: a run that cannot be recorded fails before any work.
    std::optional<storage::RunStore> store;
    if (!noDb_) {
        store = store_.open();
        if (!store) {
            std::fprintf(stderr, "Nothing was trained. Choose another run store with --db, or train without recording with --no-db.\n");
            return 1;
        }
    }
    auto setup = ExperimentSetup::prepare(data_, model_, vectors_);
    if (!setup) return 1;
    auto* mc = &setup->model;
    auto* tc = &setup->training;
    const auto* dataset = &setup->dataset;
    const data::EmbeddingMatrix* matrix = setup->matrix();
    if (matrix != nullptr) {
        std::printf("Vectors: %s, %zu dimensions, %s of the vocabulary found\n", vectors_.path.c_str(),
                    matrix->dimension, percent(matrix->report.coverage()).c_str());
    }
    std::printf("Dataset: %s (%s train, %s valid, %s test; vocabulary %s)\n", dataset->sourceName.c_str(),
                withCommas(dataset->train.size()).c_str(), withCommas(dataset->valid.size()).c_str(),
                withCommas(dataset->test.size()).c_str(), withCommas(dataset->vocab.size()).c_str());
    // The configuration recorded with the run is the one trained: the vocabulary and the vectors decide two sizes.
    mc->vocabSize = static_cast<std::int64_t>(dataset->vocab.size());
    if (matrix != nullptr) mc->embeddingDim = static_cast<std::int64_t>(matrix->dimension);
    const std::int64_t parameters = model::ParameterReport::of(*model::ModelFactory::create(*mc)).trainable;
    std::printf("The model has %s trainable parameters\n", withCommas(static_cast<std::uint64_t>(parameters)).c_str());
    {
        const std::uint64_t vectorsBytes = matrix != nullptr ? matrix->values.size() * sizeof(float) : 0;
        const auto estimate = training::MemoryEstimate::of(
            *mc, *tc, parameters, training::MemoryEstimate::Data::of(*dataset, vectorsBytes), /*gui=*/false);
        const auto available = model::ProcessMemory::availableBytes();
        std::printf("Expected peak memory: about %s (%s free now)\n", data::Message::englishBytes(estimate.total()).c_str(),
                    available > 0 ? data::Message::englishBytes(available).c_str() : "unknown");
        if (available > 0 && estimate.total() > available) {
            std::fprintf(stderr, "warning: this run is expected to need more memory than is free; the system may swap\n");
        }
    }
    auto recorded = *tc;  // what runs: "auto" precision resolved
    recorded.precision = training::Trainer::effectivePrecision(*mc, *tc);
    const nlohmann::json config = {{"model", mc->toJson()},
                                   {"training", recorded.toJson()},
                                   {"data", {{"source", dataset->sourceName}, {"seed", data_.seed}, {"train_fraction", data_.trainFraction},
                                             {"tokenizer", data_.tokenizer},
                                             {"lowercase", data_.lowercase},
                                             {"max_vocab", data_.maxVocab},
                                             {"min_freq", data_.minFreq},
                                             {"bigrams", data_.bigrams}}}};

    const auto dir = outDir_.empty() ? storage::RunStore::defaultCheckpointDirectory() : std::filesystem::path(outDir_);
    const auto checkpoint = dir / (model_.preset + "-" + data::localTime("%Y%m%d-%H%M%S") + ".slckpt");
    training::Trainer trainer(*mc, *tc);
    trainer.setCheckpointPath(checkpoint);
    TrainingPrinter printer;
    std::optional<storage::RunRecorder> recorder;
    if (store) {
        storage::RunInfo info;
        info.name = name_.empty() ? model_.preset + " " + data::localTime("%Y-%m-%d %H:%M") : name_;
        info.preset = model_.preset;
        info.configJson = config.dump();
        storage::describeDataset(info, *dataset);
        if (matrix != nullptr) {
            info.vectorsPath = std::filesystem::absolute(vectors_.path).string();
            info.vectorsCoverage = matrix->report.coverage();
        }
        info.parameters = parameters;
        const auto runtime = model::Runtime::info();
        info.device = tc->device;
        info.threads = runtime.threads;
        info.appVersion = SENTIMENT_LAB_VERSION;
        info.torchVersion = runtime.libtorchVersion;
        auto id = store->beginRun(info);
        if (!id) {
            std::fprintf(stderr, "error: %s\nNothing was trained. Choose another run store with --db, or use --no-db.\n",
                         id.error().message.c_str());
            return 1;
        }
        recorder.emplace(*store, *id, &printer);
        std::printf("Run %lld in %s\n", static_cast<long long>(*id), store->path().c_str());
    }
    std::fflush(stdout);
    const InterruptStop interrupt;
    auto result = trainer.run(*dataset, matrix, recorder ? static_cast<training::TrainingObserver*>(&*recorder) : &printer,
                              interrupt.token());
    printer.finish();
    if (recorder) {
        if (result) (void)store->updateRuntime(recorder->run(), result->device, result->threads, result->parameters.trainable);
        if (auto ok = recorder->finish(storage::outcomeOf(result)); !ok) {
            std::fprintf(stderr, "warning: %s\n", ok.error().message.c_str());
        }
    }
    if (!result) {
        std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
        return 1;
    }
    if (result->stopped) std::printf("Stopped: the finished epochs are kept.\n");
    if (!result->checkpoint.empty()) std::printf("Checkpoint: %s\n", result->checkpoint.string().c_str());
    std::printf("Training: %.0f tokens/s on %s with %d threads in %s, %.1f s in all, peak memory %.0f MiB\n",
                result->tokensPerSecond, result->device.c_str(), result->threads,
                std::string(training::toString(result->precision)).c_str(), result->seconds, result->peakResidentMiB);
    if (json_) {
        nlohmann::json j;
        j["config"] = config;
        j["run_id"] = recorder ? nlohmann::json(recorder->run()) : nlohmann::json(nullptr);
        j["params"] = result->parameters.trainable;
        j["epochs"] = nlohmann::json::array();
        for (const auto& e : result->epochs) {
            j["epochs"].push_back({{"epoch", e.epoch},
                                   {"train", splitJson(e.train)},
                                   {"valid", splitJson(e.valid)},
                                   {"seconds", e.seconds},
                                   {"tokens_per_s", e.tokensPerSecond},
                                   {"best", e.best},
                                   {"rss_mib", e.residentMiB},
                                   {"peak_rss_mib", e.peakResidentMiB}});
        }
        j["test"] = result->test ? splitJson(*result->test) : nlohmann::json(nullptr);
        j["seconds"] = result->seconds;
        j["tokens_per_s"] = result->tokensPerSecond;
        j["peak_rss_mib"] = result->peakResidentMiB;
        j["device"] = result->device;
        j["threads"] = result->threads;
        j["precision"] = training::toString(result->precision);
        j["best_epoch"] = result->bestEpoch;
        j["checkpoint"] = result->checkpoint.string();
        std::cout << j.dump() << std::endl;
    }
    return 0;
}

}  // namespace sentiment::cli
