#include "cli/BenchTrainCommand.h"

#include <sys/resource.h>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/ExperimentSetup.h"
#include "training/Trainer.h"

namespace sentiment::cli {

BenchTrainCommand::BenchTrainCommand(CLI::App& app) {
    command_ = app.add_subcommand("bench-train", "Train N batches and report tokens/s (for benchmarks)");
    model_.addModelFlags(*command_);
    model_.addTrainingFlags(*command_);
    data_.addTo(*command_);
    vectors_.addTo(*command_);
    command_->add_flag("--json", json_, "print one JSON object");
}

int BenchTrainCommand::run() {
    auto setup = ExperimentSetup::prepare(data_, model_, vectors_);
    if (!setup) return 1;
    auto& tc = setup->training;
    tc.epochs = 1;
    tc.validate = false;
    tc.evaluateTest = false;
    if (tc.maxBatches == 0) tc.maxBatches = 20;
    training::Trainer trainer(setup->model, tc);
    auto result = trainer.run(setup->dataset, setup->matrix());
    if (!result) {
        std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
        return 1;
    }
    const auto* mc = &setup->model;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double seconds = result->epochs.empty() ? 0 : result->epochs.front().seconds;
    if (json_) {
        nlohmann::json j = {{"preset", model_.preset},
                            {"rnn_input", model::toString(mc->rnnInput)},
                            {"batches", result->steps},
                            {"tokens_per_s", result->tokensPerSecond},
                            {"seconds", seconds},
                            {"threads", result->threads},
                            {"device", result->device},
                            {"peak_rss_mib", static_cast<double>(usage.ru_maxrss) / 1024.0}};
        std::cout << j.dump() << '\n';
    } else {
        std::printf("%s (%s): %llu batches, %.0f tokens/s, %.1f s, %d threads on %s, peak RSS %.0f MiB\n",
                    model_.preset.c_str(), std::string(model::toString(mc->rnnInput)).c_str(),
                    static_cast<unsigned long long>(result->steps), result->tokensPerSecond, seconds, result->threads,
                    result->device.c_str(), static_cast<double>(usage.ru_maxrss) / 1024.0);
    }
    return 0;
}

}  // namespace sentiment::cli
