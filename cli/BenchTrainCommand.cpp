#include "cli/BenchTrainCommand.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/ExperimentSetup.h"
#include "training/Trainer.h"

namespace sentiment::cli {

BenchTrainCommand::BenchTrainCommand(CLI::App& app) {
    command_ =
        app.add_subcommand("bench-train", "Train N batches and report tokens/s (for benchmarks)");
    model_.addModelFlags(*command_);
    model_.addTrainingFlags(*command_);
    data_.addTo(*command_);
    vectors_.addTo(*command_);
    command_->add_flag("--json", json_, "print one JSON object");
    command_
        ->add_option("--eval", eval_,
                     "then time evaluation passes over whole splits with the trained model: valid, "
                     "test or both")
        ->check(CLI::IsMember({"valid", "test", "both"}));
}

int BenchTrainCommand::run() {
    auto plan = model_.plan();
    if (!plan) {
        std::fprintf(stderr, "error: %s\n", plan.error().message.c_str());
        return 1;
    }
    data_.applyTo(*plan);
    auto setup = ExperimentSetup::prepare(std::move(*plan), data_, vectors_);
    if (!setup) return 1;
    auto& tc = setup->plan.training;
    tc.epochs = 1;
    tc.validate = false;
    tc.evaluateTest = false;
    if (tc.maxBatches == 0) tc.maxBatches = 20;
    training::Trainer trainer(setup->plan.model, tc);
    auto result = trainer.run(setup->dataset(), setup->matrix());
    if (!result) {
        std::fprintf(stderr, "error: %s\n", result.error().message.c_str());
        return 1;
    }
    // The evaluation passes as the trainer runs them after an epoch and at the end.
    double validSeconds = 0, testSeconds = 0;
    training::SplitMetrics valid, test;
    if (!eval_.empty()) {
        auto timed = [&](const data::Examples& split, double& seconds) {
            const auto start = std::chrono::steady_clock::now();
            auto m = trainer.evaluate(split);
            seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            return m;
        };
        if (eval_ != "test") valid = timed(setup->dataset().valid, validSeconds);
        if (eval_ != "valid") test = timed(setup->dataset().test, testSeconds);
    }
    const auto* mc = &setup->plan.model;
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
                            {"precision", training::toString(result->precision)},
                            {"peak_rss_mib", static_cast<double>(usage.ru_maxrss) / 1024.0}};
        if (!eval_.empty()) {
            j["valid"] = {{"reviews", valid.examples},
                          {"seconds", validSeconds},
                          {"accuracy", valid.accuracy}};
            j["test"] = {
                {"reviews", test.examples}, {"seconds", testSeconds}, {"accuracy", test.accuracy}};
        }
        std::cout << j.dump() << '\n';
    } else {
        std::printf(
            "%s (%s, %s): %llu batches, %.0f tokens/s, %.1f s, %d threads on %s, peak RSS %.0f "
            "MiB\n",
            model_.preset.c_str(), std::string(model::toString(mc->rnnInput)).c_str(),
            std::string(training::toString(result->precision)).c_str(),
            static_cast<unsigned long long>(result->steps), result->tokensPerSecond, seconds,
            result->threads, result->device.c_str(), static_cast<double>(usage.ru_maxrss) / 1024.0);
        if (!eval_.empty()) {
            std::printf("valid pass: %zu reviews in %.1f s; test pass: %zu reviews in %.1f s\n",
                        valid.examples, validSeconds, test.examples, testSeconds);
        }
    }
    return 0;
}

}  // namespace sentiment::cli
