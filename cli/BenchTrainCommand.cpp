#include "cli/BenchTrainCommand.h"

#include <sys/resource.h>

#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/TerminalProgress.h"
#include "model/Runtime.h"
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
    auto mc = model_.modelConfig();
    auto tc = model_.trainingConfig();
    if (!mc || !tc) {
        std::fprintf(stderr, "error: %s\n", (!mc ? mc.error() : tc.error()).message.c_str());
        return 1;
    }
    tc->seed = data_.seed;
    tc->threads = data_.threads;
    tc->epochs = 1;
    tc->validate = false;
    tc->evaluateTest = false;
    if (tc->maxBatches == 0) tc->maxBatches = 20;
    data_.bigrams = mc->architecture == model::Architecture::FastText;
    model::Runtime::configure(data_.threads);
    TerminalProgress progress;
    auto dataset = data_.load(&progress);
    if (!dataset) {
        progress.finish();
        std::fprintf(stderr, "error: %s\n", dataset.error().message.c_str());
        return 1;
    }
    auto vectors = vectors_.load(dataset->vocab, data_.seed, !data_.noCache, data_.threads, &progress);
    progress.finish();
    if (!vectors) {
        std::fprintf(stderr, "error: %s\n", vectors.error().message.c_str());
        return 1;
    }
    training::Trainer trainer(*mc, *tc);
    auto result = trainer.run(*dataset, vectors->has_value() ? &vectors->value() : nullptr);
    if (!result) {
        std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
        return 1;
    }
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
