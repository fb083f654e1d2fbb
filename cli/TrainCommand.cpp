#include "cli/TrainCommand.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/Format.h"
#include "cli/ExperimentSetup.h"
#include "cli/TrainingPrinter.h"
#include "model/ModelFactory.h"
#include "model/ParameterReport.h"
#include "model/Runtime.h"
#include "training/Trainer.h"

namespace sentiment::cli {

namespace {
std::filesystem::path defaultOutDir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0') {
        return std::filesystem::path(xdg) / "sentiment-lab" / "checkpoints";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home != nullptr ? home : ".") / ".local" / "share" / "sentiment-lab" / "checkpoints";
}

std::string timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

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
}

int TrainCommand::run() {
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
    {
        auto shaped = *mc;
        shaped.vocabSize = static_cast<std::int64_t>(dataset->vocab.size());
        const auto report = model::ParameterReport::of(*model::ModelFactory::create(shaped));
        std::printf("The model has %s trainable parameters\n", withCommas(static_cast<std::uint64_t>(report.trainable)).c_str());
    }
    std::fflush(stdout);

    const auto dir = outDir_.empty() ? defaultOutDir() : std::filesystem::path(outDir_);
    const auto checkpoint = dir / (model_.preset + "-" + timestamp() + ".slckpt");
    training::Trainer trainer(*mc, *tc);
    trainer.setCheckpointPath(checkpoint);
    TrainingPrinter printer;
    auto result = trainer.run(*dataset, matrix, &printer);
    printer.finish();
    if (!result) {
        std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
        return 1;
    }
    if (!result->checkpoint.empty()) std::printf("Checkpoint: %s\n", result->checkpoint.string().c_str());
    std::printf("Training: %.0f tokens/s on %s with %d threads, %.1f s in all\n", result->tokensPerSecond,
                result->device.c_str(), result->threads, result->seconds);
    if (json_) {
        nlohmann::json j;
        j["config"] = {{"model", mc->toJson()}, {"training", tc->toJson()}, {"data", {{"source", dataset->sourceName}, {"seed", data_.seed}}}};
        j["params"] = result->parameters.trainable;
        j["epochs"] = nlohmann::json::array();
        for (const auto& e : result->epochs) {
            j["epochs"].push_back({{"epoch", e.epoch},
                                   {"train", splitJson(e.train)},
                                   {"valid", splitJson(e.valid)},
                                   {"seconds", e.seconds},
                                   {"tokens_per_s", e.tokensPerSecond},
                                   {"best", e.best}});
        }
        j["test"] = result->test ? splitJson(*result->test) : nlohmann::json(nullptr);
        j["seconds"] = result->seconds;
        j["tokens_per_s"] = result->tokensPerSecond;
        j["device"] = result->device;
        j["threads"] = result->threads;
        j["best_epoch"] = result->bestEpoch;
        j["checkpoint"] = result->checkpoint.string();
        std::cout << j.dump() << std::endl;
    }
    return 0;
}

}  // namespace sentiment::cli
