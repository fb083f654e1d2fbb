#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "foundation/Result.h"
#include "experiment/ExperimentPlan.h"

namespace sentiment::cli {

/// The model and training flags of `train`, `params` and `bench-train`: a preset sets the
/// lecture's values, every flag given overrides one.
struct ModelArguments {
    std::string preset = "advanced";
    std::optional<std::string> cell, rnnInput, optimizer, schedule;
    std::optional<std::int64_t> layers, hidden, embeddingDim, ngrams;
    std::optional<bool> bidirectional;
    std::optional<double> dropout, learningRate, momentum, weightDecay, clipNorm, nbAlpha, nbBeta;
    std::optional<int> epochs;
    std::optional<std::size_t> batchSize, maxBatches, microBatchTokens;
    bool freezeEmbeddings = false;
    int freezeEpochs = 0;
    std::string device = "auto";
    std::string precision = "auto";
    bool deterministic = false;
    bool gradientFlow = false;

    /// Model flags (all commands).
    void addModelFlags(CLI::App& command);
    /// Training flags (`train`, `bench-train`).
    void addTrainingFlags(CLI::App& command);

    /// The preset's plan with the flags given applied.
    Result<experiment::ExperimentPlan> plan() const;
    /// Applies the flags given on the command line to `plan` (a stored run's, for `--from-run`).
    void applyTo(experiment::ExperimentPlan& plan) const;
    /// The --preset option, for commands that offer another starting point.
    CLI::Option* presetOption() const { return presetOption_; }

private:
    CLI::Option* presetOption_ = nullptr;
    CLI::Option* freezeEmbeddingsOption_ = nullptr;
    CLI::Option* freezeEpochsOption_ = nullptr;
    CLI::Option* deviceOption_ = nullptr;
    CLI::Option* precisionOption_ = nullptr;
    CLI::Option* deterministicOption_ = nullptr;
    CLI::Option* gradientFlowOption_ = nullptr;
};

}  // namespace sentiment::cli
