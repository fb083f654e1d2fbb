#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "data/Result.h"
#include "model/ModelConfig.h"
#include "training/TrainingConfig.h"

namespace sentiment::cli {

/// The model and training flags of `train`, `params` and `bench-train`: a preset sets the
/// lecture's values, every flag given overrides one.
struct ModelArguments {
    std::string preset = "advanced";
    std::optional<std::string> cell, rnnInput, optimizer, schedule;
    std::optional<std::int64_t> layers, hidden, embeddingDim;
    std::optional<bool> bidirectional;
    std::optional<double> dropout, learningRate, momentum, weightDecay, clipNorm;
    std::optional<int> epochs;
    std::optional<std::size_t> batchSize, maxBatches, microBatchTokens;
    bool freezeEmbeddings = false;
    int freezeEpochs = 0;
    std::string device = "auto";
    std::string precision = "auto";
    bool deterministic = false;

    /// Model flags (all commands).
    void addModelFlags(CLI::App& command);
    /// Training flags (`train`, `bench-train`).
    void addTrainingFlags(CLI::App& command);

    data::Result<model::ModelConfig> modelConfig() const;
    data::Result<training::TrainingConfig> trainingConfig() const;
};

}  // namespace sentiment::cli
